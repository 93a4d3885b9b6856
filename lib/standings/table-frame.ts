// One page of the ranking table computed from the columnar frame: which rows count, their ranks, the country chips,
// the sort and the page, without reading the snapshot's rows from the database. Only the page's rows then need
// their names, organizations and votes (snapshot-table.ts). Same rules as rankingRows + tablePage, for the sort
// columns the frame holds; the others (model name, organization, votes) go the whole-table way.
import { countsFor } from "@/lib/attribution/countries";
import type { ColumnarFrame } from "./columnar";
import { entryLicenseClass } from "./license";
import { licenseLabel } from "./license-label";
import { TABLE_PAGE_SIZE, type SortColumn, type SnapshotTableQuery } from "./query";
import { filtersOf } from "./shape";
import { parseSort, presentCountries } from "./table-page";
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

function cell(r: FrameTableRow, column: SortColumn): string | number | null {
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

/** The table's page from snapshot s, or null when the sort needs columns the frame does not hold. */
export function framePage(
  frame: ColumnarFrame,
  s: number,
  q: Pick<SnapshotTableQuery, "attribution" | "license" | "official" | "rank" | "sort" | "only"> & { page: number },
): { rows: FrameTableRow[]; countries: TableCountry[]; page: TablePageInfo } | null {
  const { column, descending } = parseSort(q.sort);
  if (!FRAME_SORT_COLUMNS.has(column)) return null;
  const p = frame.population(filtersOf(q));
  const nil = frame.officialNil;
  const all: FrameTableRow[] = [];
  for (let r = frame.offsets[s]; r < frame.offsets[s + 1]; r++) {
    if (p.officialOnly && frame.official![r] !== 1) continue;
    if (!p.licenseOk[frame.license[r]]) continue;
    const m = frame.model[r];
    const ro = frame.rankOfficial?.[r] ?? nil;
    const sro = frame.scoreRankOfficial?.[r] ?? nil;
    const scoreRank = p.officialOnly && sro !== nil ? sro : frame.scoreRank[r];
    const publishedRank = p.officialOnly && ro !== nil ? ro : frame.rank[r];
    const lo = frame.ciLower?.[r] ?? NaN;
    const hi = frame.ciUpper?.[r] ?? NaN;
    const off = frame.official?.[r];
    const license = frame.licenses[frame.license[r]];
    all.push({
      row: r,
      model: frame.modelKeys[m],
      rank: p.rankOf(r),
      scoreRank,
      publishedRank,
      score: frame.score[r],
      country: frame.countries[p.countryOf[m]],
      ciLower: Number.isNaN(lo) ? null : lo,
      ciUpper: Number.isNaN(hi) ? null : hi,
      license,
      licenseClass: entryLicenseClass(frame.board, license),
      official: off === undefined || off === 2 ? null : off === 1,
    });
  }
  // rankingRows' order, then sortRows' stable sort (empty cells last, ties by rank).
  all.sort((a, b) => a.rank - b.rank || b.score - a.score || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  const countries = presentCountries(all);
  const keys = q.only === undefined || q.only === "all" ? [] : q.only;
  const filtered = keys.length === 0 ? all : all.filter((r) => keys.some((k) => countsFor(r.country, k)));
  const sign = descending ? -1 : 1;
  const shown =
    column === "rank" && !descending
      ? filtered
      : filtered.sort((x, y) => {
          const a = cell(x, column);
          const b = cell(y, column);
          if (a === null || b === null) return a === b ? x.rank - y.rank : a === null ? 1 : -1;
          const c = a < b ? -1 : a > b ? 1 : 0;
          return c * sign || x.rank - y.rank;
        });
  const pages = Math.max(1, Math.ceil(shown.length / TABLE_PAGE_SIZE));
  const number = Math.min(q.page, pages);
  const start = (number - 1) * TABLE_PAGE_SIZE;
  return { rows: shown.slice(start, start + TABLE_PAGE_SIZE), countries, page: { number, size: TABLE_PAGE_SIZE, pages, total: shown.length } };
}
