// Server-side loaders for shared views: the chart spec a view shows, for its Open Graph image. Calls the service
// layer directly (no HTTP), with the same requests the page's panels make, so image and page show the same data.
import "server-only";
import { listCategories } from "@/lib/reads/categories";
import { getStandings, listSnapshots } from "@/lib/reads/standings";
import { viewToQuery } from "@/lib/view/url/api-requests";
import { standingsSpec, type ChartSpec } from "@/lib/view/chart/spec";
import { resolveView, shownCategory } from "@/lib/view/url/resolve-view";
import type { ViewState } from "@/lib/view/url/search-params";
import { standingsForChart } from "@/lib/view/chart/thinning";

/**
 * The home view's standings chart, as a spec: the view resolved as the page resolves it (a category the board does
 * not have shows overall; range presets count back from that category's newest snapshot), thinned to the point
 * budget like the page's chart (lib/view/chart/thinning.ts).
 */
export async function homeChartSpec(asked: ViewState): Promise<ChartSpec> {
  const categories = await listCategories(asked.board);
  const snapshots = await listSnapshots(asked.board, shownCategory(asked, categories));
  const resolved = resolveView(asked, { categories, snapshots });
  const data = await getStandings(viewToQuery(resolved.view, resolved).standings);
  return standingsSpec(resolved.view, standingsForChart(data));
}
