// The one module both sides of the hot path are made from: Next's side (lib/api/respond.ts) publishes ready
// responses here, and the custom server's fast path (lib/server/fast-path.mjs) answers from them. Plain JavaScript
// so the serving process needs no TypeScript loader; types in hot-path.d.mts. Next bundles its own copy of this
// file, so all shared state lives on globalThis, never in module variables: the hot table itself, with its data
// version slot and the per-request store that pins one data version per request, is in
// lib/core/request-context.mjs, which lib/core/data-version.ts writes.
//
// What it holds: the hot table's entries (ready responses per request key and data version, bounded in bytes), ETags
// and If-None-Match, the API error body, content negotiation and compression, the security headers of every
// response, and which page requests may be cached.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { hotTable } from "../core/request-context.mjs";

/**
 * At most this many entries and bytes (bodies plus their compressed copies) in the hot table. 32 MB holds some fifty
 * pages with both compressed copies, far more than a spreading link needs; at 100× the data a larger table mostly
 * kept multi-megabyte whole-table answers, and its bytes counted fully in the server's RSS (bench:standings-scale).
 */
export const HOT_MAX_ENTRIES = 1000;
export const HOT_MAX_BYTES = 32 * 1024 * 1024;
/** Bodies smaller than this are sent as they are: compressing them saves nothing worth the CPU. */
const COMPRESS_MIN_BYTES = 1024;

// ---- The hot table's entries (the table itself: lib/core/request-context.mjs) ------------------------------

const sizeOf = (entry) => entry.body.byteLength + (entry.gzip?.byteLength ?? 0) + (entry.br?.byteLength ?? 0);

export function publishResponse(key, entry) {
  const t = hotTable();
  const old = t.entries.get(key);
  if (old) {
    t.bytes -= sizeOf(old);
    t.entries.delete(key);
  }
  const size = sizeOf(entry);
  if (size > HOT_MAX_BYTES / 4) return; // one huge answer must not evict everything else
  t.entries.set(key, entry);
  t.bytes += size;
  while (t.entries.size > HOT_MAX_ENTRIES || t.bytes > HOT_MAX_BYTES) {
    const [oldest, e] = t.entries.entries().next().value;
    t.entries.delete(oldest);
    t.bytes -= sizeOf(e);
  }
}

export function clearHot() {
  const t = hotTable();
  t.entries.clear();
  t.bytes = 0;
}

/**
 * The key of a request: the path plus the query re-serialized by URLSearchParams, because Next hands route
 * handlers `~` as `%7E` while clients send it raw.
 */
export function hotKey(url) {
  const query = new URLSearchParams(url.search).toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

// ---- ETags -------------------------------------------------------------------------------------------------

/** Weak (the same data whether or not it is compressed): the data version plus a hash of the normalized request. */
export function etagFor(dataVersion, requestKey) {
  const hash = createHash("sha1").update(requestKey).digest("base64url").slice(0, 16);
  return `W/"v${dataVersion}-${hash}"`;
}

const opaque = (tag) => {
  const t = tag.trim();
  return t.startsWith("W/") ? t.slice(2) : t;
};

/** RFC 9110 If-None-Match with weak comparison: `*` or any listed tag equal to ours. */
export function ifNoneMatchHits(header, etag) {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const ours = opaque(etag);
  return header.split(",").some((t) => opaque(t) === ours);
}

// ---- Errors ------------------------------------------------------------------------------------------------

/** The API's one error body: `{ error: { code, message } }`. */
export function errorBody(code, message) {
  return JSON.stringify({ error: { code, message } });
}

// ---- Content negotiation -----------------------------------------------------------------------------------

/** The encoding to send for an Accept-Encoding header: br, then gzip, else none. `q=0` refuses one. */
export function pickEncoding(header) {
  if (!header) return null;
  const accepted = new Map();
  for (const part of String(header).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return null;
}

/** Whether a content type is worth compressing (text, JSON, SVG, CSV, JavaScript); PNG is already compressed. */
export function compressible(contentType) {
  return /^(text\/|application\/(json|javascript|xml|problem\+json)|image\/svg\+xml)/i.test(contentType ?? "");
}

/** The entry's body in an encoding, compressed once and kept on the entry (and counted in the table's bytes). */
export function encodedBody(entry, encoding) {
  if (!encoding || entry.body.byteLength < COMPRESS_MIN_BYTES || !compressible(entry.headers["Content-Type"])) {
    return { body: entry.body, encoding: null };
  }
  if (!entry[encoding]) {
    entry[encoding] =
      encoding === "br"
        ? brotliCompressSync(entry.body, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.byteLength },
          })
        : gzipSync(entry.body, { level: 6 });
    const t = hotTable();
    if ([...t.entries.values()].includes(entry)) t.bytes += entry[encoding].byteLength;
  }
  return { body: entry[encoding], encoding };
}

// ---- Security headers --------------------------------------------------------------------------------------

/**
 * The Content-Security-Policy of every response. Scripts and styles allow 'unsafe-inline' rather than nonces:
 * Next's inline scripts differ per page, and every page is a shared, cached response (here, and at a CDN), so a
 * nonce would be sent to everyone alike and protect nothing. Everything else is locked to this origin.
 * Only frame-ancestors (embeds) and upgrade-insecure-requests (behind TLS) vary; the rest is one constant.
 */
const CSP_FIXED = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
].join("; ");

function buildSecurityHeaders(embed, https) {
  const headers = {
    "Content-Security-Policy": `${CSP_FIXED}; frame-ancestors ${embed ? "*" : "'self'"}${https ? "; upgrade-insecure-requests" : ""}`,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  };
  // For browsers without frame-ancestors; embeds send none, so any site may frame them.
  if (!embed) headers["X-Frame-Options"] = "SAMEORIGIN";
  if (https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return Object.freeze(headers);
}

/** The four header sets (embed or not × behind TLS or not), built once at load: a response picks one. */
const HEADER_SETS = [false, true].flatMap((embed) => [false, true].map((https) => buildSecurityHeaders(embed, https)));

/** The security headers of one response, by its URL and request headers: a shared, frozen object. */
export function securityHeaders({ embed = false, https = false } = {}) {
  return HEADER_SETS[(embed ? 2 : 0) + (https ? 1 : 0)];
}

export function contentSecurityPolicy({ embed = false, https = false } = {}) {
  return securityHeaders({ embed, https })["Content-Security-Policy"];
}

/**
 * The views that have an embed mode: the dashboard (`/`) and the pages under these first segments (entities and
 * lenses); not /status, /methodology, the API or files. next.config.ts builds its header rules from the same list.
 */
export const EMBED_SECTIONS = ["models", "orgs", "countries", "lenses"];
const EMBED_VIEWS = new RegExp(`^/(?:$|(?:${EMBED_SECTIONS.join("|")})/)`);

/** Only embed URLs (`embed=1` in the query) of a view with an embed mode may be framed by other sites. */
export function isEmbedUrl(url) {
  const [path, query] = String(url).split("?");
  if (!EMBED_VIEWS.test(path)) return false;
  const v = new URLSearchParams(query ?? "").get("embed");
  return v === "1" || v === "true";
}

/**
 * Behind a TLS-terminating proxy, which says so in X-Forwarded-Proto. The caller decides whether the header is
 * believed: scripts/server.mjs reads it only under TRUST_PROXY, since any client can send it.
 */
export function isHttps(headers) {
  const proto = headers["x-forwarded-proto"];
  return (
    String(Array.isArray(proto) ? proto[0] : (proto ?? ""))
      .split(",")[0]
      .trim()
      .toLowerCase() === "https"
  );
}

// ---- The page cache's rules --------------------------------------------------------------------------------

/**
 * Pages whose rendered HTML is cached per (normalized URL, data version): the views a shared link points at, and
 * /status, which otherwise costs three queries and a render per request (briefly: see pageTtlMs).
 */
const CACHED_PAGES = /^\/(?:$|status$|models\/|orgs\/|countries\/|lenses\/)/;
/** Query parameters that never change a page: dropped from its cache key. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|s)$/;
/** Request headers that make Next answer with something other than the page's HTML (RSC payloads, actions). */
const NOT_A_DOCUMENT = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];

/** Whether the request asks for a cacheable page's HTML. */
export function isCacheablePageRequest(method, url, headers) {
  if (method !== "GET" && method !== "HEAD") return false;
  const path = url.split("?")[0];
  if (!CACHED_PAGES.test(path)) return false;
  if (NOT_A_DOCUMENT.some((h) => headers[h] !== undefined)) return false;
  return !new URLSearchParams(url.split("?")[1] ?? "").has("_rsc");
}

/**
 * The same URL without its tracking parameters, or null when it has none. The server redirects a page request that
 * carries them to this URL, so no visitor's tracking ids are rendered into a page that is then cached and served to
 * the next visitor (the page cache's key drops them, its HTML would not).
 */
export function withoutTracking(url) {
  const [path, query] = String(url).split("?");
  if (query === undefined) return null;
  // Pair by pair as written, so the rest of the query keeps its own spelling (`~` stays `~`).
  const pairs = query.split("&");
  const keyOf = (pair) => {
    try {
      return decodeURIComponent(pair.split("=")[0].replace(/\+/g, " "));
    } catch {
      return pair;
    }
  };
  const kept = pairs.filter((p) => !TRACKING.test(keyOf(p)));
  if (kept.length === pairs.length) return null;
  const clean = kept.filter(Boolean).join("&");
  return clean ? `${path}?${clean}` : path;
}

/** The page cache key: the path plus its query, sorted, without tracking parameters. */
export function pageKey(url) {
  const u = new URL(url, "http://localhost");
  const params = [...u.searchParams]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return `page:${u.pathname}${query ? `?${query}` : ""}`;
}

/**
 * A stored page is re-rendered after this long even when the data version is unchanged: pages also show things
 * that change without new data (the stale-data banner, "last checked").
 */
export const PAGE_TTL_MS = 60_000;
/** /status shows ingest runs and checks as they happen, which change without new data: it lives 10 s. */
export const STATUS_TTL_MS = 10_000;

/** How long a stored copy of this page lives on one data version. */
export function pageTtlMs(url) {
  return String(url).split("?")[0] === "/status" ? STATUS_TTL_MS : PAGE_TTL_MS;
}

/** A page a CDN may keep briefly and serve stale while it revalidates; browsers revalidate by ETag. */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=86400";
