// npm run bench:ingest: a full backfill of the mirror into a fresh database on the local PostgreSQL,
// measured against COPY of the same rows (entry and category_entry) into identical tables, in the same run.
// Env: BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres), HF_ENDPOINT (default:
// the shared mirror beside the project), ARENA_CATALOG_ENDPOINT (default: the price table's mirror beside it),
// BENCH_RUNS (default 3). Writes bench-results/ingest.json.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { runIngest } from "@/lib/ingest/run";
import { migrate } from "./lib/migrate-runner";
import { syncReferenceData } from "./lib/reference-data";

const root = path.resolve(import.meta.dirname, "..");
const admin = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const mirror = path.resolve(root, "../shared/data/mirror/huggingface.co");
const endpoint = process.env.HF_ENDPOINT ?? pathToFileURL(mirror).toString();
// The price table's mirror (ARENA_CATALOG_ENDPOINT) for the CLI run, which ingests every source as `npm run ingest`
// does; the timed runs ingest the boards only, the rows the COPY baseline copies.
const catalogMirror = path.resolve(root, "../shared/data/mirror/raw.githubusercontent.com");
const catalogEndpoint = process.env.ARENA_CATALOG_ENDPOINT ?? pathToFileURL(catalogMirror).toString();
// The price table's commit list (GITHUB_API_ENDPOINT), its history, for the same CLI run.
const githubMirror = path.resolve(root, "../shared/data/mirror/api.github.com");
const githubEndpoint = process.env.GITHUB_API_ENDPOINT ?? pathToFileURL(githubMirror).toString();
const runs = Number(process.env.BENCH_RUNS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function withDb<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const name = `atlas_bench_${process.pid}_${Date.now()}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  try {
    await migrate(u.toString());
    await syncReferenceData(u.toString());
    return await fn(u.toString());
  } finally {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  }
}

/** The tables ingest fills with snapshot rows: the overall ranking and the arena's other prompt categories. */
const ROW_TABLES = ["entry", "category_entry"] as const;

/** COPY every stored row out, then time COPY of the same rows into identical, empty tables (one transaction). */
async function copyBaseline(url: string): Promise<{ ms: number; rows: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const data = new Map<string, Buffer[]>();
    for (const table of ROW_TABLES) {
      const chunks: Buffer[] = [];
      await pipeline(
        c.query(copyTo(`COPY ${table} TO STDOUT`)),
        new Writable({
          write(chunk, _enc, cb) {
            chunks.push(chunk);
            cb();
          },
        }),
      );
      data.set(table, chunks);
      // Identical to the table: columns, defaults, indexes, and the foreign keys LIKE does not copy.
      await c.query(`CREATE TABLE ${table}_copy (LIKE ${table} INCLUDING ALL)`);
      await c.query(`ALTER TABLE ${table}_copy
        ADD FOREIGN KEY (snapshot_id) REFERENCES snapshot(id) ON DELETE CASCADE,
        ADD FOREIGN KEY (model_id) REFERENCES model(id) ON DELETE CASCADE`);
    }
    const t0 = performance.now();
    await c.query("BEGIN");
    for (const table of ROW_TABLES) {
      await pipeline(Readable.from(data.get(table)!), c.query(copyFrom(`COPY ${table}_copy FROM STDIN`)));
    }
    await c.query("COMMIT");
    const ms = performance.now() - t0;
    let rows = 0;
    for (const table of ROW_TABLES) {
      const { rows: r } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}_copy`);
      rows += Number(r[0].n);
    }
    return { ms, rows };
  } finally {
    await c.end();
  }
}

/** Peak RSS of the real CLI doing the same backfill, from GNU time. */
function cliPeakRss(url: string): number | null {
  if (!existsSync("/usr/bin/time")) return null;
  const r = spawnSync(
    "/usr/bin/time",
    ["-f", "%M", process.execPath, "--import", "tsx", "scripts/ingest.ts", "--json"],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: url,
        HF_ENDPOINT: endpoint,
        ARENA_CATALOG_ENDPOINT: catalogEndpoint,
        GITHUB_API_ENDPOINT: githubEndpoint,
      },
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`the ingest CLI failed:\n${r.stderr}`);
  const kb = Number(r.stderr.trim().split("\n").at(-1));
  return Number.isFinite(kb) ? kb / 1024 : null;
}

async function main() {
  if (endpoint.startsWith("file:") && !existsSync(mirror) && !process.env.HF_ENDPOINT) {
    console.error(`No mirror at ${mirror}. Set HF_ENDPOINT to a Hub mirror to benchmark.`);
    process.exit(2);
  }
  console.log(`Backfilling ${endpoint} ${runs}× into fresh databases on ${admin}`);
  const samples: { ingestMs: number; rows: number; copyMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(
      await withDb(async (url) => {
        const t0 = performance.now();
        const result = await runIngest({ connectionString: url, trigger: "cli", hub: { endpoint } });
        const ingestMs = performance.now() - t0;
        if (result.runs.some((r) => r.status !== "succeeded")) throw new Error(JSON.stringify(result.runs));
        const rows = result.runs.reduce((n, r) => n + r.rowsInserted, 0);
        const copy = await copyBaseline(url);
        if (copy.rows !== rows) throw new Error(`COPY baseline has ${copy.rows} rows, ingest inserted ${rows}`);
        console.log(`  run ${i + 1}: ingest ${ingestMs.toFixed(0)} ms, COPY ${copy.ms.toFixed(0)} ms, ${rows} rows`);
        return { ingestMs, rows, copyMs: copy.ms };
      }),
    );
  }
  const peakMb = await withDb(async (url) => cliPeakRss(url));
  const ingestMs = median(samples.map((s) => s.ingestMs));
  const copyMs = median(samples.map((s) => s.copyMs));
  const rows = samples[0].rows;
  const report = {
    rows,
    ingestMs: Math.round(ingestMs),
    ingestRowsPerSec: Math.round(rows / (ingestMs / 1000)),
    copyMs: Math.round(copyMs),
    copyRowsPerSec: Math.round(rows / (copyMs / 1000)),
    ratioToCopy: Number((ingestMs / copyMs).toFixed(2)),
    cliPeakRssMb: peakMb === null ? null : Math.round(peakMb),
    runs: samples,
    targets: { wholeMirrorUnderMs: 15_000, ratioToCopyAtMost: 5, peakRssMbUnder: 500 },
  };
  console.log(
    `\nmedian of ${runs}: ingest ${report.ingestMs} ms (${report.ingestRowsPerSec} rows/s), ` +
      `COPY ${report.copyMs} ms (${report.copyRowsPerSec} rows/s), ratio ${report.ratioToCopy}×, ` +
      `CLI peak RSS ${report.cliPeakRssMb ?? "n/a"} MB`,
  );
  await mkdir(path.join(root, "bench-results"), { recursive: true });
  await writeFile(path.join(root, "bench-results/ingest.json"), JSON.stringify(report, null, 2));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench:ingest failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
