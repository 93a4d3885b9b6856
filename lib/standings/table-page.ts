// The ranking table's rows as the API serves them: filtered to country keys (`only`), sorted by a column (`sort`) and
// cut to one page (`page`), with the countries present in the whole table for the dashboard's chips and pickers.
// Pure; the server does this so a page carries one page of rows, never the whole snapshot.
import { countsFor } from "@/lib/core/countries";
import { licenseLabel } from "@/lib/boards/license-label";
import { TABLE_PAGE_SIZE, type SortColumn, type SortValue, type TableKeys } from "./query";
import type { RankingRow, TableCountry, TablePageInfo } from "./types";

export function parseSort(sort: SortValue): { column: SortColumn; descending: boolean } {
  return sort.startsWith("-")
    ? { column: sort.slice(1) as SortColumn, descending: true }
    : { column: sort as SortColumn, descending: false };
}

export type Cell = string | number | null;

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

/**
 * The table's one order for a sort column, over any row that has a rank and cells (the stored rows here, the frame's
 * rows in table-frame.ts): empty cells go last in either direction, ties keep rank order.
 */
export function compareRows<T extends { rank: number }>(column: SortColumn, descending: boolean, cellOf: (row: T, column: SortColumn) => Cell) {
  const sign = descending ? -1 : 1;
  return (x: T, y: T): number => {
    const a = cellOf(x, column);
    const b = cellOf(y, column);
    if (a === null || b === null) return a === b ? x.rank - y.rank : a === null ? 1 : -1;
    const c = a < b ? -1 : a > b ? 1 : 0;
    return c * sign || x.rank - y.rank;
  };
}

/** A stable sort by compareRows. */
export function sortRows(rows: readonly RankingRow[], sort: SortValue): RankingRow[] {
  const { column, descending } = parseSort(sort);
  return [...rows].sort(compareRows(column, descending, cell));
}

/** Rows whose country counts for any of the keys (groups included); no keys = every row. */
export function filterRows<T extends { country: string | null }>(rows: readonly T[], keys: readonly string[]): T[] {
  if (keys.length === 0) return [...rows];
  return rows.filter((r) => keys.some((k) => countsFor(r.country, k)));
}

/** Page `page` of `total` rows (past the last page: the last page); `rows` are cut to it when `cut` is set. */
export function pageOf<T>(rows: T[], total: number, page: number, cut: boolean): { rows: T[]; page: TablePageInfo } {
  const pages = Math.max(1, Math.ceil(total / TABLE_PAGE_SIZE));
  const number = Math.min(page, pages);
  const start = (number - 1) * TABLE_PAGE_SIZE;
  return { rows: cut ? rows.slice(start, start + TABLE_PAGE_SIZE) : rows, page: { number, size: TABLE_PAGE_SIZE, pages, total } };
}

/** Country keys present in the rows, most rows first; unattributed rows appear as `unknown`. */
export function presentCountries(rows: readonly { country: string | null }[]): TableCountry[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = r.country ?? "unknown";
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

/** How many rows count for a key (a country, or a group such as europe), from the table's country counts. */
export function countFor(countries: readonly TableCountry[], key: string): number {
  let n = 0;
  for (const c of countries) if (countsFor(c.key === "unknown" ? null : c.key, key)) n += c.count;
  return n;
}

/**
 * The table's rows under `only` and `sort`, and `page` of them when a page is asked for (past the last page: the
 * last page). `countries` counts the whole table, before `only`.
 */
export function tablePage(
  rows: readonly RankingRow[],
  q: { sort: SortValue; only?: TableKeys; page?: number },
): { rows: RankingRow[]; countries: TableCountry[]; page?: TablePageInfo } {
  const keys = q.only === undefined || q.only === "all" ? [] : q.only;
  const shown = sortRows(filterRows(rows, keys), q.sort);
  const countries = presentCountries(rows);
  if (q.page === undefined) return { rows: shown, countries };
  const { rows: page, page: info } = pageOf(shown, shown.length, q.page, true);
  return { rows: page, countries, page: info };
}
