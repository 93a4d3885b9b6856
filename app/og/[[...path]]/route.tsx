// GET /og[/page path]?<the view's query>: the view's Open Graph image, a 1200×630 PNG made by next/og. The query
// is read with the page's own URL-state schema (readView); images are cached per (normalized view, data version)
// by endpoint(), with an ETag and a long public Cache-Control, and served hot by the server's fast path.
import { ImageResponse } from "next/og";
import { endpoint, IMMUTABLE_VIEW_CACHE_CONTROL } from "@/lib/api/respond";
import { notFound } from "@/lib/api/errors";
import { ogCard } from "@/lib/share/og";
import { homeChartSpec } from "@/lib/share/load";
import { viewTitle } from "@/lib/share/view-meta";
import { readView } from "@/lib/view/view-state";
import { OgCard } from "@/components/og/og-card";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "og",
  cacheControl: IMMUTABLE_VIEW_CACHE_CONTROL,
  input: ({ url, params }) => {
    const path = params.path;
    if (path !== undefined && (!Array.isArray(path) || path.length > 0)) throw notFound(`no preview image for /${[path].flat().join("/")}`);
    return { page: "/", view: readView(Object.fromEntries(url.searchParams)).view };
  },
  load: async ({ view }) => ({ spec: await homeChartSpec(view), title: viewTitle(view) }),
  render: async ({ spec, title }) => {
    const card = await ogCard(spec, title);
    const image = new ImageResponse(<OgCard {...card.props} />, { width: 1200, height: 630, fonts: card.fonts });
    return { body: new Uint8Array(await image.arrayBuffer()), contentType: "image/png" };
  },
});
