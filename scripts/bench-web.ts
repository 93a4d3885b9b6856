// npm run bench:web: the home view's speed on the production build with real data loaded.
// Reads next build's first-load JS for "/" (raw and gzipped) and runs Lighthouse 12.2.3 (desktop preset) on
// the home view BENCH_RUNS times (default 3) against scripts/server.mjs. Needs `npx next build` and
// DATABASE_URL pointing at a database with the mirror loaded. Writes bench-results/web.json.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort } from "./lib/embedded-db";
import { serverProcessEnv } from "./lib/server-process";

const root = path.resolve(import.meta.dirname, "..");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const chrome = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function fail(message: string): never {
  console.error(`bench:web: ${message}`);
  process.exit(2);
}

async function firstLoadJs(): Promise<{ rawKb: number; gzipKb: number }> {
  const statsPath = path.join(root, ".next/diagnostics/route-bundle-stats.json");
  if (!existsSync(statsPath)) fail("no .next/diagnostics/route-bundle-stats.json: run `npx next build` first.");
  const stats = JSON.parse(await readFile(statsPath, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const home = stats.find((s) => s.route === "/");
  if (!home) fail("next build reported no bundle for the route /");
  let raw = 0;
  let gzip = 0;
  for (const chunk of home.firstLoadChunkPaths) {
    const bytes = readFileSync(path.join(root, chunk));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

async function main() {
  if (!process.env.DATABASE_URL) fail("set DATABASE_URL to a database with the mirror loaded (see bench:api).");
  if (!existsSync(chrome)) fail(`no Chromium at ${chrome}; set CHROMIUM_PATH.`);
  const js = await firstLoadJs();
  const port = await freePort();
  const server = spawn(process.execPath, ["scripts/server.mjs"], {
    cwd: root,
    env: serverProcessEnv(process.env, { PORT: String(port), INGEST_SCHEDULE: "off", RATE_LIMIT: "off" }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (i > 120) fail("the server did not start within 60 s");
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await fetch(`${base}/`); // warm the server's caches once, as a visitor after the first would find them
    const scores: { performance: number; lcpMs: number; tbtMs: number; cls: number; fcpMs: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const out = path.join(os.tmpdir(), `atlas-lh-${process.pid}-${i}.json`);
      const lh = spawnSync(
        process.execPath,
        [
          "node_modules/lighthouse/cli/index.js", `${base}/`, "--preset=desktop", "--only-categories=performance",
          "--output=json", `--output-path=${out}`, "--quiet",
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
        ],
        { cwd: root, env: { ...process.env, CHROME_PATH: chrome }, encoding: "utf8" },
      );
      if (lh.status !== 0) fail(`lighthouse failed:\n${lh.stderr}`);
      const report = JSON.parse(await readFile(out, "utf8"));
      const a = report.audits;
      scores.push({
        performance: Math.round(report.categories.performance.score * 100),
        fcpMs: Math.round(a["first-contentful-paint"].numericValue),
        lcpMs: Math.round(a["largest-contentful-paint"].numericValue),
        tbtMs: Math.round(a["total-blocking-time"].numericValue),
        cls: Number(a["cumulative-layout-shift"].numericValue.toFixed(3)),
      });
      console.log(`  run ${i + 1}: ${JSON.stringify(scores.at(-1))}`);
    }
    const result = {
      firstLoadJsKb: { raw: Number(js.rawKb.toFixed(1)), gzip: Number(js.gzipKb.toFixed(1)) },
      lighthouse: { medianPerformance: median(scores.map((s) => s.performance)), runs: scores },
      targets: { performanceAtLeast: 90, firstLoadJsKbAtMost: 250 },
    };
    console.log(
      `first-load JS for /: ${result.firstLoadJsKb.raw} KB raw, ${result.firstLoadJsKb.gzip} KB gzipped; ` +
        `Lighthouse desktop performance, median of ${runs}: ${result.lighthouse.medianPerformance}`,
    );
    await mkdir(path.join(root, "bench-results"), { recursive: true });
    await writeFile(path.join(root, "bench-results/web.json"), JSON.stringify(result, null, 2));
  } finally {
    server.kill("SIGTERM");
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench:web failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
