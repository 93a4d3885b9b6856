// GET /og[/page path]?<the view's query>: the Open Graph image of a view, a 1200×630 PNG made by next/og.
// `/og?…` is the home view, its query read with the page's own URL-state schema (readView); `/og/models/…`,
// `/og/orgs/…` and `/og/countries/…` are the entity pages and `/og/lenses/…?<query>` the lens views
// (lib/view/load/shared-views.ts; a lens's query is read with the same schema); `/og/scoreboard?…` the scoreboard's
// gap per board (lib/view/load/scoreboard.ts). Images are cached per
// (normalized view, data version) by endpoint(), with an ETag and a long public Cache-Control, and served hot by
// the server's fast path.
import { ImageResponse } from "next/og";
import { endpoint, IMMUTABLE_VIEW_CACHE_CONTROL } from "@/lib/api/respond";
import { notFound } from "@/lib/api/errors";
import { entityShare } from "@/lib/view/load/shared-views";
import { withStoredBoard } from "@/lib/view/load/stored-view";
import { homeChartSpec } from "@/lib/view/load/share";
import { scoreboardChartSpec } from "@/lib/view/load/scoreboard";
import { readScoreboardState } from "@/lib/view/url/scoreboard-state";
import { ogCard } from "@/lib/view/chart/og";
import { viewTitle } from "@/lib/view/url/view-meta";
import { readView } from "@/lib/view/url/view-state";
import { OgCard } from "@/components/og/og-card";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "og",
  cacheControl: IMMUTABLE_VIEW_CACHE_CONTROL,
  input: ({ url, params }) => {
    const path = [params.path ?? []].flat().map(String);
    if (path.length === 0)
      return { path, view: { ...readView(Object.fromEntries(url.searchParams)).view, embed: false } };
    if (path.join("/").length > 600) throw notFound("no such page");
    if (path.length === 1 && path[0] === "scoreboard")
      return { path, view: null, scoreboard: readScoreboardState(Object.fromEntries(url.searchParams)).query };
    if (path[0] === "lenses")
      return {
        path,
        view: { ...readView(Object.fromEntries(url.searchParams), `/${path.join("/")}`).view, embed: false },
      };
    return { path, view: null };
  },
  load: async ({ path, view, scoreboard }) => {
    if (scoreboard) {
      const spec = await scoreboardChartSpec(scoreboard);
      return { spec, title: spec.title };
    }
    if (view && path.length === 0) {
      const shown = (await withStoredBoard({ view, notices: [] })).view;
      return { spec: await homeChartSpec(shown), title: viewTitle(shown) };
    }
    const entity = await entityShare(path, view ?? undefined);
    return entity && { spec: entity.spec, title: entity.title };
  },
  missing: ({ path }) => `no page at /${path.join("/")}`,
  render: async ({ spec, title }) => {
    const card = await ogCard(spec, title);
    const image = new ImageResponse(<OgCard {...card.props} />, { width: 1200, height: 630, fonts: card.fonts });
    return { body: new Uint8Array(await image.arrayBuffer()), contentType: "image/png" };
  },
});
