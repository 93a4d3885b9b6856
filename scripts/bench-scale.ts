// npm run bench:scale -- [--scale 1,10,100] [--keep] [--seed N] [--no-server] [--no-resume]
// Writes synthetic upstream history at each scale (scripts/lib/scale-data.ts: 1× ≈ today's rows, 10×, 100×) to a
// temp dir, serves it from a local Hub emulator (tests/fixtures/hub-server.ts: the commit list paged 50 per page as
// `?p=N` with `Link: rel="next"`, a few 429s with Retry-After: 1, a bearer token demanded on every request), and on
// a fresh PostgreSQL database per scale measures:
//   - the real ingest (lib/jobs/update.ts, attribution included) against COPY of the same rows into scratch tables;
//   - the backfill: time, requests by kind (429 retries included), one snapshot per day, Retry-After respected,
//     the bearer sent; then an interruption test (the CLI killed mid-way, restarted: requests for revisions already
//     stored must be 0);
//   - the production server (scripts/server.mjs, needs `npm run build`) on that database: cold standings API p50
//     (never-seen parameter sets), page server-render p50 (never-seen view URLs), server peak RSS;
//   - the same history ingested by the production server's own schedule (its start-up run, on another fresh
//     database), as a deployment ingests, with a reader asking for standings every 2 s: the server's peak RSS
//     meanwhile, and the ingest process's own (`npm run build` bundles it; after `next build` alone it runs via tsx).
// Prints one table of how each cost grows and appends it to bench/results.md under a "scale" heading.
// Env: BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres), SCALE_PORT (emulator port, default
// 3300; the server takes the next free one from SCALE_PORT+10), SCALE_DATA_DIR (default $TMPDIR/atlas-scale-data),
// HF_TOKEN (the token the emulator demands; a made-up one when unset), SCALE_DB_PREFIX (default scalegen),
// ARENA_CATALOG_ENDPOINT (the price table for the server's scheduled ingest; default: the shared mirror beside the
// project when it exists).
// Over 400 lines on purpose: one benchmark script (not shipped) whose steps and report read top to bottom.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { appendFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import type { HubProgress } from "@/lib/sources/hub";
import { runUpdate } from "@/lib/jobs/update";
import { startHubServer, type HubServer } from "../tests/fixtures/hub-server";
import { migrate } from "./lib/migrate-runner";
import { startBenchServer, type BenchServer } from "./lib/bench-server";
import { processTree } from "./lib/process-tree";
import { syncReferenceData } from "./lib/reference-data";
import { generateScaleData, readManifest, scaleSpec, rand, type ScaleManifest } from "./lib/scale-data";

const root = path.resolve(import.meta.dirname, "..");
const admin = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const dbPrefix = process.env.SCALE_DB_PREFIX ?? "scalegen";
const emulatorPort = Number(process.env.SCALE_PORT ?? 3300);
const dataRoot = process.env.SCALE_DATA_DIR ?? path.join(tmpdir(), "atlas-scale-data");
const token = process.env.HF_TOKEN || "hf_scalebench_not_a_real_token";
const COMMITS_PATH = "/api/datasets/open-llm-leaderboard/contents/commits/main";
/** The Hub's page size for the commit list (our assumption: 50 per page, `?p=N`, absolute Link rel="next"). */
const COMMITS_PAGE = 50;
const RETRY_AFTER_S = 1;
const TARGETS = {
  ingestToCopy: 3,
  coldStandingsP50Ms: 50,
  serverRssMb: 500,
  pageSsrP50Ms: 100,
  serverIngestRssMb: 600,
};
const sharedCatalog = path.resolve(root, "../shared/data/mirror/raw.githubusercontent.com");
const catalogEndpoint =
  process.env.ARENA_CATALOG_ENDPOINT ??
  (existsSync(sharedCatalog) ? pathToFileURL(sharedCatalog).toString() : undefined);
const COLD_QUERIES = 25;
const COLD_PAGES = 15;

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "1,10,100" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
    "no-server": { type: "boolean", default: false },
    "no-resume": { type: "boolean", default: false },
    "no-server-ingest": { type: "boolean", default: false },
    "no-append": { type: "boolean", default: false },
    /** Build the table from the per-scale results a previous run saved (bench-results/scale-s<N>.json). */
    "from-json": { type: "boolean", default: false },
    /** Only the server measurements, on the database a previous --keep run left; updates that scale's saved result. */
    "server-only": { type: "boolean", default: false },
  },
});
const scales = args.scale!.split(",").map((s) => Number(s.trim()));
const seed = Number(args.seed);

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const log = (msg: string) => console.error(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

// ---- databases -------------------------------------------------------------------------------------------------

function dbUrl(name: string): string {
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

async function freshDb(name: string): Promise<string> {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  } finally {
    await c.end();
  }
  const url = dbUrl(name);
  await migrate(url);
  await syncReferenceData(url);
  return url;
}

async function dropDb(name: string): Promise<void> {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/**
 * The baseline: every stored entry and category entry copied out to a file, then COPY of the same rows into empty
 * tables made like the real ones (columns, defaults, indexes, foreign keys), timed.
 */
async function copyBaseline(url: string, dir: string): Promise<{ ms: number; rows: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    let ms = 0;
    let rows = 0;
    for (const table of ["entry", "category_entry"]) {
      const file = path.join(dir, `${table}.copy`);
      await pipeline(c.query(copyTo(`COPY ${table} TO STDOUT`)), createWriteStream(file));
      const scratch = `${table}_copy`;
      await c.query(`DROP TABLE IF EXISTS ${scratch}`);
      await c.query(`CREATE TABLE ${scratch} (LIKE ${table} INCLUDING ALL)`);
      await c.query(`ALTER TABLE ${scratch}
        ADD FOREIGN KEY (snapshot_id) REFERENCES snapshot(id) ON DELETE CASCADE,
        ADD FOREIGN KEY (model_id) REFERENCES model(id) ON DELETE CASCADE`);
      const t0 = performance.now();
      await c.query("BEGIN");
      await pipeline(createReadStream(file), c.query(copyFrom(`COPY ${scratch} FROM STDIN`)));
      await c.query("COMMIT");
      ms += performance.now() - t0;
      rows += Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${scratch}`)).rows[0].n);
      await c.query(`DROP TABLE ${scratch}`);
      await rm(file, { force: true });
    }
    return { ms, rows };
  } finally {
    await c.end();
  }
}

// ---- the emulator's log -----------------------------------------------------------------------------------------

const REV_PATH = /^\/(?:api\/datasets|datasets)\/open-llm-leaderboard\/contents\/(tree|resolve)\/([0-9a-f]{40}|main)\//;

interface RequestCounts {
  total: number;
  commitPages: number;
  hfTree: number;
  hfFiles: number;
  arena: number;
  status429: number;
  unauthorized: number;
  /** Requests (tree or file) for revisions that are not their day's last commit. */
  nonKeptRevisions: number;
}

function countRequests(server: HubServer, from: number, kept: ReadonlySet<string>): RequestCounts {
  const entries = server.log.slice(from);
  const counts: RequestCounts = {
    total: entries.length,
    commitPages: 0,
    hfTree: 0,
    hfFiles: 0,
    arena: 0,
    status429: 0,
    unauthorized: 0,
    nonKeptRevisions: 0,
  };
  for (const e of entries) {
    if (e.status === 429) counts.status429++;
    if (e.authorization !== `Bearer ${token}`) counts.unauthorized++;
    if (e.path.startsWith(COMMITS_PATH)) counts.commitPages++;
    else if (e.path.includes("lmarena-ai/leaderboard-dataset")) counts.arena++;
    const m = REV_PATH.exec(e.path);
    if (m) {
      if (m[1] === "tree") counts.hfTree++;
      else counts.hfFiles++;
      if (!kept.has(m[2])) counts.nonKeptRevisions++;
    }
  }
  return counts;
}

/** For each 429 answered, the wait before the same path was asked again (ms); null when it never was. */
function retryWaits(server: HubServer, from: number): { path: string; waitMs: number | null }[] {
  const entries = server.log.slice(from);
  return entries.flatMap((e, i) => {
    if (e.status !== 429) return [];
    const again = entries.slice(i + 1).find((x) => x.path === e.path);
    return [{ path: e.path, waitMs: again ? again.at - e.at : null }];
  });
}

// ---- one scale --------------------------------------------------------------------------------------------------

interface ScaleResult {
  scale: number;
  data: {
    arenaRows: number;
    arenaOverall: number;
    arenaCategory: number;
    arenaDates: number;
    hfRows: number;
    hfDays: number;
    hfCommits: number;
    fullParquetMb: number;
    generatedMs: number | null;
  };
  ingest: {
    ms: number;
    retryWaitMs: number;
    arenaMs: number;
    hfMs: number;
    rows: number;
    rowsPerSec: number;
    copyMs: number;
    ratioToCopy: number;
    peakRssMb: number;
    load: string;
  };
  backfill: {
    ms: number;
    requests: RequestCounts;
    retryWaitsMs: (number | null)[];
    hfSnapshots: number;
    snapshotsPerDayMax: number;
    allKept: boolean;
    load: string;
  };
  resume: null | {
    killedAfter: number;
    storedAtKill: number;
    requestsAfterRestart: number;
    storedRevisionRequests: number;
    finalSnapshots: number;
    secondRunMs: number;
    load: string;
  };
  server: null | {
    coldStandingsP50: number;
    coldStandingsP90: number;
    coldStandingsN: number;
    pageSsrP50: number;
    pageSsrP90: number;
    pageSsrN: number;
    peakRssMb: number;
    non200: number;
    load: string;
  };
  /** Absent in results saved before this phase existed. */
  serverIngest?: null | {
    /** The scheduled update as the server logged it (every source, attribution included), ms. */
    ms: number;
    /** Each source's run: `source status`. */
    runs: string[];
    serverPeakRssMb: number;
    /** The ingest's own process: its peak RSS as it reported it, else as sampled; null when there was none. */
    childPeakRssMb: number | null;
    childPid: number | null;
    /** The reader's requests meanwhile (standings of both boards and the home view, every 2 s), and how many failed. */
    requests?: number;
    non200?: number;
    load: string;
  };
}

async function ensureData(
  scale: number,
): Promise<{ dir: string; manifest: ScaleManifest; generatedMs: number | null }> {
  const spec = scaleSpec(scale);
  const dir = path.join(dataRoot, `s${scale}-seed${seed}`);
  const existing = await readManifest(dir, spec, seed);
  if (existing) {
    log(`${scale}×: reusing generated data in ${dir}`);
    return { dir, manifest: existing, generatedMs: null };
  }
  log(`${scale}×: generating into ${dir} (load ${load()})`);
  const manifest = await generateScaleData(dir, spec, seed);
  log(`${scale}×: generated in ${(manifest.generatedMs / 1000).toFixed(1)} s`);
  return { dir, manifest, generatedMs: manifest.generatedMs };
}

/** The CLI ingest of one source, as a child process (killable). */
function spawnIngest(url: string, endpoint: string, source: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", "--source", source], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, HF_ENDPOINT: endpoint, HF_TOKEN: token, LOG_LEVEL: "silent" },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code)),
  );

async function hfSnapshotRefs(url: string): Promise<string[]> {
  const rows = await query<{ source_ref: string }>(
    url,
    "SELECT source_ref FROM snapshot WHERE board_slug = 'hf-open-llm-v2' ORDER BY date",
  );
  return rows.map((r) => r.source_ref.split(":")[0]);
}

/** Kill the HF backfill once about half its days are stored, restart it, and count what the restart asks for. */
async function resumeTest(
  scale: number,
  server: HubServer,
  endpoint: string,
  manifest: ScaleManifest,
): Promise<ScaleResult["resume"]> {
  const name = `${dbPrefix}_s${scale}_resume`;
  const url = await freshDb(name);
  const half = Math.max(1, Math.floor(manifest.hf.days / 2));
  server.faults.clear();
  const first = spawnIngest(url, endpoint, "hf-open-llm-v2");
  let stored: string[] = [];
  for (;;) {
    if (first.exitCode !== null)
      throw new Error(`the first HF ingest ended (exit ${first.exitCode}) before it was interrupted`);
    stored = await hfSnapshotRefs(url);
    if (stored.length >= half) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  first.kill("SIGKILL");
  await exited(first);
  stored = await hfSnapshotRefs(url);
  log(`${scale}×: HF ingest killed with ${stored.length}/${manifest.hf.days} days stored; restarting`);
  const mark = server.log.length;
  const t0 = performance.now();
  const second = spawnIngest(url, endpoint, "hf-open-llm-v2");
  let stderr = "";
  second.stderr!.on("data", (d) => (stderr += d));
  const code = await exited(second);
  const secondRunMs = performance.now() - t0;
  if (code !== 0) throw new Error(`the restarted HF ingest failed (exit ${code}):\n${stderr.slice(-2000)}`);
  const after = server.log.slice(mark);
  const storedSet = new Set(stored);
  const storedRevisionRequests = after.filter((e) => {
    const m = REV_PATH.exec(e.path);
    return m !== null && storedSet.has(m[2]);
  }).length;
  const finalSnapshots = (await hfSnapshotRefs(url)).length;
  const result = {
    killedAfter: half,
    storedAtKill: stored.length,
    requestsAfterRestart: after.length,
    storedRevisionRequests,
    finalSnapshots,
    secondRunMs: Math.round(secondRunMs),
    load: load(),
  };
  if (!args.keep) await dropDb(name);
  return result;
}

// ---- the production server ----------------------------------------------------------------------------------------

async function serverPort(): Promise<number> {
  if (!existsSync(path.join(root, ".next/BUILD_ID")))
    throw new Error("no production build in .next: run `npm run build` first (or pass --no-server)");
  let port = emulatorPort + 10;
  for (; port < emulatorPort + 99; port++) {
    const busy = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (!busy) break;
  }
  return port;
}

async function startServer(url: string): Promise<BenchServer> {
  return startBenchServer(await serverPort(), { DATABASE_URL: url, LOG_LEVEL: "warn" }, 120);
}

/**
 * The production server on an empty database, with its schedule on: it ingests at start-up, as a deployment does.
 * Waits for the run's end in the server's log, sampling the memory of the server and of any process it starts.
 */
async function serverIngest(scale: number, endpoint: string): Promise<NonNullable<ScaleResult["serverIngest"]>> {
  const name = `${dbPrefix}_s${scale}_server`;
  const url = await freshDb(name);
  const env: Record<string, string> = {
    DATABASE_URL: url,
    HF_ENDPOINT: endpoint,
    HF_TOKEN: token,
    // Any schedule that does not fire during the bench: the start-up run is the one measured.
    INGEST_SCHEDULE: "0 0 1 1 *",
    LOG_LEVEL: "info",
  };
  if (catalogEndpoint) env.ARENA_CATALOG_ENDPOINT = catalogEndpoint;
  const { child, base } = await startBenchServer(await serverPort(), env, 120, "pipe");
  let out = "";
  child.stdout!.on("data", (d: Buffer) => {
    out += d.toString();
    if (out.length > 4_000_000) out = out.slice(-1_000_000);
  });
  let sampledChildKb = 0;
  let childPid: number | null = null;
  const sampler = setInterval(() => {
    for (const p of processTree(child.pid!)) {
      if (p.pid === child.pid) continue;
      if (p.role === "scheduled ingest") childPid = p.pid;
      sampledChildKb = Math.max(sampledChildKb, p.hwmKb, p.rssKb);
    }
  }, 200);
  // A reader the whole time, so the server loads and reloads its frames as the history arrives, as a deployment
  // serving visitors during an ingest does (an empty database answers the first reads with empty standings).
  const served = { requests: 0, non200: 0 };
  let reading = true;
  const reader = (async () => {
    while (reading) {
      for (const p of ["/api/v1/standings?board=lmarena-text", "/api/v1/standings?board=hf-open-llm-v2", "/"]) {
        const r = await timed(base + p);
        served.requests += 1;
        if (r.status !== 200) served.non200 += 1;
      }
      await new Promise((r) => setTimeout(r, 2000));
    }
  })();
  try {
    const end = /"msg":"ingest (finished|crashed[^"]*)"/;
    while (!end.test(out)) {
      if (child.exitCode !== null)
        throw new Error(`the server exited (code ${child.exitCode}) during its scheduled ingest`);
      await new Promise((r) => setTimeout(r, 250));
    }
    clearInterval(sampler);
    reading = false;
    await reader;
    const line = out.split("\n").find((l) => end.test(l))!;
    const logged = JSON.parse(line) as { msg: string; ms?: number; pid?: number; peakRssMb?: number };
    if (logged.msg !== "ingest finished") throw new Error(`the server's scheduled ingest failed: ${line}`);
    const runs = await query<{ source: string; status: string }>(
      url,
      "SELECT source, status FROM ingest_run WHERE trigger = 'startup' ORDER BY id",
    );
    return {
      ms: logged.ms ?? NaN,
      runs: runs.map((r) => `${r.source} ${r.status}`),
      serverPeakRssMb: round(await peakRssMb(child.pid!)),
      childPeakRssMb: logged.peakRssMb ?? (sampledChildKb ? round(sampledChildKb / 1024) : null),
      childPid: logged.pid ?? childPid,
      ...served,
      load: load(),
    };
  } finally {
    clearInterval(sampler);
    reading = false;
    await reader;
    child.kill("SIGTERM");
    await exited(child);
    if (!args.keep) await dropDb(name);
  }
}

/** Peak resident set of a process (VmHWM), MB. */
async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(120_000) });
    await res.arrayBuffer();
    return { ms: performance.now() - t0, status: res.status };
  } catch {
    return { ms: performance.now() - t0, status: 0 };
  }
}

const COUNTRY_POOL = ["US", "CN", "europe", "FR", "DE", "GB", "CA", "IL", "KR", "JP", "other", "unknown", "AE", "IN"];

/** Parameter sets no earlier request used: metric, n, countries, from and to all vary (each a cache miss). */
function coldParams(manifest: ScaleManifest, count: number, salt: number): URLSearchParams[] {
  const arena = manifest.spec.arena;
  const first = Date.parse(`${arena.endDate}T00:00:00Z`) - (arena.dates - 1) * arena.everyDays * 86_400_000;
  const spanDays = (arena.dates - 1) * arena.everyDays;
  const seen = new Set<string>();
  const out: URLSearchParams[] = [];
  const metrics = ["best-rank", "best-score", "top-n-count", "top-n-share", "model-count"];
  for (let i = 0; out.length < count && i < count * 20; i++) {
    const r = (k: number) => rand(seed * 1000 + salt, i, k);
    const nCountries = 1 + Math.floor(r(1) * 4);
    const countries = [
      ...new Set(
        Array.from({ length: nCountries }, (_, k) => COUNTRY_POOL[Math.floor(r(10 + k) * COUNTRY_POOL.length)]),
      ),
    ];
    const a = Math.floor(r(2) * spanDays * 0.6);
    const b = a + Math.floor(spanDays * 0.3 + r(3) * (spanDays - a - spanDays * 0.3));
    const day = (offset: number) => new Date(first + offset * 86_400_000).toISOString().slice(0, 10);
    const p = new URLSearchParams({
      board: "lmarena-text",
      metric: metrics[Math.floor(r(4) * metrics.length)],
      n: String(1 + Math.floor(r(5) * 100)),
      countries: countries.join("~"),
      from: day(a),
      to: day(Math.min(b, spanDays)),
    });
    const key = p.toString();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

async function measureServer(url: string, manifest: ScaleManifest): Promise<NonNullable<ScaleResult["server"]>> {
  const { base, child } = await startServer(url);
  try {
    // Warm the process (first compile of routes, connections) with requests the measured ones never repeat.
    for (const p of coldParams(manifest, 3, 99)) await timed(`${base}/api/v1/standings?${p}`);
    await timed(`${base}/?n=99`);
    const api: { ms: number; status: number }[] = [];
    for (const p of coldParams(manifest, COLD_QUERIES, 1)) api.push(await timed(`${base}/api/v1/standings?${p}`));
    const pages: { ms: number; status: number }[] = [];
    for (const p of coldParams(manifest, COLD_PAGES, 2)) pages.push(await timed(`${base}/?${p}`));
    const q = (xs: number[], f: number) =>
      [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(f * xs.length))];
    const apiMs = api.map((s) => s.ms);
    const pageMs = pages.map((s) => s.ms);
    return {
      coldStandingsP50: round(q(apiMs, 0.5), 1),
      coldStandingsP90: round(q(apiMs, 0.9), 1),
      coldStandingsN: api.length,
      pageSsrP50: round(q(pageMs, 0.5), 1),
      pageSsrP90: round(q(pageMs, 0.9), 1),
      pageSsrN: pages.length,
      peakRssMb: round(await peakRssMb(child.pid!)),
      non200: [...api, ...pages].filter((s) => s.status !== 200).length,
      load: load(),
    };
  } finally {
    child.kill("SIGTERM");
    await exited(child);
  }
}

// ---- one scale, whole -----------------------------------------------------------------------------------------------

async function runScale(scale: number): Promise<ScaleResult> {
  const { dir, manifest, generatedMs } = await ensureData(scale);
  const kept = new Set(manifest.hf.kept.map((k) => k.id));
  const server = await startHubServer(dir, { port: emulatorPort, token });
  const endpoint = server.url;
  try {
    server.hubPages.set(COMMITS_PATH, COMMITS_PAGE);
    // A few 429s with Retry-After on each kind of request: the commit list, the arena listing, a revision's listing,
    // a revision's file.
    const k = manifest.hf.kept;
    server.faults.set(COMMITS_PATH, { status: 429, retryAfter: RETRY_AFTER_S, times: 1 });
    server.faults.set("/api/datasets/lmarena-ai/leaderboard-dataset/tree/main/text", {
      status: 429,
      retryAfter: RETRY_AFTER_S,
      times: 1,
    });
    server.faults.set(`/api/datasets/open-llm-leaderboard/contents/tree/${k[Math.min(1, k.length - 1)].id}/data`, {
      status: 429,
      retryAfter: RETRY_AFTER_S,
      times: 1,
    });
    server.faults.set(
      `/datasets/open-llm-leaderboard/contents/resolve/${k[Math.min(3, k.length - 1)].id}/data/train-00000-of-00001.parquet`,
      { status: 429, retryAfter: RETRY_AFTER_S, times: 1 },
    );

    const dbName = `${dbPrefix}_s${scale}`;
    const url = await freshDb(dbName);
    let retryWaitMs = 0;
    const hub = {
      endpoint,
      token,
      onProgress: (e: HubProgress) => {
        if (e.type === "retry") retryWaitMs += e.delayMs;
      },
    };
    log(
      `${scale}×: ingesting ${manifest.arena.rows} arena rows and ${manifest.hf.rows} HF rows from ${manifest.hf.commits} commits (load ${load()})`,
    );
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
    const mark = server.log.length;
    const t0 = performance.now();
    const arenaRun = await runUpdate({ connectionString: url, sources: ["lmarena-text"], trigger: "cli", hub });
    const arenaMs = performance.now() - t0;
    const t1 = performance.now();
    const hfRun = await runUpdate({ connectionString: url, sources: ["hf-open-llm-v2"], trigger: "cli", hub });
    const hfMs = performance.now() - t1;
    clearInterval(sampler);
    const ingestLoad = load();
    for (const r of [...arenaRun.runs, ...hfRun.runs]) {
      if (r.status !== "succeeded") throw new Error(`${r.source} ingest ${r.status}: ${r.error}`);
    }
    const rows = [...arenaRun.runs, ...hfRun.runs].reduce((n, r) => n + r.rowsInserted, 0);
    const ingestMs = arenaMs + hfMs;
    const requests = countRequests(server, mark, kept);
    const waits = retryWaits(server, mark);
    const perDay = await query<{ date: string; n: string; refs: string[] }>(
      url,
      "SELECT to_char(date, 'YYYY-MM-DD') AS date, count(*) AS n, array_agg(split_part(source_ref, ':', 1)) AS refs FROM snapshot WHERE board_slug = 'hf-open-llm-v2' GROUP BY date",
    );
    const hfSnapshots = perDay.reduce((n, d) => n + Number(d.n), 0);
    log(
      `${scale}×: ingest ${(ingestMs / 1000).toFixed(1)} s (${rows} rows; retry waits ${retryWaitMs} ms); COPY baseline…`,
    );
    const copy = await copyBaseline(url, dir);
    if (copy.rows !== rows) throw new Error(`COPY baseline has ${copy.rows} rows, ingest inserted ${rows}`);
    const netMs = ingestMs - retryWaitMs;
    const result: ScaleResult = {
      scale,
      data: {
        arenaRows: manifest.arena.rows,
        arenaOverall: manifest.arena.overallRows,
        arenaCategory: manifest.arena.categoryRows,
        arenaDates: manifest.arena.dates,
        hfRows: manifest.hf.rows,
        hfDays: manifest.hf.days,
        hfCommits: manifest.hf.commits,
        fullParquetMb: round(manifest.arena.fullBytes / 2 ** 20, 1),
        generatedMs,
      },
      ingest: {
        ms: Math.round(netMs),
        retryWaitMs,
        arenaMs: Math.round(arenaMs),
        hfMs: Math.round(hfMs),
        rows,
        rowsPerSec: Math.round(rows / (netMs / 1000)),
        copyMs: Math.round(copy.ms),
        ratioToCopy: round(netMs / copy.ms, 2),
        peakRssMb: Math.round(peakRss / 2 ** 20),
        load: ingestLoad,
      },
      backfill: {
        ms: Math.round(hfMs),
        requests: countRequests(server, mark, kept),
        retryWaitsMs: waits.map((w) => (w.waitMs === null ? null : Math.round(w.waitMs))),
        hfSnapshots,
        snapshotsPerDayMax: Math.max(...perDay.map((d) => Number(d.n))),
        allKept: perDay.every((d) => d.refs.every((ref) => kept.has(ref))) && hfSnapshots === manifest.hf.days,
        load: ingestLoad,
      },
      resume: null,
      server: null,
      serverIngest: null,
    };
    void requests;
    log(`${scale}×: ${JSON.stringify(result.ingest)} ${JSON.stringify(result.backfill)}`);
    if (!args["no-resume"]) {
      result.resume = await resumeTest(scale, server, endpoint, manifest);
      log(`${scale}×: resume ${JSON.stringify(result.resume)}`);
    }
    if (!args["no-server"]) {
      result.server = await measureServer(url, manifest);
      log(`${scale}×: server ${JSON.stringify(result.server)}`);
    }
    if (!args["no-server-ingest"]) {
      log(`${scale}×: the production server ingests the same history on its schedule (load ${load()})`);
      result.serverIngest = await serverIngest(scale, endpoint);
      log(`${scale}×: server ingest ${JSON.stringify(result.serverIngest)}`);
    }
    if (!args.keep) await dropDb(dbName);
    return result;
  } finally {
    await server.close();
    if (!args.keep) await rm(dir, { recursive: true, force: true });
  }
}

// ---- report -----------------------------------------------------------------------------------------------------

function growth(results: ScaleResult[], pick: (r: ScaleResult) => number | null | undefined, digits = 0): string {
  const base = pick(results[0]);
  return results
    .map((r) => {
      const v = pick(r);
      if (v === null || v === undefined || Number.isNaN(v)) return "n/a";
      const factor = base ? ` (${(v / base).toFixed(1)}×)` : "";
      return `${round(v, digits)}${r === results[0] ? "" : factor}`;
    })
    .join(" → ");
}

function table(results: ScaleResult[]): string {
  const rowsOf = (r: ScaleResult) => r.data.arenaRows + r.data.hfRows;
  const lines = [
    `| measure | ${results.map((r) => `${r.scale}×`).join(" → ")} | target |`,
    "|---|---|---|",
    `| rows upstream (arena + HF) | ${growth(results, rowsOf)} | |`,
    `| arena dates / HF days / HF commits | ${results.map((r) => `${r.data.arenaDates} / ${r.data.hfDays} / ${r.data.hfCommits}`).join(" → ")} | |`,
    `| ingest, ms (without Retry-After waits) | ${growth(results, (r) => r.ingest.ms)} | |`,
    `| ingest, rows/s | ${growth(results, (r) => r.ingest.rowsPerSec)} | |`,
    `| COPY of the same rows, ms | ${growth(results, (r) => r.ingest.copyMs)} | |`,
    `| ingest / COPY | ${results.map((r) => r.ingest.ratioToCopy.toFixed(2)).join(" → ")} | ≤ ${TARGETS.ingestToCopy} at 100× |`,
    `| ingest process peak RSS, MB | ${growth(results, (r) => r.ingest.peakRssMb)} | |`,
    `| HF backfill, ms (with Retry-After waits) | ${growth(results, (r) => r.backfill.ms)} | |`,
    `| backfill requests: total (commit pages, HF listings, HF files, arena) | ${results.map((r) => `${r.backfill.requests.total} (${r.backfill.requests.commitPages}, ${r.backfill.requests.hfTree}, ${r.backfill.requests.hfFiles}, ${r.backfill.requests.arena})`).join(" → ")} | |`,
    `| 429s answered / waits before retry, ms | ${results.map((r) => `${r.backfill.requests.status429} / ${r.backfill.retryWaitsMs.join(",")}`).join(" → ")} | each ≥ ${RETRY_AFTER_S * 1000} |`,
    `| requests without the bearer token / for non-kept revisions | ${results.map((r) => `${r.backfill.requests.unauthorized} / ${r.backfill.requests.nonKeptRevisions}`).join(" → ")} | 0 / 0 |`,
    `| HF snapshots kept (max per day) | ${results.map((r) => `${r.backfill.hfSnapshots} (${r.backfill.snapshotsPerDayMax})${r.backfill.allKept ? "" : " NOT the days' last commits"}`).join(" → ")} | one per day |`,
    `| resume: days stored at kill / requests after restart / for stored revisions | ${results.map((r) => (r.resume ? `${r.resume.storedAtKill} / ${r.resume.requestsAfterRestart} / ${r.resume.storedRevisionRequests}` : "n/a")).join(" → ")} | … / … / 0 |`,
    `| cold standings API p50 (p90), ms | ${results.map((r) => (r.server ? `${r.server.coldStandingsP50} (${r.server.coldStandingsP90})` : "n/a")).join(" → ")} | p50 ≤ ${TARGETS.coldStandingsP50Ms} |`,
    `| page server-render p50 (p90), ms | ${results.map((r) => (r.server ? `${r.server.pageSsrP50} (${r.server.pageSsrP90})` : "n/a")).join(" → ")} | p50 ≤ ${TARGETS.pageSsrP50Ms} |`,
    `| server peak RSS, MB | ${growth(results, (r) => r.server?.peakRssMb)} | ≤ ${TARGETS.serverRssMb} |`,
    `| scheduled ingest by the server, ms (every source, attribution included) | ${growth(results, (r) => r.serverIngest?.ms)} | |`,
    `| server peak RSS during its scheduled ingest, MB | ${growth(results, (r) => r.serverIngest?.serverPeakRssMb)} | ≤ ${TARGETS.serverIngestRssMb} |`,
    `| the ingest process's peak RSS, MB | ${growth(results, (r) => r.serverIngest?.childPeakRssMb)} | |`,
    `| reads served during it (failed) | ${results.map((r) => (r.serverIngest?.requests !== undefined ? `${r.serverIngest.requests} (${r.serverIngest.non200})` : "n/a")).join(" → ")} | |`,
    `| load average (ingest; server) | ${results.map((r) => `${r.ingest.load}; ${r.server?.load ?? "n/a"}`).join(" → ")} | |`,
  ];
  return lines.join("\n");
}

function commit(): string {
  return spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim() || "unknown";
}

async function main() {
  for (const s of scales) scaleSpec(s);
  log(`scales ${scales.join(", ")}; data under ${dataRoot}; emulator on port ${emulatorPort}; load ${load()}`);
  const results: ScaleResult[] = [];
  const saved = (s: number) => path.join(root, `bench-results/scale-s${s}.json`);
  await mkdir(path.join(root, "bench-results"), { recursive: true });
  for (const s of scales) {
    if (args["from-json"]) {
      results.push(JSON.parse(await readFile(saved(s), "utf8")) as ScaleResult);
      continue;
    }
    if (args["server-only"]) {
      const r = JSON.parse(await readFile(saved(s), "utf8")) as ScaleResult;
      const { manifest } = await ensureData(s);
      r.server = await measureServer(dbUrl(`${dbPrefix}_s${s}`), manifest);
      log(`${s}×: server ${JSON.stringify(r.server)}`);
      await writeFile(saved(s), JSON.stringify(r, null, 2));
      results.push(r);
      continue;
    }
    const r = await runScale(s);
    await writeFile(saved(s), JSON.stringify(r, null, 2));
    results.push(r);
  }
  const out = table(results);
  console.log(out);
  await writeFile(
    path.join(root, "bench-results/scale.json"),
    JSON.stringify({ at: new Date().toISOString(), commit: commit(), results, targets: TARGETS }, null, 2),
  );
  if (!args["no-append"]) {
    const when = new Date().toISOString().slice(0, 16).replace("T", " ");
    const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
    const header =
      `\n## scale: ${when} UTC, commit ${commit()}\n` +
      `Machine: ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB, load ${load()}. Node ${process.version}. ` +
      `\`npm run bench:scale -- --scale ${scales.join(",")}\`: synthetic upstream history (scripts/lib/scale-data.ts) served by a local Hub ` +
      `emulator (commit list paged ${COMMITS_PAGE} per page, 4 × 429 with Retry-After ${RETRY_AFTER_S} s, bearer token required); ` +
      `a fresh PostgreSQL database per scale. Ingest time excludes the Retry-After waits; COPY is of the same entry and category rows.\n\n`;
    await appendFile(path.join(root, "bench/results.md"), header + out + "\n");
    log("appended to bench/results.md");
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench:scale failed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
