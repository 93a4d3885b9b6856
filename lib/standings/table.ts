// The ranking table's rows as the API serves them: filtered to country keys (`only`), sorted by a column (`sort`) and
// cut to one page (`page`), with the countries present in the whole table for the dashboard's chips and pickers.
// Pure; the server does this so a page carries one page of rows, never the whole snapshot.
//
// The default page is computed from the columnar frame (`frameTablePage`): which rows count, their ranks, the chips,
// the sort and the page, without reading the snapshot's rows from the database. Only the page's rows then need their
// names, organizations and votes (lib/reads/snapshot-table.ts). The same rules as the stored-row reference
// (tests/unit/standings/stored-rows.ts, held by columnar.test.ts) for the sort columns the frame holds; the others
// (model name, organization, votes) go the whole-table way (`tablePage`).
import { countsFor } from "@/lib/core/countries";
import { entryLicenseClass, licenseLabel } from "@/lib/boards/license";
import { countOf, forEachCounted } from "@/lib/frame/walkers";
import type { ColumnarFrame, Population } from "@/lib/frame/frame";
import { filtersOf } from "@/lib/standings/answers";
import { TABLE_PAGE_SIZE, type SortColumn, type SortValue, type SnapshotTableQuery, type TableKeys } from "./query";
import type { RankingRow, TableCountry, TablePageInfo } from "./types";

export function parseSort(sort: SortValue): { column: SortColumn; descending: boolean } {
  return sort.startsWith("-")
    ? { column: sort.slice(1) as SortColumn, descending: true }
    : { column: sort as SortColumn, descending: false };
}

export type Cell = string | number | null;

/** A stored row's value in a sort column. */
function rowCell(row: RankingRow, column: SortColumn): Cell {
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
export function compareRows<T extends { rank: number }>(
  column: SortColumn,
  descending: boolean,
  cellOf: (row: T, column: SortColumn) => Cell,
) {
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
  return [...rows].sort(compareRows(column, descending, rowCell));
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
  return {
    rows: cut ? rows.slice(start, start + TABLE_PAGE_SIZE) : rows,
    page: { number, size: TABLE_PAGE_SIZE, pages, total },
  };
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

/** Sort columns the frame can order by itself. */
export const FRAME_SORT_COLUMNS: ReadonlySet<SortColumn> = new Set<SortColumn>([
  "rank",
  "published",
  "score",
  "country",
  "license",
]);

/** A counted row of the table: where it is in the frame and what the table shows from the frame. */
export interface FrameTableRow {
  row: number;
  model: string;
  rank: number;
  scoreRank: number;
  publishedRank: number;
  score: number;
  country: string | null;
  ciLower: number | null;
  ciUpper: number | null;
  license: string | null;
  licenseClass: "open" | "proprietary" | "unknown";
  official: boolean | null;
}

/** A frame row's value in a sort column the frame holds. */
function frameCell(r: FrameTableRow, column: SortColumn): Cell {
  switch (column) {
    case "rank":
      return r.rank;
    case "published":
      return r.publishedRank;
    case "score":
      return r.score;
    case "country":
      return r.country;
    case "license":
      return licenseLabel(r.license)?.toLowerCase() ?? null;
    default:
      throw new Error(`column ${column} is not in the frame`);
  }
}

/** The table row of frame row r under the population. */
function tableRow(frame: ColumnarFrame, p: Population, r: number): FrameTableRow {
  const nil = frame.officialNil;
  const m = frame.model[r];
  const ro = frame.rankOfficial?.[r] ?? nil;
  const sro = frame.scoreRankOfficial?.[r] ?? nil;
  const lo = frame.ciLower?.[r] ?? NaN;
  const hi = frame.ciUpper?.[r] ?? NaN;
  const off = frame.official?.[r];
  const license = frame.licenses[frame.license[r]];
  return {
    row: r,
    model: frame.modelKeys[m],
    rank: p.rankOf(r),
    scoreRank: p.officialOnly && sro !== nil ? sro : frame.scoreRank[r],
    publishedRank: p.officialOnly && ro !== nil ? ro : frame.rank[r],
    score: frame.score[r],
    country: frame.countries[p.countryOf[m]],
    ciLower: Number.isNaN(lo) ? null : lo,
    ciUpper: Number.isNaN(hi) ? null : hi,
    license,
    licenseClass: entryLicenseClass(frame.board, license),
    official: off === undefined || off === 2 ? null : off === 1,
  };
}

/**
 * The default order (rank, best first) needs no sort: the counts give the chips and the total, and the page is read
 * off the population's rank order, so a page costs its position, not the snapshot's size.
 */
function rankPage(frame: ColumnarFrame, p: Population, s: number, keys: readonly string[], page: number) {
  const C = frame.countries.length;
  const perCountry = frame.countries.map((_, c) => {
    const mask = new Uint8Array(C);
    mask[c] = 1;
    return countOf(p, { mask, cells: p.cellsOf(mask) }, s);
  });
  const countries: TableCountry[] = frame.countries
    .map((country, c) => ({ key: country ?? "unknown", count: perCountry[c] }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  const shown = Uint8Array.from(frame.countries, (country) =>
    keys.length === 0 || keys.some((k) => countsFor(country, k)) ? 1 : 0,
  );
  let total = 0;
  for (let c = 0; c < C; c++) if (shown[c]) total += perCountry[c];
  const { page: info } = pageOf([], total, page, false);
  const start = (info.number - 1) * TABLE_PAGE_SIZE;
  const rows: FrameTableRow[] = [];
  let seen = 0;
  forEachCounted(p, s, (r) => {
    if (!shown[p.countryOf[frame.model[r]]]) return;
    if (seen++ >= start) rows.push(tableRow(frame, p, r));
    return rows.length < TABLE_PAGE_SIZE;
  });
  return { rows, countries, page: info };
}

/** Every row of snapshot s that counts under the population, in the table's order (rank, score desc, model key). */
function countedRows(frame: ColumnarFrame, p: Population, s: number): FrameTableRow[] {
  const all: FrameTableRow[] = [];
  for (let r = frame.offsets[s]; r < frame.offsets[s + 1]; r++) {
    if (p.officialOnly && frame.official![r] !== 1) continue;
    if (!p.licenseOk[frame.license[r]]) continue;
    all.push(tableRow(frame, p, r));
  }
  return all.sort(
    (a, b) => a.rank - b.rank || b.score - a.score || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0),
  );
}

/**
 * The whole table's rows from snapshot s under the filters, before `only` and `sort` (tablePage applies those once
 * the rows have their names): the same rows and numbers as the table rule over the snapshot's stored rows.
 */
export function frameRows(
  frame: ColumnarFrame,
  s: number,
  q: Pick<SnapshotTableQuery, "attribution" | "license" | "official" | "rank">,
): FrameTableRow[] {
  return countedRows(frame, frame.population(filtersOf(q)), s);
}

/** The table's page from snapshot s, or null when the sort needs columns the frame does not hold. */
export function framePage(
  frame: ColumnarFrame,
  s: number,
  q: Pick<SnapshotTableQuery, "attribution" | "license" | "official" | "rank" | "sort" | "only"> & { page: number },
): { rows: FrameTableRow[]; countries: TableCountry[]; page: TablePageInfo } | null {
  const { column, descending } = parseSort(q.sort);
  if (!FRAME_SORT_COLUMNS.has(column)) return null;
  const p = frame.population(filtersOf(q));
  const keys = q.only === undefined || q.only === "all" ? [] : q.only;
  if (column === "rank" && !descending) return rankPage(frame, p, s, keys, q.page);
  const all = countedRows(frame, p, s);
  // The table's order (countedRows), then the table's one sort (table-page.ts compareRows).
  const countries = presentCountries(all);
  const shown = filterRows(all, keys).sort(compareRows(column, descending, frameCell));
  const { rows, page } = pageOf(shown, shown.length, q.page, true);
  return { rows, countries, page };
}
