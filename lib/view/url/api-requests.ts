// View state → API v1 queries, by one pure function. The queries are the API's own parsed types, so the server page
// calls the service with them directly, the client uses them as TanStack Query keys, and the URL the client fetches
// (and the CSV links) is written from them by the fields' serializers: one view, one set of queries, one URL each.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { OVERALL } from "@/lib/boards/categories";
import { boardHasOfficial } from "@/lib/frame/filters";
import { DEFAULT_N, METRIC_INFO } from "@/lib/standings/metric-kinds";
import { toQueryString, type GapQuery, type SnapshotTableQuery, type StandingsQuery } from "@/lib/standings/query";
import type { ViewState } from "@/lib/view/url/search-params";
import { tableKeys } from "@/lib/view/url/ranking";
import { gapPair, resolveRange } from "@/lib/view/url/view-state";

/** The table's `only` for the API: the chips' keys, or absent for every row. */
function tableOnly(view: Pick<ViewState, "only" | "countries">): string[] | undefined {
  const keys = tableKeys(view);
  return keys.length ? keys : undefined;
}

/** The ranking table's query: the snapshot is named in the path. */
export type TableQuery = SnapshotTableQuery & { board: BoardSlug; date: string };

export interface ViewQueries {
  standings: StandingsQuery;
  gap: GapQuery;
  /** `date` is "" until the table's snapshot date is known: don't fetch it then. */
  table: TableQuery;
}

/**
 * The API queries a view needs. `latest` is the board's newest snapshot date (for range presets such as "1y");
 * `tableDate` the ranking table's snapshot.
 */
export function viewToQuery(view: ViewState, at: { latest: string | null; tableDate?: string | null }): ViewQueries {
  const { from, to } = resolveRange(view, at.latest);
  const filters = {
    attribution: view.attribution,
    license: view.license,
    // `official` only means something on boards with the flag; elsewhere leave it off so keys stay shared.
    official: boardHasOfficial(view.board) && view.official,
    // Only the arena has categories; a category left in the URL when switching board must not 400 the HF views.
    category: boardInfo(view.board).hasCategories ? view.category : OVERALL,
  };
  const [a, b] = gapPair(view);
  return {
    standings: {
      board: view.board,
      metric: view.metric,
      // n only changes top-n metrics; pinning it elsewhere lets those views share one cache entry.
      n: METRIC_INFO[view.metric].usesN ? view.n : DEFAULT_N,
      countries: view.countries,
      rank: view.rank,
      format: "json",
      ...filters,
      from,
      to,
    },
    gap: { board: view.board, a, b, format: "json", ...filters, from, to },
    // One page of the table, sorted and filtered to the chips on the server.
    table: {
      board: view.board,
      date: at.tableDate ?? "",
      rank: view.rank,
      format: "json",
      ...filters,
      sort: view.sort,
      only: tableOnly(view),
      page: view.page,
    },
  };
}

function withFormat(path: string, query: Record<string, unknown>, format?: "csv"): string {
  const qs = toQueryString({ ...query, format: format ?? "json" });
  return qs ? `${path}?${qs}` : path;
}

export function standingsUrl(q: StandingsQuery, format?: "csv"): string {
  return withFormat("/api/v1/standings", q, format);
}

export function gapUrl(q: GapQuery, format?: "csv"): string {
  return withFormat("/api/v1/gap", q, format);
}

export function snapshotsUrl(board: BoardSlug, category: string = OVERALL): string {
  return category === OVERALL
    ? `/api/v1/boards/${board}/snapshots`
    : `/api/v1/boards/${board}/snapshots?category=${encodeURIComponent(category)}`;
}

export function categoriesUrl(board: BoardSlug): string {
  return `/api/v1/boards/${board}/categories`;
}

export function tableUrl(q: TableQuery, format?: "csv"): string {
  const { board, date, ...rest } = q;
  return withFormat(`/api/v1/boards/${board}/snapshots/${date}`, rest, format);
}

/** The CSV of the whole table under the view's filters, in rank order: every page, every country, as downloaded before pages. */
export function tableCsvUrl(q: TableQuery): string {
  return tableUrl({ ...q, sort: "rank", only: undefined, page: undefined }, "csv");
}
