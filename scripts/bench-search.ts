// npm run bench:search: does search stall the server? The hardening audit's attack, replayed against the production
// server (scripts/server.mjs) on a fresh database seeded from the shipped bundle (both boards' whole history):
// 60 queries of 100 one-letter words, 4 at a time, from one address under the default rate limits, while a second
// client asks /api/health back to back. Reports health latency before and during the attack (target: p50 under
// 50 ms during it; the audit saw a 3.6 s median before the search bounds) and the attack queries' own latency.
// Needs a build (`npm run build`) and a PostgreSQL server (BENCH_ADMIN_URL, default the local one).
// Writes bench-results/search.json.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { freePort } from "./lib/embedded-db";
import { startBenchServer } from "./lib/bench-server";
import { migrate } from "./lib/migrate-runner";
import { syncReferenceData } from "./lib/reference-data";
import { seedIfEmpty } from "./lib/seed";

const root = path.resolve(import.meta.dirname, "..");
const admin = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ATTACK = { queries: 60, concurrency: 4, words: 100 };
const TARGET_HEALTH_P50_MS = 50;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 10) / 10;
};
const summary = (xs: number[]) => ({
  n: xs.length,
  p50: quantile(xs, 0.5),
  p90: quantile(xs, 0.9),
  max: quantile(xs, 1),
});

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

/** Health, back to back, until `until` resolves (at least `min` samples). */
async function pollHealth(base: string, until: Promise<unknown>, min = 20): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const ms: number[] = [];
  while (!done || ms.length < min) ms.push((await timed(`${base}/api/health`)).ms);
  return ms;
}

async function attack(base: string): Promise<{ ms: number[]; statuses: Record<string, number> }> {
  const letters = Array.from({ length: ATTACK.words }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join(" ");
  const url = `${base}/api/v1/search?q=${encodeURIComponent(letters)}`;
  const ms: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: ATTACK.concurrency }, async () => {
      while (next < ATTACK.queries) {
        next += 1;
        const r = await timed(url);
        ms.push(r.ms);
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      }
    }),
  );
  return { ms, statuses };
}

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID")))
    throw new Error("no production build in .next: run `npm run build` first");
  const name = `atlas_bench_search_${process.pid}`;
  const adminClient = new pg.Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(admin), { pathname: `/${name}` }).toString();
  let server: Awaited<ReturnType<typeof startBenchServer>> | undefined;
  try {
    await migrate(url);
    await syncReferenceData(url);
    const seed = await seedIfEmpty(url, root);
    console.error(`[bench:search] database ${name}: ${seed.reason}`);
    // The default limits: the attack must fit inside them, as it did in the audit.
    server = await startBenchServer(await freePort(), {
      DATABASE_URL: url,
      RATE_LIMIT: "600/60",
      SEARCH_RATE_LIMIT: "120/60",
    });
    const { base } = server;
    await timed(`${base}/api/v1/search?q=gpt`); // builds the search index once
    const idle = await pollHealth(base, Promise.resolve(), 40);
    const running = attack(base);
    const during = await pollHealth(base, running);
    const { ms, statuses } = await running;
    const result = {
      date: new Date().toISOString(),
      load: (await import("node:os")).loadavg().map((l) => Math.round(l * 100) / 100),
      attack: ATTACK,
      healthIdleMs: summary(idle),
      healthDuringAttackMs: summary(during),
      attackQueryMs: summary(ms),
      attackStatuses: statuses,
      target: { healthP50DuringAttackMs: TARGET_HEALTH_P50_MS, met: quantile(during, 0.5) < TARGET_HEALTH_P50_MS },
    };
    await mkdir(path.join(root, "bench-results"), { recursive: true });
    await writeFile(path.join(root, "bench-results/search.json"), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    server?.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await adminClient.end();
  }
}

main().catch((err) => {
  console.error(`bench:search failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
