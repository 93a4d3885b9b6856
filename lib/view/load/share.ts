// Server-side loaders for shared views: the chart spec a view shows, for its Open Graph image. Calls the service
// layer directly (no HTTP), with the same requests the page's panels make, so image and page show the same data.
import "server-only";
import { getStandings, listSnapshots } from "@/lib/reads/standings";
import { viewToQuery } from "@/lib/view/url/api-requests";
import { standingsSpec, type ChartSpec } from "@/lib/view/chart/spec";
import { latestDate } from "@/lib/view/load/queries";
import type { ViewState } from "@/lib/view/url/search-params";
import { standingsForChart } from "@/lib/view/chart/thinning";

/** The home view's standings chart, as a spec: thinned to the point budget like the page's chart (lib/view/chart/thinning.ts). */
export async function homeChartSpec(view: ViewState): Promise<ChartSpec> {
  const latest = latestDate(await listSnapshots(view.board));
  const data = await getStandings(viewToQuery(view, { latest }).standings);
  return standingsSpec(view, standingsForChart(data));
}
