// npm run bench:web: the home view's speed on the production build with real data loaded.
// Reads next build's first-load JS for "/" (raw and gzipped), the first HTML's size, and runs Lighthouse 12.2.3 on
// the home view BENCH_RUNS times (default 3) with each preset: mobile (Lighthouse's default: a throttled mid-range
// phone) and desktop, against scripts/server.mjs. Reports the median score, TBT and LCP of each preset and the
// machine's load average before and after. Needs `npm run build` and DATABASE_URL pointing at a database with the
// whole mirror loaded. BENCH_PATH picks the view (default: the permalink below). Writes bench-results/web.json and
// the last Lighthouse report of each preset (bench-results/lighthouse-{mobile,desktop}.json) for diagnosis.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort } from "./lib/embedded-db";
import { serverProcessEnv } from "./lib/server-process";

const root = path.resolve(import.meta.dirname, "..");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const chrome = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const viewPath = process.env.BENCH_PATH ?? "/?board=lmarena-text&countries=US~CN~europe~other";
const PRESETS = ["mobile", "desktop"] as const;
type Preset = (typeof PRESETS)[number];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const loadAverage = () => os.loadavg().map((x) => Number(x.toFixed(2)));

function fail(message: string): never {
  console.error(`bench:web: ${message}`);
  process.exit(2);
}

async function firstLoadJs(): Promise<{ rawKb: number; gzipKb: number }> {
  const statsPath = path.join(root, ".next/diagnostics/route-bundle-stats.json");
  if (!existsSync(statsPath)) fail("no .next/diagnostics/route-bundle-stats.json: run `npm run build` first.");
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

interface Run {
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The LCP element as Lighthouse names it (its selector), to see what the largest paint is. */
  lcpElement: string | null;
  domElements: number | null;
}

function lighthouse(url: string, preset: Preset, i: number): Run {
  const out = path.join(os.tmpdir(), `atlas-lh-${process.pid}-${preset}-${i}.json`);
  const lh = spawnSync(
    process.execPath,
    [
      "node_modules/lighthouse/cli/index.js", url, ...(preset === "desktop" ? ["--preset=desktop"] : []),
      "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { cwd: root, env: { ...process.env, CHROME_PATH: chrome }, encoding: "utf8" },
  );
  if (lh.status !== 0) fail(`lighthouse failed:\n${lh.stderr}`);
  copyFileSync(out, path.join(root, `bench-results/lighthouse-${preset}.json`));
  const report = JSON.parse(readFileSync(out, "utf8"));
  const a = report.audits;
  const lcpItems = a["largest-contentful-paint-element"]?.details?.items?.[0]?.items;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    fcpMs: Math.round(a["first-contentful-paint"].numericValue),
    lcpMs: Math.round(a["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(a["total-blocking-time"].numericValue),
    cls: Number(a["cumulative-layout-shift"].numericValue.toFixed(3)),
    lcpElement: lcpItems?.[0]?.node?.selector ?? null,
    domElements: a["dom-size"]?.numericValue ?? null,
  };
}

async function main() {
  if (!process.env.DATABASE_URL) fail("set DATABASE_URL to a database with the whole mirror loaded (see bench:api).");
  if (!existsSync(chrome)) fail(`no Chromium at ${chrome}; set CHROMIUM_PATH.`);
  await mkdir(path.join(root, "bench-results"), { recursive: true });
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
    // Warm the server's caches once, as a visitor after the first would find them; measure the first HTML.
    const html = Buffer.from(await (await fetch(`${base}${viewPath}`)).arrayBuffer());
    const htmlKb = { raw: Number((html.length / 1024).toFixed(1)), gzip: Number((gzipSync(html).length / 1024).toFixed(1)) };
    const loadBefore = loadAverage();
    const byPreset = {} as Record<Preset, { medianPerformance: number; medianTbtMs: number; medianLcpMs: number; medianFcpMs: number; runs: Run[] }>;
    for (const preset of PRESETS) {
      const rs: Run[] = [];
      for (let i = 0; i < runs; i++) {
        rs.push(lighthouse(`${base}${viewPath}`, preset, i));
        console.log(`  ${preset} run ${i + 1}: ${JSON.stringify(rs.at(-1))} (load ${loadAverage().join(" ")})`);
      }
      byPreset[preset] = {
        medianPerformance: median(rs.map((r) => r.performance)),
        medianTbtMs: median(rs.map((r) => r.tbtMs)),
        medianLcpMs: median(rs.map((r) => r.lcpMs)),
        medianFcpMs: median(rs.map((r) => r.fcpMs)),
        runs: rs,
      };
    }
    const result = {
      path: viewPath,
      firstLoadJsKb: { raw: Number(js.rawKb.toFixed(1)), gzip: Number(js.gzipKb.toFixed(1)) },
      htmlKb,
      lighthouse: byPreset,
      loadAverage: { before: loadBefore, after: loadAverage(), cores: os.cpus().length },
      targets: { mobileAtLeast: 90, desktopAtLeast: 95, firstLoadJsKbAtMost: 250 },
    };
    console.log(`view ${viewPath}`);
    console.log(`first-load JS for /: ${result.firstLoadJsKb.raw} KB raw, ${result.firstLoadJsKb.gzip} KB gzipped; first HTML ${htmlKb.raw} KB raw, ${htmlKb.gzip} KB gzipped`);
    for (const p of PRESETS) {
      const r = byPreset[p];
      console.log(`Lighthouse ${p}, median of ${runs}: performance ${r.medianPerformance}, TBT ${r.medianTbtMs} ms, LCP ${r.medianLcpMs} ms, FCP ${r.medianFcpMs} ms`);
    }
    console.log(`load average (1/5/15 min) before ${loadBefore.join(" ")}, after ${result.loadAverage.after.join(" ")} on ${os.cpus().length} cores`);
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
