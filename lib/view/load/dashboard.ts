// The home view's loader: prefetches every query the dashboard needs by calling the services directly (no HTTP round
// trip), under the same queryOptions keys the client hooks use, and returns the dehydrated cache, so the first paint
// already has the data. Called by the page; the dashboard components only render what it hands them.
import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { listCategories } from "@/lib/reads/categories";
import { categoryLabel } from "@/lib/boards/categories";
import { BOARDS } from "@/lib/boards/info";
import { getGap, getSnapshotTable, getStandings, listSnapshots } from "@/lib/reads/standings";
import { getIngestStates } from "@/lib/ingest/freshness";
import { shownCategory, viewToQuery } from "@/lib/view/url/api-requests";
import { categoriesOptions, gapChartOptions, latestDate, snapshotIndexOptions, standingsChartOptions, tableOptions } from "@/lib/view/load/queries";
import { tableDateFor, viewAsOf } from "@/lib/view/url/as-of";
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
  // The category shown: the URL's, unless the board does not have it (said in a notice; the client does the same).
  const view = { ...asked, category: shownCategory(asked, categories) };
  const shown = [...notices];
  if (asked.category !== view.category && BOARDS[asked.board].hasCategories) {
    shown.push({
      key: "category",
      value: asked.category,
      message: `No prompt category ${categoryLabel(asked.category)} on this board; showing ${categoryLabel(view.category)}.`,
    });
  }
  const index = await qc
    .fetchQuery({ ...snapshotIndexOptions(view.board, view.category), queryFn: async () => toSnapshotIndex(await listSnapshots(view.board, view.category)) })
    .catch(() => undefined);
  const snapshots = index && fromSnapshotIndex(index);
  const latest = latestDate(snapshots);
  const tableDate = tableDateFor(view, snapshots);
  const asOf = viewAsOf(view, snapshots);
  if (view.date && snapshots && tableDate !== view.date) {
    shown.push({
      key: "date",
      value: view.date,
      message: `No snapshot on date=${view.date} on this board; showing ${asOf === latest ? "the latest snapshot" : "the last snapshot of the date range"}.`,
    });
  }

  const q = viewToQuery(view, { latest, tableDate });
  // A failed prefetch is left out of the hydrated cache; the client hook then retries and shows the error itself.
  await Promise.all([
    // The charts' data, thinned to their point budget (lib/view/chart/thinning.ts): the page carries what it draws.
    qc.prefetchQuery({ ...standingsChartOptions(q.standings), queryFn: async () => standingsForChart(await getStandings(q.standings)) }),
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
