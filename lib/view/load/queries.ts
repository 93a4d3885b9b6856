// One queryOptions factory per API resource. The client hook uses them as they are (fetching API v1); the server page
// prefetches with the same key and a queryFn that calls the service directly, then hands the cache over by hydration.
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { BoardSlug } from "@/lib/boards/info";
import type { GapResponse, SnapshotListItem, SnapshotTableResponse, StandingsResponse } from "@/lib/standings/types";
import type { CategoryInfo } from "@/lib/boards/categories";
import type { GapQuery, StandingsQuery } from "@/lib/standings/query";
import { ApiError } from "@/lib/api/api-error";
import {
  categoriesUrl,
  gapUrl,
  snapshotsUrl,
  standingsUrl,
  tableUrl,
  type TableQuery,
} from "@/lib/view/url/api-requests";
import { gapForChart, standingsForChart, type ChartGap, type ChartStandings } from "@/lib/view/chart/thinning";
import { toSnapshotIndex, type SnapshotIndex } from "@/lib/view/url/snapshot-picker";

async function fetchJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: "application/json" } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? "http_error", body?.error?.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

/**
 * The standings as the dashboard's chart, data table and share files use them: the API's answer thinned to the point
 * budget (lib/view/chart/thinning.ts). Its own key, so the page's cache (and its hydration payload) holds only the thinned
 * series, never the whole history next to it.
 */
export function standingsChartOptions(req: StandingsQuery) {
  return queryOptions({
    queryKey: ["standings-chart", req] as const,
    queryFn: async ({ signal }): Promise<ChartStandings> =>
      standingsForChart(await fetchJson<StandingsResponse>(standingsUrl(req), signal)),
    placeholderData: keepPreviousData,
  });
}

/** The gap over time as the gap panel draws and tabulates it, thinned like the standings. */
export function gapChartOptions(req: GapQuery) {
  return queryOptions({
    queryKey: ["gap-chart", req] as const,
    queryFn: async ({ signal }): Promise<ChartGap> => gapForChart(await fetchJson<GapResponse>(gapUrl(req), signal)),
    placeholderData: keepPreviousData,
  });
}

/** A board's snapshot list, held in columns (lib/view/url/snapshot-picker.ts): the page's payload carries it whole. */
export function snapshotIndexOptions(board: BoardSlug, category: string = "overall") {
  return queryOptions({
    queryKey: ["snapshot-index", board, category] as const,
    queryFn: async ({ signal }): Promise<SnapshotIndex> =>
      toSnapshotIndex(await fetchJson<SnapshotListItem[]>(snapshotsUrl(board, category), signal)),
  });
}

export function categoriesOptions(board: BoardSlug) {
  return queryOptions({
    queryKey: ["categories", board] as const,
    queryFn: ({ signal }) => fetchJson<CategoryInfo[]>(categoriesUrl(board), signal),
  });
}

/** The table for a date that has no snapshot is `null` (the API answers 404). */
export function tableOptions(req: TableQuery) {
  return queryOptions({
    queryKey: ["table", req] as const,
    queryFn: async ({ signal }): Promise<SnapshotTableResponse | null> => {
      try {
        return await fetchJson<SnapshotTableResponse>(tableUrl(req), signal);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
    placeholderData: keepPreviousData,
  });
}
