// npm run bench:load: 60 s at 100 connections (autocannon) against a mix of pages (home, entity and lens pages,
// /status), API routes and OG images on the production server (scripts/server.mjs, rate limit off), with a
// browser's Accept-Encoding, once on PostgreSQL and once on the embedded database (PGlite over pglite-socket).
// Reports p50/p99, req/s, errors and the server's RSS after the run and at its peak (target, issue #13: 0 errors,
// RSS ≤ 500 MB). Env: DATABASE_URL (a database with data; default: a new one seeded from the shipped bundle),
// BENCH_DURATION (s, default 60), BENCH_CONNECTIONS (default 100), BENCH_TARGETS (postgres,embedded).
// Needs `npm run build` first. Writes bench-results/load.json.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { freePort, startEmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/migrate-runner";
import { syncReferenceData } from "./lib/reference-data";
import { seedIfEmpty } from "./lib/seed";
import { serverProcessEnv } from "./lib/server-process.mjs";

const root = path.resolve(import.meta.dirname, "..");
const duration = Number(process.env.BENCH_DURATION ?? 60);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const targets = (process.env.BENCH_TARGETS ?? "postgres,embedded").split(",");

/**
 * A mix a reader produces: the home view on both boards, entity pages (model, organization, country), the lens
 * pages, /status, the API in JSON and CSV, and the Open Graph images of a view, an entity and a lens (the previews a
 * shared link pulls in).
 */
const MIX = [
  "/",
  "/?board=hf-open-llm-v2",
  "/status",
  "/models/lmarena-text/gpt-4o-2024-05-13",
  "/orgs/openai",
  "/countries/CN",
  "/lenses/language",
  "/lenses/price",
  "/lenses/efficiency",
  "/api/v1/standings?board=lmarena-text",
  "/api/v1/standings?board=lmarena-text&metric=top-n-share&n=10",
  "/api/v1/gap?board=lmarena-text&a=US&b=CN",
  "/api/v1/standings?board=hf-open-llm-v2&format=csv",
  "/api/v1/boards/lmarena-text/snapshots",
  "/api/v1/organizations",
  "/og?board=lmarena-text",
  "/og/models/lmarena-text/gpt-4o-2024-05-13",
  "/og/lenses/price",
] as const;

/** The server's resident memory now and at its peak (MB), from /proc (0 where there is no /proc). */
function rssMb(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const mb = (field: string) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
    return { rss: mb("VmRSS"), peak: mb("VmHWM") };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

/** What a browser sends: the server answers with the compressed bodies readers get. */
const BROWSER = { "accept-encoding": "gzip, deflate, br", accept: "text/html,application/xhtml+xml,*/*" };

async function run(label: string, databaseUrl: string, kind: "postgres" | "embedded") {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
    cwd: root,
    env: serverProcessEnv(process.env, {
      DATABASE_URL: databaseUrl,
      DATABASE_KIND: kind,
      RATE_LIMIT: "off",
      INGEST_SCHEDULE: "off",
      LOG_LEVEL: "warn",
      PORT: String(port),
    }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
      if (i > 240) throw new Error("the server did not start");
      await new Promise((r) => setTimeout(r, 250));
    }
    const paths = [...MIX];
    for (const p of paths) {
      // Warm each route once; a route that does not answer 200 would only measure an error page.
      const res = await fetch(base + p, { headers: BROWSER });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
    }
    const result = await autocannon({
      url: base,
      connections,
      duration,
      headers: BROWSER,
      requests: paths.map((p) => ({ method: "GET", path: p })),
    });
    const memory = rssMb(child.pid!);
    const summary = {
      label,
      paths: paths.length,
      p50: result.latency.p50,
      p99: result.latency.p99,
      reqPerSec: Math.round(result.requests.average),
      total: result.requests.total,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      peakRssMb: memory.peak,
      rssAfterMb: memory.rss,
    };
    console.log(
      `${label.padEnd(9)} ${duration}s × ${connections} conns over ${paths.length} routes: p50 ${summary.p50} ms, p99 ${summary.p99} ms, ` +
        `${summary.reqPerSec} req/s, ${summary.total} requests, errors ${summary.errors}, non-2xx ${summary.non2xx}, server RSS after ${memory.rss} MB, peak ${memory.peak} MB`,
    );
    return summary;
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

async function seeded(url: string) {
  await migrate(url);
  await syncReferenceData(url);
  await seedIfEmpty(url, root);
}

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const results = [];
  if (targets.includes("postgres")) {
    let url = process.env.DATABASE_URL;
    let drop: (() => Promise<void>) | undefined;
    if (!url) {
      const admin = process.env.ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
      const name = `atlas_bench_load_${process.pid}`;
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      url = admin.replace(/\/[^/]*$/, `/${name}`);
      drop = async () => {
        const d = new pg.Client({ connectionString: admin });
        await d.connect();
        await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await d.end();
      };
      await seeded(url);
    }
    try {
      results.push(await run("postgres", url, "postgres"));
    } finally {
      await drop?.();
    }
  }
  if (targets.includes("embedded")) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-bench-load-"));
    const db = await startEmbeddedDb(dir);
    try {
      await seeded(db.url);
      results.push(await run("embedded", db.url, "embedded"));
    } finally {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  await mkdir(path.join(root, "bench-results"), { recursive: true });
  await writeFile(
    path.join(root, "bench-results/load.json"),
    JSON.stringify({ at: new Date().toISOString(), duration, connections, results }, null, 2),
  );
}

main().catch((err) => {
  console.error(`bench:load: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
