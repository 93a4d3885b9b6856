// The dashboard's view state on the client: the URL, through the shared parsers. Every change is a history entry
// (so Back restores the previous view) and a shallow update (the client refetches through TanStack Query; the server
// page does not re-render). Defaults are cleared from the URL.
import { useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import { viewParsers, type ViewState } from "@/lib/view/url/search-params";
import { applyCrossFieldRules } from "@/lib/view/url/view-state";

/** Parameters that change which rows the ranking table has, or their order: a change goes back to its page 1. */
const TABLE_INPUTS = ["board", "countries", "attribution", "license", "official", "category", "rank", "date", "sort", "only"] as const;

export function useViewState() {
  const [raw, set] = useQueryStates(viewParsers, { history: "push", shallow: true, clearOnDefault: true, scroll: false });
  const view: ViewState = useMemo(() => applyCrossFieldRules(raw).view, [raw]);
  // Page 3 of one table is not page 3 of another: any change to the table's rows drops `page` unless it sets one.
  const setView = useCallback<typeof set>(
    (patch, options) => {
      if (patch && typeof patch === "object" && !("page" in patch) && TABLE_INPUTS.some((k) => k in patch)) {
        return set({ ...patch, page: null }, options);
      }
      return set(patch, options);
    },
    [set],
  );
  return [view, setView] as const;
}

export type SetView = ReturnType<typeof useViewState>[1];
