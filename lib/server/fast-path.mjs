// The custom server's fast path (scripts/server.mjs), kept small on purpose. Everything it knows comes from
// lib/server/hot-path.mjs, the module Next's side publishes with, and lib/core/request-context.mjs, where Next's
// side records the data version, so the two cannot drift apart:
// - answers a GET/HEAD from the hot table (API v1 bodies, Open Graph images, page HTML) when the entry was made
//   for the data version confirmed less than its TTL ago, with 304 on a matching If-None-Match and the body
//   compressed as Accept-Encoding allows (each encoding made once per entry);
// - caches the HTML Next renders for a shareable page (lib/server/hot-path.mjs `isCacheablePageRequest`), keyed by
//   the normalized URL and the data version the render read (one per request, see lib/core/data-version.ts);
// - answers API paths with broken percent-encoding with the API's 400 instead of Next's 500.
// Plain JavaScript, so no TypeScript loader sits in the serving process.
import {
  encodedBody,
  errorBody,
  etagFor,
  hotKey,
  ifNoneMatchHits,
  isCacheablePageRequest,
  pageKey,
  PAGE_CACHE_CONTROL,
  pageTtlMs,
  pickEncoding,
  publishResponse,
  securityHeaders,
  withoutTracking,
} from "./hot-path.mjs";
import { hotFresh, hotTable, refreshVersion } from "../core/request-context.mjs";

/** Headers a 304 repeats from the 200 (RFC 9110 §15.4.5). */
const KEPT_ON_304 = [
  "ETag",
  "Cache-Control",
  "Vary",
  "Access-Control-Allow-Origin",
  "Access-Control-Expose-Headers",
  "X-Data-Version",
];

/** Sends a hot entry: 304, or the body in the best encoding the client accepts. */
export function sendEntry(req, res, entry, extra = {}) {
  const inm = req.headers["if-none-match"];
  if (inm && ifNoneMatchHits(inm, entry.headers.ETag)) {
    const headers = {};
    for (const h of KEPT_ON_304) if (entry.headers[h] !== undefined) headers[h] = entry.headers[h];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const { body, encoding } = encodedBody(entry, pickEncoding(req.headers["accept-encoding"]));
  const headers = { ...entry.headers, ...extra, "Content-Length": body.byteLength };
  if (encoding) headers["Content-Encoding"] = encoding;
  const vary = headers.Vary ? String(headers.Vary) : "";
  if (!/accept-encoding/i.test(vary)) headers.Vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

function lookup(req) {
  const page = isCacheablePageRequest(req.method, req.url, req.headers);
  const key = page ? pageKey(req.url) : hotKey(new URL(req.url, "http://localhost"));
  return hotTable().entries.get(key);
}

/** Answers from the hot table when it can; returns false to hand the request to Next. */
export function fastPath(req, res) {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url) return false;
  const table = hotTable();
  if (!hotFresh(table)) return false;
  const entry = lookup(req);
  if (!entry || entry.version !== table.version || (entry.expires && Date.now() > entry.expires)) return false;
  sendEntry(req, res, entry, { "X-Cache": "hot" });
  return true;
}

/**
 * fastPath, plus: when the version is stale but an entry waits for this request, confirm the version first (one
 * shared query) rather than hand the request to a full render. Resolves false to hand the request to Next.
 */
export async function serveHot(req, res) {
  if (fastPath(req, res)) return true;
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url || hotFresh()) return false;
  const entry = lookup(req);
  if (!entry || (entry.expires && Date.now() > entry.expires) || !(await refreshVersion())) return false;
  return fastPath(req, res);
}

/** Renders in progress, by page key: concurrent misses for one page wait for one render. */
const rendering = new Map();

/**
 * A cacheable page that missed: the first request renders it (renderAndCache); requests for the same page that
 * arrive meanwhile wait for that render and are served its result.
 */
export async function renderOnce(req, res, handle, store) {
  const key = pageKey(req.url);
  const pending = rendering.get(key);
  if (pending) {
    await pending;
    if (fastPath(req, res)) return;
    return handle(req, res);
  }
  const done = renderAndCache(req, res, handle, store).finally(() => rendering.delete(key));
  rendering.set(
    key,
    done.catch(() => undefined),
  );
  return done;
}

/** Response headers of Next's that a stored copy must not repeat. */
const NOT_STORED = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "cache-control",
  "etag",
  "set-cookie",
]);
/** Set per request by the server (they depend on the URL and X-Forwarded-Proto): never stored with a body. */
const PER_REQUEST = new Set(Object.keys(securityHeaders({ https: true })).map((h) => h.toLowerCase()));

/**
 * For a cacheable page request that missed: lets Next render it uncompressed into a buffer (headers and body held
 * back), then stores the HTML under the data version the render read and sends it as the fast path would. Returns
 * the Next handler's promise. `store()` gives the request's store (`{ version }`) once the render is done.
 */
export function renderAndCache(req, res, handle, store) {
  const encoding = req.headers["accept-encoding"];
  delete req.headers["accept-encoding"]; // Next would compress; the cache keeps the identity body
  const chunks = [];
  let status = 200;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  const restore = () => Object.assign(res, { write, end, writeHead });
  const take = (chunk, enc) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function")
      chunks.push(Buffer.from(chunk, typeof enc === "string" ? enc : undefined));
  };
  res.writeHead = function (code, ...rest) {
    status = code;
    const headers = rest.find((r) => r && typeof r === "object");
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    return res;
  };
  res.flushHeaders = () => {};
  res.write = (chunk, enc, cb) => {
    take(chunk, enc);
    if (typeof enc === "function") enc();
    else if (typeof cb === "function") cb();
    return true;
  };
  res.end = (chunk, enc, cb) => {
    take(chunk, enc);
    restore();
    req.headers["accept-encoding"] = encoding;
    const body = Buffer.concat(chunks);
    // A page that reads no versioned data (/status) is stored under the version confirmed now, so new data still
    // replaces it.
    const version = store()?.version ?? (hotFresh() ? hotTable().version : undefined);
    const headers = {};
    for (const [k, v] of Object.entries(res.getHeaders()))
      if (!NOT_STORED.has(k) && !PER_REQUEST.has(k)) headers[canonical(k)] = v;
    res.statusCode = status;
    const callback = [chunk, enc, cb].find((f) => typeof f === "function");
    if (
      status === 200 &&
      version !== undefined &&
      !res.hasHeader("set-cookie") &&
      /^text\/html/.test(String(headers["Content-Type"] ?? ""))
    ) {
      const key = pageKey(req.url);
      const ttl = pageTtlMs(req.url);
      const entry = {
        version,
        expires: Date.now() + ttl,
        body,
        headers: {
          ...headers,
          ETag: etagFor(version, `${key}@${Math.floor(Date.now() / ttl)}`),
          "Cache-Control": PAGE_CACHE_CONTROL,
          "X-Data-Version": String(version),
        },
      };
      if (hotTable().version === version) publishResponse(key, entry);
      for (const name of res.getHeaderNames())
        if (NOT_STORED.has(name) || name === "content-type") res.removeHeader(name);
      sendEntry(req, res, entry, { "X-Cache": "miss" });
    } else {
      writeHead(status);
      end(req.method === "HEAD" ? undefined : body);
    }
    if (callback) res.once("finish", callback);
    return res;
  };
  return handle(req, res);
}

const canonical = (name) => name.replace(/(^|-)([a-z])/g, (_, dash, c) => dash + c.toUpperCase());

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
      ? errorBody("bad_request", `path: malformed percent-encoding in ${pathname.slice(0, 200)}`)
      : "Bad request: the address has malformed percent-encoding.";
    const type = api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
    res.writeHead(400, {
      "Content-Type": type,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Length": Buffer.byteLength(body),
    });
    res.end(body);
    return true;
  }
}

/**
 * A cacheable page asked for with tracking parameters (utm_*, fbclid, gclid…) is redirected to the same URL without
 * them, so they are never rendered into a page the cache then serves to others. Returns true when it answered.
 */
export function redirectTracking(req, res) {
  // Most requests carry no tracking parameter: that check comes first, and is cheap without a query.
  const clean = withoutTracking(req.url ?? "");
  if (clean === null || !isCacheablePageRequest(req.method, req.url ?? "", req.headers)) return false;
  res.writeHead(308, { Location: clean, "Cache-Control": "public, max-age=3600", "Content-Length": 0 });
  res.end();
  return true;
}
