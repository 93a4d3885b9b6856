// The home view's loader: prefetches every query the dashboard needs by calling the services directly (no HTTP round
// trip), under the same queryOptions keys the client hooks use, and returns the dehydrated cache, so the first paint
// already has the data. Called by the page; the dashboard components only render what it hands them.
import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { listCategories } from "@/lib/reads/categories";
import { getGap, getSnapshotTable, getStandings, listSnapshots } from "@/lib/reads/standings";
import { getIngestStates } from "@/lib/ingest/freshness";
import { viewToQuery } from "@/lib/view/url/api-requests";
import { resolveView, shownCategory } from "@/lib/view/url/resolve-view";
import {
  categoriesOptions,
  gapChartOptions,
  snapshotIndexOptions,
  standingsChartOptions,
  tableOptions,
} from "@/lib/view/load/queries";
import { gapForChart, standingsForChart } from "@/lib/view/chart/thinning";
import { fromSnapshotIndex, toSnapshotIndex } from "@/lib/view/url/snapshot-picker";
import type { ViewState } from "@/lib/view/url/search-params";
import type { ParamNotice } from "@/lib/view/url/view-state";

export interface DashboardData {
  state: DehydratedState;
  notices: ParamNotice[];
  ingest: Awaited<ReturnType<typeof getIngestStates>>;
}

export async function loadDashboard(asked: ViewState, notices: ParamNotice[]): Promise<DashboardData> {
  const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  const categories = await qc
    .fetchQuery({ ...categoriesOptions(asked.board), queryFn: () => listCategories(asked.board) })
    .catch(() => undefined);
  // The category shown decides which snapshot list the dates come from (lib/view/url/resolve-view.ts).
  const category = shownCategory(asked, categories);
  const index = await qc
    .fetchQuery({
      ...snapshotIndexOptions(asked.board, category),
      queryFn: async () => toSnapshotIndex(await listSnapshots(asked.board, category)),
    })
    .catch(() => undefined);
  const resolved = resolveView(asked, { categories, snapshots: index && fromSnapshotIndex(index) });
  const { view, tableDate } = resolved;
  const shown = [...notices, ...resolved.notices];

  const q = viewToQuery(view, resolved);
  // A failed prefetch is left out of the hydrated cache; the client hook then retries and shows the error itself.
  await Promise.all([
    // The charts' data, thinned to their point budget (lib/view/chart/thinning.ts): the page carries what it draws.
    qc.prefetchQuery({
      ...standingsChartOptions(q.standings),
      queryFn: async () => standingsForChart(await getStandings(q.standings)),
    }),
    qc.prefetchQuery({ ...gapChartOptions(q.gap), queryFn: async () => gapForChart(await getGap(q.gap)) }),
    tableDate &&
      qc.prefetchQuery({
        ...tableOptions(q.table),
        queryFn: () => {
          const { board, date, ...filters } = q.table;
          return getSnapshotTable(board, date, filters);
        },
      }),
  ]);

  // For empty states that say why: the first ingest is running, or failed and why.
  const ingest = await getIngestStates().catch(() => []);
  return { state: dehydrate(qc), notices: shown, ingest };
}
