// The server's guard in front of a plain handler on a real HTTP server: request ids, access log, 405, NUL, and
// the per-IP rate limit on API and OG image paths (in memory; the Redis store is tested in integration).
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, describe, expect, test } from "vitest";
import { clientIp, createGuard, guardConfig, normalizeTarget, routeGroup } from "@/lib/server/guard.mjs";

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
  const server = http.createServer((req, res) => void guard(req, res, () => res.end(`ok ${req.url}`)));
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
    expect(JSON.parse(api.body)).toEqual({
      error: { code: "bad_request", message: "The URL holds a NUL byte (%00)." },
    });
    expect((await raw(base, "GET", "/?board=a%00b")).status).toBe(400);
  });

  test("limits each IP on API and OG image paths with 429 and Retry-After; pages are not limited", async () => {
    const { base } = await serve({ RATE_LIMIT: "3/30", TRUST_PROXY: "1" });
    // One trusted proxy appends the address it saw: the right-most entry. What is left of it, the client wrote.
    const ip = (n: number) => ({ "x-forwarded-for": `10.9.9.9, 203.0.113.${n}` });
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

  test("a path spelt with ., .., %2e or doubled slashes is limited as the path it resolves to, and Next is handed that path", async () => {
    const { base } = await serve({ RATE_LIMIT: "5/60" });
    for (let i = 0; i < 5; i++)
      expect((await raw(base, "GET", "/api/v1/standings?board=lmarena-text")).status).toBe(200);
    expect((await raw(base, "GET", "/api/v1/standings?board=lmarena-text")).status).toBe(429);
    for (const form of [
      "/x/../api/v1/standings?board=lmarena-text",
      "/x/%2e%2e/api/v1/standings?board=lmarena-text",
      "/x/%2E%2e/api/v1/search?q=gpt",
      "/./api/v1/search?q=gpt",
      "/%2e/og/orgs/openai",
      "//api//v1/standings",
      "/%61pi/v1/standings",
      "/api/v1/./standings",
    ]) {
      const res = await raw(base, "GET", form);
      // search has its own budget: its forms answer from it, still with the limit's headers.
      if (form.includes("search")) expect(res.headers["ratelimit-limit"], form).toBe("120");
      else expect(res.status, form).toBe(429);
    }
    const handed = await raw(base, "GET", "/x/%2e%2e/orgs/openai?a=1");
    expect(handed.body).toBe("ok /orgs/openai?a=1");
  });

  test("resolves request targets: dot segments, encoded unreserved characters, absolute form; refuses * and the rest", () => {
    expect(normalizeTarget("/x/../api/v1/standings?q=../x")).toBe("/api/v1/standings?q=../x");
    expect(normalizeTarget("/%2e/og/orgs/openai")).toBe("/og/orgs/openai");
    expect(normalizeTarget("/a/%2E%2E/%2e%2E/b")).toBe("/b");
    expect(normalizeTarget("/models/a%2Fb%25c")).toBe("/models/a%2Fb%25c"); // reserved characters stay encoded
    expect(normalizeTarget("http://evil.example/orgs/openai?x=1")).toBe("/orgs/openai?x=1");
    expect(normalizeTarget("*")).toBeNull();
    expect(normalizeTarget("evil.example:443")).toBeNull();
    expect(normalizeTarget("file:///etc/passwd")).toBeNull();
  });

  test("answers 400 to GET * and OPTIONS *, and serves an absolute-form target as its path, never its authority", async () => {
    const { base } = await serve({ RATE_LIMIT: "off" });
    const { port } = new URL(base);
    const rawLine = (line: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), "127.0.0.1", () =>
          socket.end(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
        );
        let out = "";
        socket.on("data", (d) => (out += d));
        socket.on("end", () => resolve(out));
        socket.on("error", reject);
      });
    for (const method of ["GET", "OPTIONS"]) {
      const out = await rawLine(`${method} * HTTP/1.1`);
      expect(out, method).toMatch(/^HTTP\/1\.1 400 /);
      expect(out).not.toMatch(/at .*\.mjs/); // no stack
    }
    const absolute = await rawLine("GET http://evil.example/orgs/openai HTTP/1.1");
    expect(absolute).toMatch(/^HTTP\/1\.1 200 /);
    expect(absolute).toMatch(/ok \/orgs\/openai$/);
    expect(absolute).not.toContain("evil.example");
  });

  test("behind N trusted proxies the client is the entry N hops from the right, and must be an IP address", () => {
    const req = (xff: string | undefined, peer = "10.0.0.2") => ({
      headers: xff === undefined ? {} : { "x-forwarded-for": xff },
      socket: { remoteAddress: peer },
    });
    expect(clientIp(req("1.2.3.4, 203.0.113.9"), 0)).toBe("10.0.0.2");
    expect(clientIp(req("1.2.3.4, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(req("1.2.3.4, 203.0.113.9, 10.0.0.7"), 2)).toBe("203.0.113.9");
    expect(clientIp(req("203.0.113.9"), 3)).toBe("203.0.113.9"); // fewer entries than hops: the left-most seen
    expect(clientIp(req("not-an-ip"), 1)).toBe("10.0.0.2");
    expect(clientIp(req(`${"a".repeat(8000)}`), 1)).toBe("10.0.0.2");
    expect(clientIp(req("2001:db8::1"), 1)).toBe("2001:db8::1");
    expect(clientIp(req(undefined, "::ffff:198.51.100.4"), 1)).toBe("198.51.100.4");
  });

  test("with TRUST_PROXY a client rotating what it writes into X-Forwarded-For keeps one counter", async () => {
    const { base } = await serve({ RATE_LIMIT: "3/60", TRUST_PROXY: "1" });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      // The client writes a new value each time; its one proxy appends the address it really came from.
      statuses.push(
        (await raw(base, "GET", "/api/v1/standings", { "x-forwarded-for": `198.51.100.${i}, 203.0.113.50` })).status,
      );
      statuses.push(
        (await raw(base, "GET", "/api/v1/standings", { "x-forwarded-for": `${"x".repeat(4000)}${i}` })).status,
      );
    }
    // The first three share the client's counter; the garbage ones fall back to the proxy's own address (the peer).
    expect(statuses.filter((_, i) => i % 2 === 0)).toEqual([200, 200, 200, 429, 429, 429]);
    expect(statuses.filter((_, i) => i % 2 === 1)).toEqual([200, 200, 200, 429, 429, 429]);
  });

  test("search has its own, lower limit, apart from the rest of the API", async () => {
    const { base } = await serve({ RATE_LIMIT: "100/60", SEARCH_RATE_LIMIT: "2/60" });
    expect((await raw(base, "GET", "/api/v1/search?q=a")).status).toBe(200);
    expect((await raw(base, "GET", "/api/v1/search?q=b")).status).toBe(200);
    const limited = await raw(base, "GET", "/api/v1/search?q=c");
    expect(limited.status).toBe(429);
    expect(limited.headers["ratelimit-limit"]).toBe("2");
    expect((await raw(base, "GET", "/api/v1/standings")).headers["ratelimit-limit"]).toBe("100");
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
    expect(guardConfig({ TRUST_PROXY: "2" }).proxyHops).toBe(2);
    expect(guardConfig({ TRUST_PROXY: "true" }).proxyHops).toBe(1);
    expect(guardConfig({}).proxyHops).toBe(0);
    expect(() => guardConfig({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
    expect(guardConfig({}).searchPoints).toBe(120);
    expect(guardConfig({ RATE_LIMIT: "off" }).searchPoints).toBe(0);
    expect(guardConfig({ RATE_LIMIT: "off", SEARCH_RATE_LIMIT: "9/60" }).searchPoints).toBe(9);
    expect(() => guardConfig({ SEARCH_RATE_LIMIT: "fast" })).toThrow(/SEARCH_RATE_LIMIT/);
    expect(routeGroup("/api/v1/search")).toBe("search");
  });
});
