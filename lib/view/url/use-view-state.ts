// The dashboard's view state on the client: the URL, through the shared parsers. Every change is a history entry
// (so Back restores the previous view) and a shallow update (the client refetches through TanStack Query; the server
// page does not re-render). Defaults are cleared from the URL.
import { useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo } from "react";
import { viewParsers, type ViewState } from "@/lib/view/url/search-params";
import { migratedHref } from "@/lib/view/url/url-migrations";
import { applyCrossFieldRules } from "@/lib/view/url/view-state";

/** Parameters that change which rows the ranking table has, or their order: a change goes back to its page 1. */
const TABLE_INPUTS = [
  "board",
  "countries",
  "attribution",
  "license",
  "official",
  "category",
  "rank",
  "date",
  "sort",
  "only",
] as const;

/**
 * The client's half of the permalink migrations (lib/view/url/url-migrations.ts). A page load of an old URL is
 * redirected by the server, but a history entry made before a rename is restored on the client alone (Back into
 * a tab kept open across a release): it is rewritten in place to today's spelling, which the URL state then reads.
 */
export function useUrlMigrations(): void {
  useEffect(() => {
    const migrate = () => {
      const href = migratedHref(window.location.pathname, window.location.search);
      if (href) window.history.replaceState(null, "", href + window.location.hash);
    };
    migrate();
    window.addEventListener("popstate", migrate);
    return () => window.removeEventListener("popstate", migrate);
  }, []);
}

export function useViewState() {
  useUrlMigrations();
  const [raw, set] = useQueryStates(viewParsers, {
    history: "push",
    shallow: true,
    clearOnDefault: true,
    scroll: false,
  });
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
