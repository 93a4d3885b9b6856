// npm run bench:web: the home view's speed on the production build with real data loaded.
// Reads next build's first-load JS for "/" (raw and gzipped), the first HTML's size, and runs Lighthouse 12.2.3
// (scripts/lib/lighthouse.ts) on the home view BENCH_RUNS times (default 3) with each preset: mobile (Lighthouse's default: a throttled mid-range
// phone) and desktop, against scripts/server.mjs. Reports the median score, TBT and LCP of each preset and the
// machine's load average before and after. Needs `npm run build` and DATABASE_URL pointing at a database with the
// whole mirror loaded. BENCH_PATH picks the view (default: the permalink below). Writes bench-results/web.json and
// the last Lighthouse report of each preset (bench-results/lighthouse-{mobile,desktop}.json) for diagnosis.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { startBenchServer } from "./lib/bench-server";
import { freePort } from "./lib/embedded-db";
import { lighthouseLine, lighthousePresets } from "./lib/lighthouse";

const root = path.resolve(import.meta.dirname, "..");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const viewPath = process.env.BENCH_PATH ?? "/?board=lmarena-text&countries=US~CN~europe~other";
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

async function main() {
  if (!process.env.DATABASE_URL) fail("set DATABASE_URL to a database with the whole mirror loaded (see bench:api).");
  const results = path.join(root, "bench-results");
  await mkdir(results, { recursive: true });
  const js = await firstLoadJs();
  const { base, child } = await startBenchServer(await freePort());
  try {
    // Warm the server's caches once, as a visitor after the first would find them; measure the first HTML.
    const html = Buffer.from(await (await fetch(`${base}${viewPath}`)).arrayBuffer());
    const htmlKb = {
      raw: Number((html.length / 1024).toFixed(1)),
      gzip: Number((gzipSync(html).length / 1024).toFixed(1)),
    };
    const loadBefore = loadAverage();
    const byPreset = lighthousePresets(`${base}${viewPath}`, runs, results);
    const result = {
      path: viewPath,
      firstLoadJsKb: { raw: Number(js.rawKb.toFixed(1)), gzip: Number(js.gzipKb.toFixed(1)) },
      htmlKb,
      lighthouse: byPreset,
      loadAverage: { before: loadBefore, after: loadAverage(), cores: os.cpus().length },
      targets: { mobileAtLeast: 90, desktopAtLeast: 95, firstLoadJsKbAtMost: 250 },
    };
    console.log(`view ${viewPath}`);
    console.log(
      `first-load JS for /: ${result.firstLoadJsKb.raw} KB raw, ${result.firstLoadJsKb.gzip} KB gzipped; first HTML ${htmlKb.raw} KB raw, ${htmlKb.gzip} KB gzipped`,
    );
    console.log(`Lighthouse ${lighthouseLine(byPreset)}`);
    console.log(
      `load average (1/5/15 min) before ${loadBefore.join(" ")}, after ${result.loadAverage.after.join(" ")} on ${os.cpus().length} cores`,
    );
    await writeFile(path.join(results, "web.json"), JSON.stringify(result, null, 2));
  } finally {
    child.kill("SIGTERM");
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench:web failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
