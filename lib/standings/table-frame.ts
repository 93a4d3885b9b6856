// One page of the ranking table computed from the columnar frame: which rows count, their ranks, the country chips,
// the sort and the page, without reading the snapshot's rows from the database. Only the page's rows then need
// their names, organizations and votes (snapshot-table.ts). Same rules as the stored-row reference + tablePage
// (tests/unit/standings/stored-rows.ts, held by columnar.test.ts), for the sort
// columns the frame holds; the others (model name, organization, votes) go the whole-table way.
import { countsFor } from "@/lib/core/countries";
import { countOf, forEachCounted } from "@/lib/frame/walkers";
import { type ColumnarFrame, type Population } from "@/lib/frame/frame";
import { entryLicenseClass } from "@/lib/boards/license";
import { licenseLabel } from "@/lib/boards/license-label";
import { TABLE_PAGE_SIZE, type SortColumn, type SnapshotTableQuery } from "./query";
import { filtersOf } from "@/lib/standings/answers";
import { compareRows, filterRows, pageOf, parseSort, presentCountries, type Cell } from "./table-page";
import type { TableCountry, TablePageInfo } from "./types";

/** Sort columns the frame can order by itself. */
export const FRAME_SORT_COLUMNS: ReadonlySet<SortColumn> = new Set<SortColumn>(["rank", "published", "score", "country", "license"]);

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

function cell(r: FrameTableRow, column: SortColumn): Cell {
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
  const shown = Uint8Array.from(frame.countries, (country) => (keys.length === 0 || keys.some((k) => countsFor(country, k)) ? 1 : 0));
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
  return all.sort((a, b) => a.rank - b.rank || b.score - a.score || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}

/**
 * The whole table's rows from snapshot s under the filters, before `only` and `sort` (tablePage applies those once
 * the rows have their names): the same rows and numbers as the table rule over the snapshot's stored rows.
 */
export function frameRows(frame: ColumnarFrame, s: number, q: Pick<SnapshotTableQuery, "attribution" | "license" | "official" | "rank">): FrameTableRow[] {
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
  const shown = filterRows(all, keys).sort(compareRows(column, descending, cell));
  const { rows, page } = pageOf(shown, shown.length, q.page, true);
  return { rows, countries, page };
}
