// npm run bench:api: load-tests the standings API against a static file of similar size served by the same
// production server, in one run. Env: BENCH_URL (a running server; else scripts/server.mjs is started here on a free port
// with DATABASE_URL, which needs `npx next build` first and a database with the mirror loaded), BENCH_DURATION
// (s, default 20), BENCH_CONNECTIONS (default 50). Writes bench-results/api.json.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import { freePort } from "./lib/embedded-db";
import { startBenchServer } from "./lib/bench-server";

const root = path.resolve(import.meta.dirname, "..");
const duration = Number(process.env.BENCH_DURATION ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const API_PATH = "/api/v1/standings?board=lmarena-text&countries=US~CN~europe~other~unknown";
const STATIC_PATH = "/bench-static.json";
const TARGETS = { p50: 15, p99: 60, ratio: 2 };

function fail(message: string): never {
  console.error(`bench:api: ${message}`);
  process.exit(2);
}

async function startServer(): Promise<{ base: string; child: ChildProcess }> {
  if (!existsSync(path.join(root, ".next/BUILD_ID")))
    fail("no production build in .next: run `npx next build` first, or set BENCH_URL.");
  if (!process.env.DATABASE_URL) {
    fail(
      "DATABASE_URL is not set. Load the mirror into a database first:\n  createdb atlas_bench\n  DATABASE_URL=… npm run db:migrate\n  DATABASE_URL=… HF_ENDPOINT=file:///…/mirror/huggingface.co npm run ingest\nthen run again with DATABASE_URL set, or set BENCH_URL.",
    );
  }
  // The same server `npm start` runs: Next's handler behind the API fast path.
  return startBenchServer(await freePort()).catch((err: Error) => fail(err.message));
}

async function check(base: string): Promise<{ apiBytes: number; staticBytes: number; points: number }> {
  const api = await fetch(base + API_PATH);
  const text = await api.text();
  if (api.status !== 200) fail(`${API_PATH} answered ${api.status}: ${text.slice(0, 300)}`);
  const points = (JSON.parse(text) as { series: { points: unknown[] }[] }).series.reduce(
    (n, s) => n + s.points.length,
    0,
  );
  if (points === 0) fail("the standings have no points: load the mirror into the database (npm run ingest).");
  const stat = await fetch(base + STATIC_PATH);
  if (stat.status !== 200) fail(`${STATIC_PATH} answered ${stat.status}: is public/bench-static.json in the build?`);
  return { apiBytes: Buffer.byteLength(text), staticBytes: (await stat.arrayBuffer()).byteLength, points };
}

function summary(r: Result) {
  return {
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    reqPerSec: r.requests.average,
    total: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

async function main() {
  const given = process.env.BENCH_URL?.replace(/\/+$/, "");
  const server = given ? { base: given, child: null } : await startServer();
  try {
    const sizes = await check(server.base);
    // Warm both paths (frame load, JIT) so the run measures the steady state.
    await autocannon({ url: server.base + API_PATH, connections: 10, duration: 2 });
    await autocannon({ url: server.base + STATIC_PATH, connections: 10, duration: 2 });
    console.error(`measuring ${connections} connections × ${duration} s each…`);
    const api = summary(await autocannon({ url: server.base + API_PATH, connections, duration }));
    const stat = summary(await autocannon({ url: server.base + STATIC_PATH, connections, duration }));
    // One connection shows the service time itself; under 50, latency is mostly queueing behind it.
    const serialApi = summary(await autocannon({ url: server.base + API_PATH, connections: 1, duration: 5 }));
    const serialStatic = summary(await autocannon({ url: server.base + STATIC_PATH, connections: 1, duration: 5 }));
    const ratio = {
      p50: api.p50 / Math.max(stat.p50, 1),
      p99: api.p99 / Math.max(stat.p99, 1),
      reqPerSec: stat.reqPerSec / api.reqPerSec,
    };
    const pass = {
      p50: api.p50 <= TARGETS.p50,
      p99: api.p99 <= TARGETS.p99,
      withinRatio: ratio.p50 <= TARGETS.ratio && ratio.reqPerSec <= TARGETS.ratio,
    };
    const row = (name: string, s: ReturnType<typeof summary>, bytes: number) =>
      `${name.padEnd(8)} p50 ${String(s.p50).padStart(4)} ms   p99 ${String(s.p99).padStart(4)} ms   ${s.reqPerSec.toFixed(0).padStart(6)} req/s   ${bytes} B   errors ${s.errors + s.timeouts + s.non2xx}`;
    console.log(row("api", api, sizes.apiBytes));
    console.log(row("static", stat, sizes.staticBytes));
    console.log(row("api ×1", serialApi, sizes.apiBytes));
    console.log(row("static×1", serialStatic, sizes.staticBytes));
    console.log(
      `ratio    p50 ${ratio.p50.toFixed(2)}×   p99 ${ratio.p99.toFixed(2)}×   throughput ${ratio.reqPerSec.toFixed(2)}× (static / api)`,
    );
    console.log(
      `targets  p50 ≤ ${TARGETS.p50} ms: ${pass.p50 ? "met" : "MISSED"}   p99 ≤ ${TARGETS.p99} ms: ${pass.p99 ? "met" : "MISSED"}   within ${TARGETS.ratio}× of static: ${pass.withinRatio ? "met" : "MISSED"}`,
    );
    const out = path.join(root, "bench-results");
    await mkdir(out, { recursive: true });
    const result = {
      at: new Date().toISOString(),
      base: server.base,
      connections,
      duration,
      paths: { api: API_PATH, static: STATIC_PATH },
      sizes,
      api,
      static: stat,
      serial: { api: serialApi, static: serialStatic },
      ratio,
      targets: TARGETS,
      pass,
    };
    await writeFile(path.join(out, "api.json"), JSON.stringify(result, null, 2));
    console.error(`wrote ${path.relative(root, path.join(out, "api.json"))}`);
  } finally {
    server.child?.kill("SIGTERM");
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
