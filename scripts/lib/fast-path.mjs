// The API fast path of scripts/server.mjs: answers a GET from the table lib/api/hot-cache.ts publishes on
// globalThis, when the answer was made for the data version confirmed less than its TTL ago.
// Plain JavaScript, so no TypeScript loader sits in the serving process.
const HOT_KEY = "__leaderboardAtlasHot";

const opaque = (tag) => (tag.trim().startsWith("W/") ? tag.trim().slice(2) : tag.trim());

/** Answers from the hot table when it can; returns false to hand the request to Next. */
export function fastPath(req, res) {
  if (req.method !== "GET" || !req.url?.startsWith("/api/v1/")) return false;
  const table = globalThis[HOT_KEY];
  if (!table || Date.now() - table.readAt >= table.ttlMs) return false;
  const url = new URL(req.url, "http://localhost");
  const query = new URLSearchParams(url.search).toString();
  const entry = table.entries.get(query ? `${url.pathname}?${query}` : url.pathname);
  if (!entry || entry.version !== table.version) return false;
  const etag = entry.headers.ETag;
  const inm = req.headers["if-none-match"];
  if (inm && (inm.trim() === "*" || inm.split(",").some((t) => opaque(t) === opaque(etag)))) {
    const { "Cache-Control": cc, "Access-Control-Allow-Origin": acao, "Access-Control-Expose-Headers": aceh } = entry.headers;
    res.writeHead(304, { ETag: etag, "Cache-Control": cc, "Access-Control-Allow-Origin": acao, "Access-Control-Expose-Headers": aceh });
    res.end();
    return true;
  }
  res.writeHead(200, { ...entry.headers, "Content-Length": entry.body.byteLength, "X-Cache": "hot" });
  res.end(entry.body);
  return true;
}


/**
 * Paths with broken percent-encoding fail inside Next before any route runs, as a 500. Answer them here with a
 * 400 instead: the API's error shape for API paths, plain text for pages. Returns true when it answered.
 */
export function rejectMalformedApiPath(req, res) {
  const pathname = (req.url ?? "").split("?")[0];
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    // Pages too: Next answers a path it cannot decode with a 500 (/models/x/%E0%A4%A). It is the client's error.
    const api = pathname.startsWith("/api/");
    const body = api
      ? JSON.stringify({ error: { code: "bad_request", message: `path: malformed percent-encoding in ${pathname.slice(0, 200)}` } })
      : "Bad request: the address has malformed percent-encoding.";
    const type = api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
    res.writeHead(400, { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Content-Length": Buffer.byteLength(body) });
    res.end(body);
    return true;
  }
}
