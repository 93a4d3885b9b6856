// GET /feed.xml: country milestones as an Atom 1.0 feed, one entry per milestone, cached per data version.
import { etagFor, ifNoneMatchHits } from "@/lib/server/hot-path.mjs";
import { errorResponse } from "@/lib/api/respond";
import { milestonesAtom } from "@/lib/api/feed";
import { getEvents } from "@/lib/reads/events";
import { siteOrigin } from "@/lib/view/url/metadata";
import { currentDataVersion } from "@/lib/core/data-version";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const version = await currentDataVersion();
    const etag = etagFor(version, "feed.xml");
    const cache = { ETag: etag, "Cache-Control": "public, max-age=300, stale-while-revalidate=86400" };
    if (ifNoneMatchHits(request.headers.get("if-none-match"), etag))
      return new Response(null, { status: 304, headers: cache });
    const { milestones } = await getEvents({});
    const body = milestonesAtom({ origin: siteOrigin(), milestones });
    return new Response(body, { headers: { ...cache, "Content-Type": "application/atom+xml; charset=utf-8" } });
  } catch (err) {
    return errorResponse(err);
  }
}
