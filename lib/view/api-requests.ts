// View state → API v1 requests. One request object per resource is both the TanStack Query key and the source of the
// URL the client fetches (and the CSV link), so server prefetch and client hook always agree on the key.
import type { BoardSlug } from "@/lib/boards";
import { boardHasOfficial, type AttributionMode, type LicenseFilter } from "@/lib/standings/frame";
import { DEFAULT_N, METRIC_INFO, type MetricKind } from "@/lib/standings/metric-kinds";
import type { ViewState } from "./search-params";
import { resolveRange } from "./view-state";

export interface FilterRequest {
  board: BoardSlug;
  attribution: AttributionMode;
  license: LicenseFilter;
  official: boolean;
}

export interface StandingsRequest extends FilterRequest {
  metric: MetricKind;
  n: number;
  /** `~`-joined, as on the wire. */
  countries: string;
  from?: string;
  to?: string;
}

export interface GapRequest extends FilterRequest {
  a: string;
  b: string;
  from?: string;
  to?: string;
}

export interface TableRequest extends FilterRequest {
  date: string;
}

type Params = Record<string, string | number | boolean | undefined>;

function filterRequest(view: ViewState): FilterRequest {
  return {
    board: view.board,
    attribution: view.attribution,
    license: view.license,
    // `official` only means something on boards with the flag; elsewhere leave it off so keys stay shared.
    official: boardHasOfficial(view.board) && view.official,
  };
}

/** `latest` is the board's newest snapshot date, needed when the range is a preset such as "1y". */
export function toStandingsRequest(view: ViewState, latest: string | null): StandingsRequest {
  const { from, to } = resolveRange(view, latest);
  return {
    ...filterRequest(view),
    metric: view.metric,
    // n only changes top-n metrics; pinning it elsewhere lets those views share one cache entry.
    n: METRIC_INFO[view.metric].usesN ? view.n : DEFAULT_N,
    countries: view.countries.join("~"),
    from,
    to,
  };
}

export function toGapRequest(view: ViewState, latest: string | null): GapRequest {
  const { from, to } = resolveRange(view, latest);
  return { ...filterRequest(view), a: view.a, b: view.b, from, to };
}

export function toTableRequest(view: ViewState, date: string): TableRequest {
  return { ...filterRequest(view), date };
}

/** Query parameters in a fixed order; undefined ones are left out. */
export function toSearchParams(params: Params): URLSearchParams {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) sp.set(k, String(v));
  return sp;
}

function withFormat(path: string, params: Params, format?: "csv"): string {
  const sp = toSearchParams(format ? { ...params, format } : params);
  // `~` is safe in a query string; keep it readable as the API documents it.
  return `${path}?${sp.toString().replaceAll("%7E", "~")}`;
}

export function standingsUrl(req: StandingsRequest, format?: "csv"): string {
  return withFormat("/api/v1/standings", { ...req }, format);
}

export function gapUrl(req: GapRequest, format?: "csv"): string {
  return withFormat("/api/v1/gap", { ...req }, format);
}

export function snapshotsUrl(board: BoardSlug): string {
  return `/api/v1/boards/${board}/snapshots`;
}

export function tableUrl(req: TableRequest, format?: "csv"): string {
  const { board, date, ...rest } = req;
  return withFormat(`/api/v1/boards/${board}/snapshots/${date}`, rest, format);
}
