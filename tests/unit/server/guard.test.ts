// The server's guard in front of a plain handler on a real HTTP server: request ids, access log, 405, NUL, and
// the per-IP rate limit on API and OG image paths (in memory; the Redis store is tested in integration).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, describe, expect, test } from "vitest";
import { createGuard, guardConfig, routeGroup } from "@/scripts/lib/guard.mjs";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => (s.closeAllConnections(), s.close(r)))));
});

async function serve(env: Record<string, string>) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  const guard = await createGuard(env, { destination });
  const server = http.createServer((req, res) => guard(req, res, () => res.end(`ok ${req.url}`)));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, lines };
}

/** fetch() refuses TRACE and similar methods, so raw requests go through node:http. */
function raw(base: string, method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("guard", () => {
  test("gives every response a request id, keeps a well-formed one it was sent, and logs it with the path only", async () => {
    const { base, lines } = await serve({ RATE_LIMIT: "off" });
    const a = await raw(base, "GET", "/api/v1/standings?board=lmarena-text&secret=hunter2");
    expect(a.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const b = await raw(base, "GET", "/", { "x-request-id": "lb-1234.abc" });
    expect(b.headers["x-request-id"]).toBe("lb-1234.abc");
    const c = await raw(base, "GET", "/", { "x-request-id": "<script>" });
    expect(c.headers["x-request-id"]).not.toBe("<script>");
    await new Promise((r) => setTimeout(r, 20));
    const logged = lines.filter((l) => l.msg === "request");
    expect(logged.map((l) => l.reqId)).toEqual([a.headers["x-request-id"], "lb-1234.abc", c.headers["x-request-id"]]);
    expect(logged[0]).toMatchObject({ method: "GET", path: "/api/v1/standings", status: 200 });
    expect(JSON.stringify(lines)).not.toContain("hunter2");
  });

  test("answers 405 with Allow to methods other than GET, HEAD, POST and OPTIONS", async () => {
    const { base } = await serve({ RATE_LIMIT: "off" });
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND"]) {
      const res = await raw(base, method, "/api/v1/standings");
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe("GET, HEAD, POST, OPTIONS");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["content-security-policy"]).toMatch(/frame-ancestors/);
      expect(JSON.parse(res.body).error.code).toBe("method_not_allowed");
    }
    expect((await raw(base, "TRACE", "/")).status).toBe(405);
    expect((await raw(base, "OPTIONS", "/api/v1/standings")).status).toBe(200);
  });

  test("answers 400 to a NUL byte anywhere in the URL, in the API's error shape under /api/", async () => {
    const { base } = await serve({ RATE_LIMIT: "off" });
    const api = await raw(base, "GET", "/api/v1/models/lmarena-text/gpt%00x");
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toEqual({ error: { code: "bad_request", message: "The URL holds a NUL byte (%00)." } });
    expect((await raw(base, "GET", "/?board=a%00b")).status).toBe(400);
  });

  test("limits each IP on API and OG image paths with 429 and Retry-After; pages are not limited", async () => {
    const { base } = await serve({ RATE_LIMIT: "3/30", TRUST_PROXY: "1" });
    const ip = (n: number) => ({ "x-forwarded-for": `203.0.113.${n}, 10.0.0.1` });
    for (let i = 0; i < 3; i++) expect((await raw(base, "GET", "/api/v1/boards/x/snapshots", ip(1))).status).toBe(200);
    const limited = await raw(base, "GET", "/api/v1/standings", ip(1));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(30);
    expect(JSON.parse(limited.body).error.code).toBe("rate_limited");
    expect((await raw(base, "GET", "/opengraph-image?board=x", ip(1))).status).toBe(429);
    // Another client is counted on its own; pages and health stay open.
    expect((await raw(base, "GET", "/api/v1/standings", ip(2))).status).toBe(200);
    expect((await raw(base, "GET", "/", ip(1))).status).toBe(200);
    expect((await raw(base, "GET", "/api/health", ip(1))).status).toBe(200);
  });

  test("without TRUST_PROXY a forged X-Forwarded-For does not buy a fresh counter", async () => {
    const { base } = await serve({ RATE_LIMIT: "2/30" });
    for (let i = 0; i < 2; i++) await raw(base, "GET", "/api/x", { "x-forwarded-for": `198.51.100.${i}` });
    expect((await raw(base, "GET", "/api/x", { "x-forwarded-for": "198.51.100.99" })).status).toBe(429);
  });

  test("groups paths and validates its settings", () => {
    expect(routeGroup("/api/v1/standings")).toBe("api");
    expect(routeGroup("/api/health")).toBe("health");
    expect(routeGroup("/opengraph-image")).toBe("og");
    expect(routeGroup("/models/lmarena-text/x/opengraph-image")).toBe("og");
    expect(routeGroup("/api/og/standings")).toBe("og");
    expect(routeGroup("/countries/US")).toBe("page");
    expect(guardConfig({}).points).toBe(600);
    expect(guardConfig({ RATE_LIMIT: "off" }).points).toBe(0);
    expect(() => guardConfig({ RATE_LIMIT: "lots" })).toThrow(/RATE_LIMIT/);
    expect(() => guardConfig({ REDIS_URL: "http://x" })).toThrow(/REDIS_URL/);
  });
});
