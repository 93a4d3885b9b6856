// The custom server's fast path end to end over real HTTP, with a stand-in for Next's handler.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, expect, test } from "vitest";
import { clearHot, isCacheablePageRequest, isEmbedUrl, securityHeaders } from "@/lib/server/hot-path.mjs";
import { hotTable, publishVersion, requestStorage, setVersionSource } from "@/lib/core/request-context.mjs";
// @ts-expect-error plain JavaScript module without types
import { renderOnce, serveHot } from "@/lib/server/fast-path.mjs";

let renders = 0;
let version = 5;
const html = `<!DOCTYPE html><html><body>${"<p>row</p>".repeat(400)}</body></html>`;

/** Like Next: reads the data version inside the request, sets headers, streams the body in chunks. */
async function fakeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const store = requestStorage().getStore()!;
  // /status reads no versioned data, so its render pins no version.
  if (!req.url?.startsWith("/status")) store.version = version;
  await new Promise((r) => setTimeout(r, 30));
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "private, no-cache, no-store");
  res.setHeader("Vary", "rsc, Accept-Encoding");
  expect(req.headers["accept-encoding"]).toBeUndefined();
  res.write(html.slice(0, 100));
  res.end(html.slice(100));
}

let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    for (const [k, v] of Object.entries(securityHeaders({ embed: isEmbedUrl(req.url ?? "") }))) res.setHeader(k, v);
    void serveHot(req, res).then((served: boolean) => {
      if (served) return;
      const store = {};
      return requestStorage().run(store, () =>
        req.method === "GET" && isCacheablePageRequest(req.method, req.url ?? "", req.headers)
          ? renderOnce(req, res, fakeNext, () => store)
          : fakeNext(req, res),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  clearHot();
  renders = 0;
  version = 5;
  publishVersion(5, Date.now(), 60_000);
  delete hotTable().refresh;
});

const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(base + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });

test("a page is rendered once per (normalized URL, data version), then served hot, compressed, with ETag and 304", async () => {
  const first = await get("/?countries=US~CN&utm_source=x", { "accept-encoding": "gzip" });
  expect(first.status).toBe(200);
  expect(first.headers["x-cache"]).toBe("miss");
  expect(first.headers["content-encoding"]).toBe("gzip");
  expect(gunzipSync(first.body).toString()).toBe(html);
  expect(first.headers["cache-control"]).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
  expect(first.headers.etag).toMatch(/^W\/"v5-/);
  expect(first.headers.vary).toMatch(/Accept-Encoding/);

  const again = await get("/?countries=US~CN");
  expect(again.headers["x-cache"]).toBe("hot");
  expect(again.headers["content-encoding"]).toBeUndefined();
  expect(again.body.toString()).toBe(html);
  expect(again.headers.etag).toBe(first.headers.etag);
  expect(renders).toBe(1);

  const notModified = await get("/?countries=US~CN", { "if-none-match": first.headers.etag! });
  expect(notModified.status).toBe(304);
  expect(notModified.body.byteLength).toBe(0);

  // A new data version: rendered again, with a new ETag.
  version = 6;
  publishVersion(6, Date.now(), 60_000);
  const fresh = await get("/?countries=US~CN", { "if-none-match": first.headers.etag! });
  expect(fresh.status).toBe(200);
  expect(fresh.headers.etag).toMatch(/^W\/"v6-/);
  expect(renders).toBe(2);
});

test("security headers are set per request, not stored with the page: embeds may be framed, others not", async () => {
  await get("/?embed=1");
  const hot = await get("/?embed=1");
  expect(hot.headers["x-cache"]).toBe("hot");
  expect(hot.headers["content-security-policy"]).toContain("frame-ancestors *");
  expect(hot.headers["x-frame-options"]).toBeUndefined();
  const page = await get("/");
  expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(page.headers["x-frame-options"]).toBe("SAMEORIGIN");
  expect(page.headers["x-content-type-options"]).toBe("nosniff");
});

test("pages not in the cache's list, and stale versions, go to Next every time", async () => {
  await get("/methodology");
  await get("/methodology");
  expect(renders).toBe(2);
  await get("/");
  publishVersion(5, Date.now() - 120_000, 60_000);
  const stale = await get("/");
  expect(stale.headers["x-cache"]).toBe("miss");
  expect(renders).toBe(4);
});

test("/status, which reads no data version, is stored under the confirmed one and served hot until new data", async () => {
  expect((await get("/status", { "accept-encoding": "gzip" })).headers["x-cache"]).toBe("miss");
  const again = await get("/status", { "accept-encoding": "gzip" });
  expect(again.headers["x-cache"]).toBe("hot");
  expect(again.headers.etag).toMatch(/^W\/"v5-/);
  expect(renders).toBe(1);
  publishVersion(6, Date.now(), 60_000);
  expect((await get("/status")).headers["x-cache"]).toBe("miss");
  expect(renders).toBe(2);
});

test("concurrent misses for one page share one render", async () => {
  const all = await Promise.all(Array.from({ length: 8 }, () => get("/?countries=US~europe")));
  expect(all.every((r) => r.status === 200 && r.body.toString() === html)).toBe(true);
  expect(renders).toBe(1);
});

test("a stale version is confirmed with one read of the version source, not by rendering again", async () => {
  await get("/");
  let reads = 0;
  setVersionSource(async () => {
    reads++;
    publishVersion(5, Date.now(), 60_000);
    return 5;
  });
  publishVersion(5, Date.now() - 120_000, 60_000);
  const again = await get("/");
  expect(again.headers["x-cache"]).toBe("hot");
  expect(reads).toBe(1);
  expect(renders).toBe(1);
});

test("a stored page is rendered again after PAGE_TTL_MS, even on the same data version", async () => {
  await get("/?countries=CN~FR");
  const key = [...hotTable().entries.keys()].find((k) => k.includes("CN"))!;
  hotTable().entries.get(key)!.expires = Date.now() - 1;
  const again = await get("/?countries=CN~FR");
  expect(again.headers["x-cache"]).toBe("miss");
  expect(renders).toBe(2);
});
