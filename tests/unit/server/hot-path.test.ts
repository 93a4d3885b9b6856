import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { beforeEach, describe, expect, test } from "vitest";
import {
  clearHot,
  contentSecurityPolicy,
  encodedBody,
  isCacheablePageRequest,
  isEmbedUrl,
  isHttps,
  pageKey,
  withoutTracking,
  pageTtlMs,
  pickEncoding,
  publishResponse,
  securityHeaders,
  HOT_MAX_BYTES,
  PAGE_TTL_MS,
  STATUS_TTL_MS,
} from "@/lib/server/hot-path.mjs";
import { hotTable, publishVersion } from "@/lib/core/request-context.mjs";

beforeEach(() => {
  clearHot();
  publishVersion(1, Date.now(), 2000);
});

describe("pickEncoding", () => {
  test("prefers br, then gzip, honours q=0 and *", () => {
    expect(pickEncoding("gzip, deflate, br")).toBe("br");
    expect(pickEncoding("gzip")).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(pickEncoding("*")).toBe("br");
    expect(pickEncoding("identity")).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
    expect(pickEncoding("gzip;q=0")).toBeNull();
  });
});

describe("encodedBody", () => {
  const text = new TextEncoder().encode("<p>hello</p>".repeat(500));
  test("compresses text once per encoding and keeps the copy, counted in the table's bytes", () => {
    const entry = { version: 1, body: text, headers: { "Content-Type": "text/html; charset=utf-8" } };
    publishResponse("k", entry);
    const before = hotTable().bytes;
    const gz = encodedBody(entry, "gzip");
    expect(gz.encoding).toBe("gzip");
    expect(new TextDecoder().decode(gunzipSync(gz.body))).toBe(new TextDecoder().decode(text));
    expect(encodedBody(entry, "gzip").body).toBe(gz.body);
    const br = encodedBody(entry, "br");
    expect(brotliDecompressSync(br.body).byteLength).toBe(text.byteLength);
    expect(hotTable().bytes).toBe(before + gz.body.byteLength + br.body.byteLength);
  });

  test("sends PNGs and tiny bodies as they are", () => {
    expect(
      encodedBody({ version: 1, body: text, headers: { "Content-Type": "image/png" } }, "gzip").encoding,
    ).toBeNull();
    expect(
      encodedBody({ version: 1, body: new Uint8Array(10), headers: { "Content-Type": "text/html" } }, "br").encoding,
    ).toBeNull();
  });
});

describe("the hot table", () => {
  test("is bounded in bytes: the oldest entries go first, and one huge body is not kept", () => {
    const big = new Uint8Array(HOT_MAX_BYTES / 5);
    for (let i = 0; i < 6; i++) publishResponse(`k${i}`, { version: 1, body: big, headers: {} });
    const t = hotTable();
    expect(t.bytes).toBeLessThanOrEqual(HOT_MAX_BYTES);
    expect(t.entries.has("k0")).toBe(false);
    expect(t.entries.has("k5")).toBe(true);
    publishResponse("huge", { version: 1, body: new Uint8Array(HOT_MAX_BYTES / 2), headers: {} });
    expect(t.entries.has("huge")).toBe(false);
  });

  test("a new data version empties it", () => {
    publishResponse("k", { version: 1, body: new Uint8Array(3), headers: {} });
    publishVersion(2, Date.now(), 2000);
    expect(hotTable().entries.size).toBe(0);
    expect(hotTable().bytes).toBe(0);
  });
});

describe("security headers", () => {
  test("frame-ancestors * only on embed URLs; 'self' and X-Frame-Options elsewhere", () => {
    expect(isEmbedUrl("/?embed=1&countries=US~CN")).toBe(true);
    expect(isEmbedUrl("/models/x?embed=true")).toBe(true);
    expect(isEmbedUrl("/?embed=0")).toBe(false);
    expect(isEmbedUrl("/embed=1")).toBe(false);
    // Only views with an embed mode may be framed: not /status, the API, the feed or files.
    expect(isEmbedUrl("/countries/CN?embed=1")).toBe(true);
    expect(isEmbedUrl("/lenses/price?embed=1")).toBe(true);
    for (const path of [
      "/status",
      "/api/v1/standings",
      "/api/health",
      "/feed.xml",
      "/methodology",
      "/og/orgs/openai",
    ]) {
      expect(isEmbedUrl(`${path}?embed=1`), path).toBe(false);
    }
    const normal = securityHeaders({ embed: false });
    expect(normal["Content-Security-Policy"]).toContain("frame-ancestors 'self'");
    expect(normal["X-Frame-Options"]).toBe("SAMEORIGIN");
    const embed = securityHeaders({ embed: true });
    expect(embed["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(embed["X-Frame-Options"]).toBeUndefined();
  });

  test("nosniff, a referrer policy and a locked-down CSP everywhere; HSTS only behind TLS", () => {
    const h = securityHeaders();
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["Strict-Transport-Security"]).toBeUndefined();
    const csp = contentSecurityPolicy();
    for (const d of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "connect-src 'self'",
    ]) {
      expect(csp).toContain(d);
    }
    expect(csp).not.toMatch(/https?:/);
    expect(isHttps({ "x-forwarded-proto": "https" })).toBe(true);
    expect(isHttps({ "x-forwarded-proto": "https, http" })).toBe(true);
    expect(isHttps({ "x-forwarded-proto": "http" })).toBe(false);
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(contentSecurityPolicy({ https: true })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy()).not.toContain("upgrade-insecure-requests");
  });

  test("each of the four header sets is built once and shared, frozen, by every response that uses it", () => {
    const sets = [false, true].flatMap((embed) => [false, true].map((https) => securityHeaders({ embed, https })));
    expect(new Set(sets).size).toBe(4);
    for (const set of sets) expect(Object.isFrozen(set)).toBe(true);
    expect(securityHeaders({ embed: true, https: true })).toBe(securityHeaders({ embed: true, https: true }));
    expect(securityHeaders()).toBe(securityHeaders({ embed: false, https: false }));
    expect(() => {
      (securityHeaders() as Record<string, string>)["X-Frame-Options"] = "DENY";
    }).toThrow(TypeError);
    // The CSP is whole in every set: one directive each, frame-ancestors by embed, the upgrade by TLS.
    const csp = securityHeaders({ embed: true, https: true })["Content-Security-Policy"].split("; ");
    expect(new Set(csp.map((d) => d.split(" ")[0])).size).toBe(csp.length);
    expect(csp).toContain("frame-ancestors *");
    expect(csp.at(-1)).toBe("upgrade-insecure-requests");
  });
});

describe("page cache rules", () => {
  test("a stored /status lives a short while; a shared view a minute", () => {
    expect(pageTtlMs("/status")).toBe(STATUS_TTL_MS);
    expect(pageTtlMs("/status?x=1")).toBe(STATUS_TTL_MS);
    expect(pageTtlMs("/?board=hf-open-llm-v2")).toBe(PAGE_TTL_MS);
    expect(STATUS_TTL_MS).toBeLessThan(PAGE_TTL_MS);
  });

  test("caches the HTML of shareable pages and /status only, never RSC payloads or other pages", () => {
    expect(isCacheablePageRequest("GET", "/?countries=US~CN", {})).toBe(true);
    expect(isCacheablePageRequest("GET", "/models/lmarena-text/gpt-4o", {})).toBe(true);
    expect(isCacheablePageRequest("GET", "/orgs/openai", {})).toBe(true);
    expect(isCacheablePageRequest("GET", "/countries/CN", {})).toBe(true);
    expect(isCacheablePageRequest("GET", "/lenses/price?within=20", {})).toBe(true);
    expect(isCacheablePageRequest("GET", "/lenses/language", { rsc: "1" })).toBe(false);
    expect(isCacheablePageRequest("GET", "/status", {})).toBe(true);
    expect(isCacheablePageRequest("GET", "/status/x", {})).toBe(false);
    expect(isCacheablePageRequest("GET", "/methodology", {})).toBe(false);
    expect(isCacheablePageRequest("POST", "/", {})).toBe(false);
    expect(isCacheablePageRequest("GET", "/", { rsc: "1" })).toBe(false);
    expect(isCacheablePageRequest("GET", "/?_rsc=abc", {})).toBe(false);
    expect(isCacheablePageRequest("GET", "/", { "next-router-prefetch": "1" })).toBe(false);
  });

  test("the key sorts the query and drops tracking parameters", () => {
    expect(pageKey("/?countries=US~CN&board=hf-open-llm-v2&utm_source=x&fbclid=y")).toBe(
      pageKey("/?board=hf-open-llm-v2&countries=US%7ECN"),
    );
    expect(pageKey("/?countries=US~CN")).not.toBe(pageKey("/?countries=US~CN&embed=1"));
    expect(pageKey("/")).toBe("page:/");
    // The server redirects such a request to the clean URL before anything renders it.
    expect(withoutTracking("/orgs/openai?utm_source=x&fbclid=y")).toBe("/orgs/openai");
    expect(withoutTracking("/?countries=US~CN&gclid=z&utm_medium=m&n=5")).toBe("/?countries=US~CN&n=5");
    expect(withoutTracking("/?utm%5Fsource=x")).toBe("/");
    expect(withoutTracking("/?countries=US~CN")).toBeNull();
    expect(withoutTracking("/orgs/openai")).toBeNull();
  });
});
