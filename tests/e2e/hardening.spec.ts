// The second hardening round, each against a production server: cached pages never carry an origin a request
// wrote (Host, X-Forwarded-Host); the rate limit holds for every spelling of a path; tracking parameters never reach
// a cached page; framing only where an embed mode exists; `*` and absolute-form targets; metrics and SITE_URL on a
// server that listens beyond loopback. Raw requests go through node:net so nothing rewrites them on the way.
import net from "node:net";
import { expect, test } from "@playwright/test";
import { createMiniMirror, type MiniMirror } from "../fixtures/mini-mirror";
import { createTestDatabase, startInstance, type AppInstance, type TestDatabase } from "./app-instance";

test.describe.configure({ mode: "serial" });

let mirror: MiniMirror;
let db: TestDatabase;
let app: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mirror = await createMiniMirror();
  db = await createTestDatabase("hardening", { hub: mirror.fileEndpoint, catalog: mirror.catalogEndpoint });
  app = await startInstance({
    DATABASE_URL: db.url,
    HF_ENDPOINT: mirror.fileEndpoint,
    RATE_LIMIT: "5/60",
    SEARCH_RATE_LIMIT: "5/60",
  });
});
test.afterAll(async () => {
  await app?.stop();
  await db?.drop();
  await mirror?.cleanup();
});

/** One raw HTTP/1.1 exchange: the request line and headers exactly as given. */
function rawRequest(
  port: number,
  requestLine: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const lines = [
      requestLine,
      ...Object.entries({ Host: `127.0.0.1:${port}`, Connection: "close", ...headers }).map(([k, v]) => `${k}: ${v}`),
    ];
    const socket = net.connect(port, "127.0.0.1", () => socket.write(`${lines.join("\r\n")}\r\n\r\n`));
    let out = "";
    socket.setEncoding("latin1");
    socket.on("data", (d) => (out += d));
    socket.on("end", () => {
      const [head, ...rest] = out.split("\r\n\r\n");
      const raw = rest.join("\r\n\r\n");
      resolve({
        status: Number(head.split(" ")[1]),
        head,
        body: /transfer-encoding: chunked/i.test(head) ? unchunk(raw) : raw,
      });
    });
    socket.on("error", reject);
  });
}

/** A chunked body, joined. */
function unchunk(raw: string): string {
  let body = "";
  for (let at = 0; ;) {
    const eol = raw.indexOf("\r\n", at);
    const size = parseInt(raw.slice(at, eol), 16);
    if (!size) return body;
    body += raw.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}

const metaOrigins = (html: string) =>
  [
    ...html.matchAll(
      /<(?:meta|link)[^>]+(?:property="og:url"|property="og:image"|name="twitter:image"|rel="canonical")[^>]*>/g,
    ),
  ].map((m) => m[0]);

test("a hostile Host or X-Forwarded-Host never reaches a cached page: every later visitor gets the configured origin", async () => {
  for (const [name, value] of [
    ["Host", "attacker.test"],
    ["X-Forwarded-Host", "attacker.test"],
  ] as const) {
    const poisoned = await rawRequest(app.port, "GET /orgs/openai HTTP/1.1", { [name]: value });
    expect(poisoned.status, name).toBe(200);
    expect(poisoned.body, name).not.toContain("attacker.test");
    const later = await rawRequest(app.port, "GET /orgs/openai HTTP/1.1");
    expect(later.head).toMatch(/X-Cache: hot/i);
    const tags = metaOrigins(later.body);
    expect(tags.length, name).toBeGreaterThanOrEqual(4);
    for (const tag of tags) expect(tag).toContain(`http://localhost:${app.port}/`);
    expect(later.body).not.toContain("attacker.test");
  }
});

test("the feed's links use the configured origin too", async () => {
  const feed = await rawRequest(app.port, "GET /feed.xml HTTP/1.1", { Host: "attacker.test" });
  expect(feed.status).toBe(200);
  expect(feed.body).not.toContain("attacker.test");
  expect(feed.body).toContain(`<id>http://localhost:${app.port}/feed.xml</id>`);
});

test("every spelling of a limited path is limited as the path it resolves to", async () => {
  const plain = "/api/v1/standings?board=lmarena-text&metric=best-score";
  for (let i = 0; i < 5; i++) expect((await rawRequest(app.port, `GET ${plain} HTTP/1.1`)).status).toBe(200);
  expect((await rawRequest(app.port, `GET ${plain} HTTP/1.1`)).status).toBe(429);
  for (const form of [
    "/x/../api/v1/standings?board=lmarena-text&metric=best-score",
    "/x/%2e%2e/api/v1/standings?board=lmarena-text&metric=best-score",
    "/%2e/og/orgs/openai",
    "//api/v1/standings?board=lmarena-text",
    "/%61pi/v1/standings?board=lmarena-text",
  ]) {
    const res = await rawRequest(app.port, `GET ${form} HTTP/1.1`);
    expect(res.status, form).toBe(429);
    expect(res.head, form).toMatch(/RateLimit-Remaining: 0/i);
  }
  // Search has its own budget: the same holds for it.
  for (let i = 0; i < 5; i++) await rawRequest(app.port, "GET /api/v1/search?q=gpt HTTP/1.1");
  for (const form of ["/./api/v1/search?q=gpt", "/x/%2E%2E/api/v1/search?q=gpt", "/api/v1/search/?q=gpt"]) {
    expect((await rawRequest(app.port, `GET ${form} HTTP/1.1`)).status, form).toBe(429);
  }
});

test("a page asked for with tracking parameters is redirected to its clean URL, which is what gets cached", async () => {
  const res = await rawRequest(app.port, "GET /countries/CN?utm_source=news&fbclid=abc&n=5 HTTP/1.1");
  expect(res.status).toBe(308);
  expect(res.head).toMatch(/\r\nLocation: \/countries\/CN\?n=5\r\n/i);
  const clean = await rawRequest(app.port, "GET /countries/CN?n=5 HTTP/1.1");
  expect(clean.status).toBe(200);
  expect(clean.body).not.toMatch(/utm_source|fbclid/);
});

test("only views with an embed mode may be framed", async () => {
  const frame = (head: string) => /frame-ancestors ([^;\r\n]+)/i.exec(head)?.[1];
  expect(frame((await rawRequest(app.port, "GET /countries/CN?embed=1 HTTP/1.1")).head)).toBe("*");
  for (const path of ["/status?embed=1", "/methodology?embed=1", "/api/health?embed=1", "/feed.xml?embed=1"]) {
    const res = await rawRequest(app.port, `GET ${path} HTTP/1.1`);
    expect(frame(res.head), path).toBe("'self'");
    expect(res.head, path).toMatch(/X-Frame-Options: SAMEORIGIN/i);
  }
});

test("GET * and OPTIONS * answer 400; an absolute-form target is served as its path, its authority ignored", async () => {
  for (const method of ["GET", "OPTIONS"]) {
    const res = await rawRequest(app.port, `${method} * HTTP/1.1`);
    expect(res.status, method).toBe(400);
  }
  const absolute = await rawRequest(app.port, "GET http://evil.example/orgs/openai HTTP/1.1");
  expect(absolute.status).toBe(200);
  expect(absolute.head).not.toContain("evil.example");
  expect(absolute.body).not.toContain("evil.example");
  expect(app.output()).not.toMatch(/TypeError|at .*node_modules\/next/);
});

test("X-Forwarded-Proto is believed only behind a trusted proxy", async () => {
  const res = await rawRequest(app.port, "GET /api/health HTTP/1.1", { "X-Forwarded-Proto": "https" });
  expect(res.head).not.toMatch(/Strict-Transport-Security/i);
});

test("beyond loopback: no start without SITE_URL; with it, metrics answer 403 until METRICS_TOKEN is set", async () => {
  await expect(startInstance({ DATABASE_URL: db.url, HOST: "0.0.0.0" })).rejects.toThrow(
    /SITE_URL is required: the server listens beyond loopback \(HOST=0\.0\.0\.0\)/,
  );
  const exposed = await startInstance({
    DATABASE_URL: db.url,
    HOST: "0.0.0.0",
    SITE_URL: "https://atlas.example.org",
    TRUST_PROXY: "1",
  });
  try {
    expect(exposed.output()).toMatch(/warning: METRICS_TOKEN is not set/);
    const metrics = await rawRequest(exposed.port, "GET /api/metrics HTTP/1.1");
    expect(metrics.status).toBe(403);
    expect(JSON.parse(metrics.body).error.code).toBe("metrics_closed");
    const page = await rawRequest(exposed.port, "GET /orgs/openai HTTP/1.1", {
      Host: "attacker.test",
      "X-Forwarded-Host": "attacker.test",
    });
    expect(page.body).toContain('property="og:url" content="https://atlas.example.org/orgs/openai"');
    // Behind its one trusted proxy, X-Forwarded-Proto counts.
    expect((await rawRequest(exposed.port, "GET /api/health HTTP/1.1", { "X-Forwarded-Proto": "https" })).head).toMatch(
      /Strict-Transport-Security/i,
    );
  } finally {
    await exposed.stop();
  }
});
