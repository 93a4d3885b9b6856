// Server half of the dashboard: prefetches every query the view needs by calling the service directly (no HTTP round
// trip), under the same keys the client hooks use, and hands the cache over, so the first paint already has the data.
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { getGap, getSnapshotTable, getStandings, listSnapshots } from "@/lib/standings/service";
import { getIngestStates } from "@/lib/store/freshness";
import { viewToQuery } from "@/lib/view/api-requests";
import { gapOptions, latestDate, resolveTableDate, snapshotsOptions, standingsOptions, tableOptions } from "@/lib/view/queries";
import type { ViewState } from "@/lib/view/search-params";
import type { ParamNotice } from "@/lib/view/view-state";
import { DashboardView } from "./dashboard-view";

export async function Dashboard({ view, notices }: { view: ViewState; notices: ParamNotice[] }) {
  const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  const snapshots = await qc
    .fetchQuery({ ...snapshotsOptions(view.board), queryFn: () => listSnapshots(view.board) })
    .catch(() => undefined);
  const latest = latestDate(snapshots);
  const tableDate = resolveTableDate(view.date, snapshots);
  const shown = [...notices];
  if (view.date && snapshots && tableDate !== view.date) {
    shown.push({
      key: "date",
      value: view.date,
      message: `No snapshot on date=${view.date} on this board; showing the latest snapshot.`,
    });
  }

  const q = viewToQuery(view, { latest, tableDate });
  // A failed prefetch is left out of the hydrated cache; the client hook then retries and shows the error itself.
  await Promise.all([
    qc.prefetchQuery({ ...standingsOptions(q.standings), queryFn: () => getStandings(q.standings) }),
    qc.prefetchQuery({ ...gapOptions(q.gap), queryFn: () => getGap(q.gap) }),
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

  return (
    <HydrationBoundary state={dehydrate(qc)}>
      <DashboardView notices={shown} ingest={ingest} />
    </HydrationBoundary>
  );
}
