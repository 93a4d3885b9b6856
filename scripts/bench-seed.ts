// npm run bench:seed: how long `npm start` takes to seed an empty database from the shipped bundle
// (prisma/seed), on the embedded PGlite and on the local PostgreSQL, against a baseline measured in the
// same run: ingesting the same history from the shared mirror (HF_ENDPOINT) into the same kind of database.
// Env: BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres), HF_ENDPOINT (default: the
// shared mirror beside the project), BENCH_RUNS (default 3). Writes bench-results/seed.json.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { runIngest } from "@/lib/ingest/run";
import { startEmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/migrate-runner";
import { syncReferenceData } from "./lib/reference-data";
import { seedIfEmpty } from "./lib/seed";

const root = path.resolve(import.meta.dirname, "..");
const admin = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const mirror = path.resolve(root, "../shared/data/mirror/huggingface.co");
const endpoint = process.env.HF_ENDPOINT ?? pathToFileURL(mirror).toString();
const catalog =
  process.env.ARENA_CATALOG_ENDPOINT ??
  pathToFileURL(path.resolve(root, "../shared/data/mirror/raw.githubusercontent.com")).toString();
const github =
  process.env.GITHUB_API_ENDPOINT ??
  pathToFileURL(path.resolve(root, "../shared/data/mirror/api.github.com")).toString();
const runs = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Kind = "pglite" | "postgres";

async function withDb<T>(kind: Kind, fn: (url: string) => Promise<T>): Promise<T> {
  if (kind === "pglite") {
    const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-bench-seed-"));
    const db = await startEmbeddedDb(dir);
    try {
      await migrate(db.url);
      await syncReferenceData(db.url);
      return await fn(db.url);
    } finally {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  const name = `atlas_bench_seed_${process.pid}_${Date.now()}`;
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

async function main() {
  const results: Record<string, { seedMs: number[]; ingestMs: number[] }> = {};
  const withMirror = existsSync(mirror) || !!process.env.HF_ENDPOINT;
  for (const kind of ["pglite", "postgres"] as const) {
    results[kind] = { seedMs: [], ingestMs: [] };
    for (let i = 0; i < runs; i++) {
      const seed = await withDb(kind, (url) => seedIfEmpty(url, root));
      if (!seed.seeded) throw new Error(`not seeded: ${seed.reason}`);
      results[kind].seedMs.push(seed.ms);
      if (withMirror) {
        const ms = await withDb(kind, async (url) => {
          const t0 = performance.now();
          await runIngest({
            connectionString: url,
            trigger: "cli",
            hub: { endpoint },
            catalog: { endpoint: catalog },
            github: { endpoint: github },
          });
          return performance.now() - t0;
        });
        results[kind].ingestMs.push(ms);
      }
      console.error(`${kind} run ${i + 1}: seed ${Math.round(seed.ms)} ms (${seed.reason})`);
    }
  }
  const summary = Object.fromEntries(
    Object.entries(results).map(([kind, r]) => {
      const seed = median(r.seedMs);
      const ingest = r.ingestMs.length ? median(r.ingestMs) : null;
      return [
        kind,
        {
          seedMedianMs: Math.round(seed),
          ingestMedianMs: ingest && Math.round(ingest),
          seedToIngest: ingest && +(seed / ingest).toFixed(2),
          ...r,
        },
      ];
    }),
  );
  console.log(JSON.stringify(summary, null, 2));
  await mkdir(path.join(root, "bench-results"), { recursive: true });
  await writeFile(path.join(root, "bench-results/seed.json"), JSON.stringify(summary, null, 2));
}

main().catch((err) => {
  console.error(`bench:seed failed: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
