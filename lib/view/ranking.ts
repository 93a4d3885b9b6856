// Pure helpers for the ranking table: sort by a URL `sort` value, filter by country chips, list the countries present.
import { countsFor } from "@/lib/attribution/countries";
import type { RankingRow } from "@/lib/standings/types";
import { licenseLabel } from "./license-label";
import type { SortColumn, SortValue, TableKeys, ViewState } from "./search-params";

export function parseSort(sort: SortValue): { column: SortColumn; descending: boolean } {
  return sort.startsWith("-")
    ? { column: sort.slice(1) as SortColumn, descending: true }
    : { column: sort as SortColumn, descending: false };
}

/** Clicking a column header: a new column starts in its natural direction; the same column flips. */
export function nextSort(current: SortValue, column: SortColumn): SortValue {
  const { column: col, descending } = parseSort(current);
  if (col === column) return (descending ? column : `-${column}`) as SortValue;
  // Bigger is better for scores and votes, so they open high-to-low.
  return (column === "score" || column === "votes" ? `-${column}` : column) as SortValue;
}

type Cell = string | number | null;

function cell(row: RankingRow, column: SortColumn): Cell {
  switch (column) {
    case "rank":
      return row.rank;
    case "published":
      return row.publishedRank;
    case "model":
      return row.name.toLowerCase();
    case "organization":
      return row.organization?.toLowerCase() ?? null;
    case "country":
      return row.country;
    case "score":
      return row.score;
    case "votes":
      return row.votes;
    case "license":
      return licenseLabel(row.license)?.toLowerCase() ?? null;
  }
}

/** A stable sort; empty cells go last in either direction, ties keep rank order. */
export function sortRows(rows: readonly RankingRow[], sort: SortValue): RankingRow[] {
  const { column, descending } = parseSort(sort);
  const sign = descending ? -1 : 1;
  return [...rows].sort((x, y) => {
    const a = cell(x, column);
    const b = cell(y, column);
    if (a === null || b === null) return a === b ? x.rank - y.rank : a === null ? 1 : -1;
    const c = a < b ? -1 : a > b ? 1 : 0;
    return c * sign || x.rank - y.rank;
  });
}

/** Rows whose country counts for any of the keys (groups included); no keys = every row. */
export function filterRows(rows: readonly RankingRow[], keys: readonly string[]): RankingRow[] {
  if (keys.length === 0) return [...rows];
  return rows.filter((r) => keys.some((k) => countsFor(r.country, k)));
}

/** Country keys present in the rows, most rows first; unattributed rows appear as `unknown`. */
export function presentCountries(rows: readonly RankingRow[]): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = r.country ?? "unknown";
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
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
