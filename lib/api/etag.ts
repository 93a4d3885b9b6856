// ETags for API v1, pages and images: the data version plus a hash of the normalized request, so any ingest or
// re-attribution changes every tag, and two spellings of one query (`countries=us~CN` / `US~cn`) share one.
// Defined once in lib/http/hot-path.mjs, which the server's fast path matches with too.
export { etagFor, ifNoneMatchHits } from "@/lib/http/hot-path.mjs";
