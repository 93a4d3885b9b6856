// npm run bench:standings-scale: the standings layer at 1×, 10× and 100× today's data (issue #13 item 2). For each
// scale it starts the production server (scripts/server.mjs; needs `npx next build`) on a synthetic database made by
// scripts/lib/scale-sql.ts and measures, with sequential requests:
//   - the first standings answer of the process (everything cold),
//   - cold standings p50: each request a parameter set never asked before (board, metric, n, countries, filters, range),
//   - cold gap p50 and the snapshot list, likewise never asked before,
//   - page server-rendering p50: the home view with a cache-busting parameter (page cache missed, data warm), and with a
//     never-seen view (page and data cold),
//   - the server's peak RSS (VmHWM) at the end.
// Each figure is printed with the load average at the time, since the machine is shared.
// Flags: --scales 1,10,100  --build (re-create the databases first)  --rounds 15  --label before|after  --port 3450.
// Env: BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres), BENCH_DB_PREFIX (default scaleframe_x).
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startBenchServer, type BenchServer } from "./lib/bench-server";
import { buildScaleDatabase } from "./lib/scale-sql";

const root = path.resolve(import.meta.dirname, "..");
const TARGETS = { coldStandingsP50: 50, pageP50: 100, peakRssMb: 500 };

const { values: args } = parseArgs({
  options: {
    scales: { type: "string", default: "1,10,100" },
    build: { type: "boolean", default: false },
    rounds: { type: "string", default: "15" },
    label: { type: "string", default: "run" },
    port: { type: "string", default: "3450" },
    timeout: { type: "string", default: "600" },
  },
});
const adminUrl = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const prefix = process.env.BENCH_DB_PREFIX ?? "scaleframe_x";
const rounds = Number(args.rounds);
const timeoutMs = Number(args.timeout) * 1000;

function fail(message: string): never {
  console.error(`bench:standings-scale: ${message}`);
  process.exit(2);
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

function urlOf(db: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  return u.toString();
}

async function startServer(databaseUrl: string, port: number): Promise<BenchServer> {
  return startBenchServer(port, { DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" }, 120).catch((err: Error) =>
    fail(err.message),
  );
}

/** Peak resident set of a process so far (VmHWM), in MB; null once it has exited. */
function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

interface Sample {
  ms: number;
  status: number;
  bytes: number;
}

/** One GET, timed to the last byte; a request that takes longer than the timeout counts as failed. */
async function timed(url: string): Promise<Sample> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, {
      headers: { "accept-encoding": "identity" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await res.arrayBuffer();
    return { ms: performance.now() - t0, status: res.status, bytes: body.byteLength };
  } catch {
    return { ms: performance.now() - t0, status: 0, bytes: 0 };
  }
}

function stats(samples: Sample[]) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const q = (p: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] * 10) / 10;
  const bytes = samples.map((s) => s.bytes).sort((a, b) => a - b);
  return {
    n: ms.length,
    p50: q(0.5),
    p90: q(0.9),
    max: q(1),
    non200: samples.filter((s) => s.status !== 200).length,
    bytesP50: bytes[Math.floor(bytes.length / 2)] ?? 0,
    load: load(),
  };
}

const METRICS = ["best-rank", "best-score", "top-n-count", "top-n-share", "model-count"];
const KEY_SETS = [
  "US~CN~europe",
  "US~CN",
  "FR~GB~DE",
  "other~unknown",
  "CN~europe~other",
  "US~KR~JP",
  "europe",
  "US~CN~FR~GB~DE~other~unknown",
];

/** The i-th never-seen standings query: every parameter moves, so neither the response caches nor the fast path have it. */
function standingsQuery(i: number, board: string, dates: string[]): string {
  const from = dates[(i * 7) % Math.max(1, Math.floor(dates.length / 4))];
  const p = new URLSearchParams({
    board,
    metric: METRICS[i % METRICS.length],
    n: String(1 + ((i * 37) % 100)),
    countries: KEY_SETS[i % KEY_SETS.length],
    attribution: i % 2 ? "base" : "developer",
    license: ["all", "open", "proprietary"][i % 3],
    rank: i % 4 < 2 ? "score" : "published",
    official: board === "hf-open-llm-v2" && i % 5 === 0 ? "true" : "false",
  });
  if (i % 3 !== 2 && from) p.set("from", from);
  return `/api/v1/standings?${p.toString().replaceAll("%7E", "~")}`;
}

async function measureScale(scale: number, port: number) {
  const db = `${prefix}${scale}`;
  const url = urlOf(db);
  const { base, child } = await startServer(url, port);
  const pid = child.pid!;
  const out: Record<string, unknown> = { scale, db, startedRssMb: peakRssMb(pid), startLoad: load() };
  try {
    // Dates come from the database, not the API, so the first API answer below is still the process's first.
    const pgm = await import("pg");
    const c = new pgm.default.Client({ connectionString: url });
    await c.connect();
    const dates: Record<string, string[]> = {};
    for (const board of ["lmarena-text", "hf-open-llm-v2"]) {
      const r = await c.query<{ d: string }>(
        "SELECT to_char(date, 'YYYY-MM-DD') AS d FROM snapshot WHERE board_slug = $1 ORDER BY date",
        [board],
      );
      dates[board] = r.rows.map((x) => x.d);
    }
    await c.end();

    const first = await timed(`${base}/api/v1/standings?board=lmarena-text&countries=US~CN~europe&metric=best-rank`);
    out.firstStandings = { ms: Math.round(first.ms), status: first.status, load: load() };
    const firstHf = await timed(
      `${base}/api/v1/standings?board=hf-open-llm-v2&countries=US~CN~europe&metric=best-rank`,
    );
    out.firstStandingsHf = { ms: Math.round(firstHf.ms), status: firstHf.status, load: load() };
    console.log(
      `  ${scale}×: first standings answer arena ${Math.round(first.ms)} ms (${first.status}), hf ${Math.round(firstHf.ms)} ms (${firstHf.status})   load ${load()}`,
    );

    for (const board of ["lmarena-text", "hf-open-llm-v2"]) {
      const samples: Sample[] = [];
      for (let i = 0; i < rounds; i++) samples.push(await timed(base + standingsQuery(i + 1, board, dates[board])));
      out[`coldStandings:${board}`] = stats(samples);
      const gaps: Sample[] = [];
      for (let i = 0; i < rounds; i++) {
        const [a, b] = [
          ["US", "CN"],
          ["CN", "europe"],
          ["europe", "other"],
          ["US", "unknown"],
        ][i % 4];
        const from = dates[board][(i * 11) % Math.max(1, Math.floor(dates[board].length / 3))];
        gaps.push(
          await timed(
            `${base}/api/v1/gap?board=${board}&a=${a}&b=${b}&from=${from}&attribution=${i % 2 ? "base" : "developer"}&license=${["all", "open", "proprietary"][i % 3]}`,
          ),
        );
      }
      out[`coldGap:${board}`] = stats(gaps);
      const tables: Sample[] = [];
      for (let i = 0; i < Math.min(rounds, dates[board].length); i++) {
        const date = dates[board][Math.floor((i * dates[board].length) / rounds)];
        tables.push(
          await timed(`${base}/api/v1/boards/${board}/snapshots/${date}?attribution=${i % 2 ? "base" : "developer"}`),
        );
      }
      out[`coldTable:${board}`] = stats(tables);
    }
    // The dashboard: same view, a cache-busting parameter (page render, data warm); then a new view each time.
    await timed(`${base}/?n=11`);
    const bust: Sample[] = [];
    for (let i = 0; i < rounds; i++) bust.push(await timed(`${base}/?n=11&cb=${Date.now()}-${i}`));
    out.pageCacheBust = stats(bust);
    const cold: Sample[] = [];
    for (let i = 0; i < rounds; i++)
      cold.push(
        await timed(
          `${base}/?n=${12 + i}&license=${["all", "open", "proprietary"][i % 3]}&attribution=${i % 2 ? "base" : "developer"}`,
        ),
      );
    out.pageColdView = stats(cold);
    const hfPage: Sample[] = [];
    for (let i = 0; i < rounds; i++) hfPage.push(await timed(`${base}/?board=hf-open-llm-v2&n=${12 + i}&cb=${i}`));
    out.pageColdViewHf = stats(hfPage);
    out.peakRssMb = peakRssMb(pid);
    out.endLoad = load();
  } finally {
    child.kill("SIGTERM");
  }
  return out;
}

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) fail("no production build in .next: run `npx next build` first.");
  const scales = args.scales.split(",").map(Number);
  if (args.build) {
    for (const s of scales) await buildScaleDatabase(adminUrl, `${prefix}${s}`, s, (l) => console.log(`  ${l}`));
  }
  const results = [];
  for (const s of scales) {
    console.log(`${args.label}: ${s}× (${prefix}${s}), load ${load()}`);
    const r = await measureScale(s, Number(args.port));
    results.push(r);
    for (const [k, v] of Object.entries(r)) {
      if (v && typeof v === "object" && "p50" in v) {
        const st = v as ReturnType<typeof stats>;
        console.log(
          `  ${k.padEnd(30)} p50 ${String(st.p50).padStart(8)} ms  p90 ${String(st.p90).padStart(8)} ms  max ${String(st.max).padStart(8)} ms  n ${st.n}  non-200 ${st.non200}  bytes ${st.bytesP50}  load ${st.load}`,
        );
      }
    }
    console.log(`  peak RSS ${r.peakRssMb} MB   load ${r.endLoad}`);
  }
  const outDir = path.join(root, "bench-results");
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `standings-scale-${args.label}.json`);
  await writeFile(file, JSON.stringify({ at: new Date().toISOString(), targets: TARGETS, rounds, results }, null, 2));
  console.error(`wrote ${path.relative(root, file)}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
