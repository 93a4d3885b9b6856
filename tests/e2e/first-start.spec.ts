// A new install on a machine that cannot reach the Hub: npm start on an empty database seeds it from the shipped
// bundle, so the charts show real history at once, and the banner names the network error of the first check.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "@/scripts/lib/embedded-db";
import { ADMIN_URL, createDatabase, dropDatabase, serverReachable } from "../integration/db";

const root = path.resolve(import.meta.dirname, "../..");
let app: ChildProcess | undefined;
let base = "";
let dbName = "";
let log = "";

test.describe.configure({ mode: "serial", timeout: 300_000 });

test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) await info.attach("app log", { body: log, contentType: "text/plain" });
});

test.beforeAll(async () => {
  test.skip(!(await serverReachable(ADMIN_URL)), "needs a PostgreSQL server for a database of its own");
  dbName = `atlas_e2e_first_${process.pid}_${Date.now()}`;
  const url = await createDatabase(ADMIN_URL, dbName);
  const port = await freePort();
  const nowhere = `http://127.0.0.1:${await freePort()}`; // nothing listens there: connection refused
  app = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HF_ENDPOINT: nowhere,
      ARENA_CATALOG_ENDPOINT: nowhere,
      GITHUB_API_ENDPOINT: nowhere,
      INGEST_SCHEDULE: "0 */6 * * *",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  app.stdout!.on("data", (d) => (log += d));
  app.stderr!.on("data", (d) => (log += d));
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (app.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not start:\n${log}`);
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((r) => app!.once("exit", r));
  }
  if (dbName) await dropDatabase(ADMIN_URL, dbName);
});

test("an empty database with an unreachable Hub shows charts from the bundle, and the banner names the network error", async ({
  page,
}) => {
  expect(log).toMatch(/seeded the empty database with \d+ snapshots from prisma\/seed/);
  await page.goto(base + "/");
  // Real history: the standings chart's data table holds dates from 2023 (the arena's first publish dates).
  const standings = page.locator("section", { has: page.locator("#standings-title") });
  await expect(standings.locator("[data-testid=empty-state]")).toHaveCount(0);
  await standings.locator("details summary", { hasText: "Show data table" }).first().click();
  await expect(standings.locator("[data-testid=series-table] tr[data-date^='2023-']").first()).toBeAttached();

  // The start-up check of upstream fails (connection refused, after its retries); the banner says so.
  const banner = page.getByTestId("stale-banner");
  await expect(async () => {
    await page.reload();
    await expect(banner).toContainText("failed", { timeout: 1000 });
  }).toPass({ timeout: 150_000 });
  await expect(banner).toContainText(/network error|ECONNREFUSED/);
  await expect(banner.getByRole("link", { name: "See data status" })).toHaveAttribute("href", "/status");
  await page.screenshot({ path: test.info().outputPath("first-start.png"), fullPage: true });

  await page.goto(base + "/status");
  await expect(page.getByTestId("last-error-lmarena-text")).toContainText("ECONNREFUSED");
  await expect(page.getByTestId("newest-lmarena-text")).toHaveText(/^20\d\d-\d\d-\d\d$/);
});
