// Pure helpers for the ranking table: the next sort on a header click, and the country chips. Sorting, filtering and
// paging happen on the server (lib/standings/table-page.ts), re-exported here for the table's headers.
import { parseSort } from "@/lib/standings/table";
import type { SortColumn, SortValue, TableKeys, ViewState } from "@/lib/view/url/search-params";

export { countFor, filterRows, parseSort, presentCountries, sortRows } from "@/lib/standings/table";

/** Clicking a column header: a new column starts in its natural direction; the same column flips. */
export function nextSort(current: SortValue, column: SortColumn): SortValue {
  const { column: col, descending } = parseSort(current);
  if (col === column) return (descending ? column : `-${column}`) as SortValue;
  // Bigger is better for scores and votes, so they open high-to-low.
  return (column === "score" || column === "votes" ? `-${column}` : column) as SortValue;
}

/** The keys the table shows: the URL's `only`, else the chosen countries; [] means every country. */
export function tableKeys(view: Pick<ViewState, "only" | "countries">): string[] {
  if (view.only === "all") return [];
  return view.only ?? view.countries;
}

/**
 * The `only` value after a chip is clicked: the key is added or removed. Back at the chosen countries, the parameter
 * is dropped (null); with no key left, the table shows every country.
 */
export function toggleTableKey(view: Pick<ViewState, "only" | "countries">, key: string): TableKeys | null {
  const current = tableKeys(view);
  const next = current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
  if (next.length === 0) return "all";
  const same = next.length === view.countries.length && next.every((k) => view.countries.includes(k));
  return same ? null : next;
}

/**
 * The table pages to link: the first, the last, and the current one with its neighbours; null = a gap ("…"). A gap of
 * one page shows that page instead.
 */
export function pageLinks(current: number, pages: number): (number | null)[] {
  const want = new Set([1, pages, current - 1, current, current + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...want].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(n - sorted[i - 1] === 2 ? n - 1 : null);
    out.push(n);
  });
  return out;
}
