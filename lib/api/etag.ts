// ETags for API v1: the data version plus a hash of the normalized request, so any ingest or re-attribution
// changes every tag, and two spellings of one query (`countries=us~CN` / `US~cn`) share one.
import { createHash } from "node:crypto";

export function etagFor(dataVersion: number, requestKey: string): string {
  const hash = createHash("sha1").update(requestKey).digest("base64url").slice(0, 16);
  // Weak: the body is the same data whether or not a proxy or Next compresses it.
  return `W/"v${dataVersion}-${hash}"`;
}

function opaque(tag: string): string {
  const t = tag.trim();
  return t.startsWith("W/") ? t.slice(2) : t;
}

/** RFC 9110 If-None-Match with weak comparison: `*` or any listed tag equal to ours. */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const ours = opaque(etag);
  return header.split(",").some((t) => opaque(t) === ours);
}
