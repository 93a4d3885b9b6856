// npm run bench:share: what happens when a permalink spreads. Against the production build (scripts/server.mjs)
// with DATABASE_URL pointing at a database with the whole mirror loaded:
// 1. autocannon, BENCH_CONNECTIONS (100) connections for BENCH_DURATION (30) s, on a permalink of the home view,
//    then on a static file of the same server, in the same run (both with a browser's Accept-Encoding);
//    the server's RSS after the run (and its peak);
// 2. Lighthouse 12.2.3 on the home view, mobile (the default preset) and desktop, median of BENCH_RUNS (3)
//    (scripts/lib/lighthouse.ts; BENCH_LIGHTHOUSE=off skips it, as `npm run bench` does after bench:web's);
// 3. the Open Graph image of a view: p50 of the first request for BENCH_OG_VIEWS distinct views (cold: rendered)
//    and of repeat requests for one view (warm), when the server has the /og route.
// Targets (issue #10): page p50 ≤ 3× static, 0 errors, RSS ≤ 400 MB; Lighthouse mobile ≥ 90, desktop ≥ 95;
// OG p50 ≤ 300 ms cold, ≤ 10 ms warm. Writes bench-results/share.json. Needs `npx next build` first.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import { startBenchServer } from "./lib/bench-server";
import { freePort } from "./lib/embedded-db";
import { lighthouseEnabled, lighthouseLine, lighthousePresets, median } from "./lib/lighthouse";

const root = path.resolve(import.meta.dirname, "..");
const duration = Number(process.env.BENCH_DURATION ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const ogViews = Number(process.env.BENCH_OG_VIEWS ?? 8);
const PERMALINK = "/?board=lmarena-text&countries=US~CN~europe~other";
const STATIC_PATH = "/bench-static.json";
const BROWSER = { "accept-encoding": "gzip, deflate, br", accept: "text/html,application/xhtml+xml,*/*" };

function fail(message: string): never {
  console.error(`bench:share: ${message}`);
  process.exit(2);
}

function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb("VmRSS") / 1024), peak: Math.round(kb("VmHWM") / 1024) };
}

const summary = (r: Result) => ({
  p50: r.latency.p50,
  p99: r.latency.p99,
  reqPerSec: Math.round(r.requests.average),
  errors: r.errors + r.timeouts + r.non2xx,
});

async function timed(url: string): Promise<{ ms: number; status: number; type: string | null }> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status, type: res.headers.get("content-type") };
}

async function main() {
  if (!process.env.DATABASE_URL) fail("set DATABASE_URL to a database with the whole mirror loaded.");
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) fail("no production build: run `npx next build` first.");
  // The rate limit stays as a deployment has it (the OG images are behind it), unless RATE_LIMIT says otherwise.
  const { base, child: server } = await startBenchServer(await freePort(), {
    RATE_LIMIT: process.env.RATE_LIMIT ?? "600/60",
  });
  try {
    const page = await fetch(base + PERMALINK, { headers: BROWSER });
    const pageBytes = (await page.arrayBuffer()).byteLength;
    console.error(
      `permalink: ${page.status}, ${pageBytes} B decoded, sent as ${page.headers.get("content-encoding") ?? "identity"}`,
    );

    // 1. Spreading link. A short warm-up of each, then the measured runs back to back.
    await autocannon({ url: base + PERMALINK, connections: 10, duration: 2, headers: BROWSER });
    await autocannon({ url: base + STATIC_PATH, connections: 10, duration: 2, headers: BROWSER });
    console.error(`measuring ${connections} connections × ${duration} s on the permalink, then the static file…`);
    const pageRun = summary(await autocannon({ url: base + PERMALINK, connections, duration, headers: BROWSER }));
    const staticRun = summary(await autocannon({ url: base + STATIC_PATH, connections, duration, headers: BROWSER }));
    const memory = rssMb(server.pid!);
    const ratio = pageRun.p50 / Math.max(staticRun.p50, 1);
    console.log(
      `page    p50 ${pageRun.p50} ms  p99 ${pageRun.p99} ms  ${pageRun.reqPerSec} req/s  errors ${pageRun.errors}`,
    );
    console.log(
      `static  p50 ${staticRun.p50} ms  p99 ${staticRun.p99} ms  ${staticRun.reqPerSec} req/s  errors ${staticRun.errors}`,
    );
    console.log(`ratio   p50 ${ratio.toFixed(2)}× static; server RSS after ${memory.rss} MB (peak ${memory.peak} MB)`);

    // 2. Lighthouse on the home view, as a visitor after the first finds it (null when skipped).
    let lighthouseResult: ReturnType<typeof lighthousePresets> | null = null;
    if (lighthouseEnabled()) {
      await fetch(`${base}/`);
      lighthouseResult = lighthousePresets(`${base}/`, runs);
      console.log(`lighthouse ${lighthouseLine(lighthouseResult)}`);
    } else {
      console.log("lighthouse skipped (BENCH_LIGHTHOUSE=off)");
    }

    // 3. Open Graph images: distinct views are rendered (cold); a repeat of one is served from the cache (warm).
    const sets = [
      "US~CN",
      "US~CN~europe",
      "US~europe",
      "CN~europe",
      "US~CN~other",
      "US~CN~europe~other",
      "CN~other",
      "US~other",
      "europe~other",
      "US~CN~unknown",
    ];
    let og: { coldP50Ms: number; warmP50Ms: number; views: number } | { missing: string } = { missing: "no /og route" };
    const probe = await timed(`${base}/og?board=hf-open-llm-v2`);
    if (probe.status === 200 && probe.type?.startsWith("image/png")) {
      const cold: number[] = [];
      for (const c of sets.slice(0, ogViews))
        cold.push((await timed(`${base}/og?board=lmarena-text&countries=${c}`)).ms);
      const warm: number[] = [];
      for (let i = 0; i < 30; i++) warm.push((await timed(`${base}/og?board=lmarena-text&countries=US~CN`)).ms);
      og = {
        coldP50Ms: Number(median(cold).toFixed(1)),
        warmP50Ms: Number(median(warm).toFixed(1)),
        views: cold.length,
      };
      console.log(`og      cold p50 ${og.coldP50Ms} ms over ${cold.length} views; warm p50 ${og.warmP50Ms} ms`);
    } else {
      console.log(`og      not measured: /og answered ${probe.status} ${probe.type}`);
    }

    const result = {
      permalink: PERMALINK,
      spreadingLink: {
        connections,
        duration,
        page: pageRun,
        static: staticRun,
        p50Ratio: Number(ratio.toFixed(2)),
        rssAfterMb: memory.rss,
        rssPeakMb: memory.peak,
        pageBytes,
      },
      lighthouse: lighthouseResult,
      og,
      targets: {
        p50RatioAtMost: 3,
        errors: 0,
        rssMbAtMost: 400,
        mobileAtLeast: 90,
        desktopAtLeast: 95,
        ogColdMsAtMost: 300,
        ogWarmMsAtMost: 10,
      },
    };
    await mkdir(path.join(root, "bench-results"), { recursive: true });
    await writeFile(path.join(root, "bench-results/share.json"), JSON.stringify(result, null, 2));
  } finally {
    server.kill("SIGTERM");
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench:share failed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
