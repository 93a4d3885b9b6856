// The dashboard's view state on the client: the URL, through the shared parsers. Every change is a history entry
// (so Back restores the previous view) and a shallow update (the client refetches through TanStack Query; the server
// page does not re-render). Defaults are cleared from the URL.
import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import { viewParsers, type ViewState } from "./search-params";
import { applyCrossFieldRules } from "./view-state";

export function useViewState() {
  const [raw, setView] = useQueryStates(viewParsers, { history: "push", shallow: true, clearOnDefault: true, scroll: false });
  const view: ViewState = useMemo(() => applyCrossFieldRules(raw).view, [raw]);
  return [view, setView] as const;
}

export type SetView = ReturnType<typeof useViewState>[1];
