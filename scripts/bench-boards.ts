// npm run bench:boards: cold standings per stored board (issue 25's target: p50 ≤ 10 ms on every board), and the
// scoreboard's first and repeated answers. "Cold" means parameters no earlier request used (metric, n, countries and
// dates all vary), so no answer cache helps; the board's frame is loaded by the warm-up requests first, whose time is
// reported on its own ("first request"). Env: BENCH_URL (a running server), else the production server is started here
// on a free port with DATABASE_URL (a database with the mirror loaded; `npx next build` first). BENCH_QUERIES (default
// 40) and BENCH_WARMUPS (default 3) set the measured and warm-up requests per board.
// Writes bench-results/boards.json and prints a Markdown table for bench/results.md.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { freePort } from "./lib/embedded-db";
import { startBenchServer, type BenchServer } from "./lib/bench-server";

const root = path.resolve(import.meta.dirname, "..");
const COLD_QUERIES = Number(process.env.BENCH_QUERIES ?? 40);
const WARMUPS = Number(process.env.BENCH_WARMUPS ?? 3);
const TARGET_P50_MS = 10;
const COUNTRY_POOL = ["US", "CN", "europe", "FR", "DE", "GB", "CA", "IL", "KR", "JP", "other", "unknown"];
const METRICS = ["best-rank", "best-score", "top-n-count", "top-n-share", "model-count"];

const boardsSchema = z.array(z.object({ slug: z.string(), first: z.string().nullable(), last: z.string().nullable() }));

function fail(message: string): never {
  console.error(`bench:boards: ${message}`);
  process.exit(2);
}

/** mulberry32: a small seeded generator, so every run asks the same questions. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct standings queries on one board, between its first and last dates. */
function coldQueries(board: string, first: string, last: string, count: number, seed: number): string[] {
  const r = random(seed);
  const t0 = Date.parse(`${first}T00:00:00Z`);
  const span = Math.max(1, Math.round((Date.parse(`${last}T00:00:00Z`) - t0) / 86_400_000));
  const day = (offset: number) => new Date(t0 + offset * 86_400_000).toISOString().slice(0, 10);
  const out = new Set<string>();
  for (let i = 0; out.size < count && i < count * 50; i++) {
    const countries = [
      ...new Set(
        Array.from({ length: 1 + Math.floor(r() * 4) }, () => COUNTRY_POOL[Math.floor(r() * COUNTRY_POOL.length)]),
      ),
    ];
    const a = Math.floor(r() * span * 0.6);
    const b = Math.min(span, a + Math.ceil(span * 0.3 + r() * span * 0.4));
    const p = new URLSearchParams({
      board,
      metric: METRICS[Math.floor(r() * METRICS.length)],
      n: String(1 + Math.floor(r() * 100)),
      countries: countries.join("~"),
      from: day(a),
      to: day(b),
    });
    out.add(p.toString());
  }
  return [...out];
}

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status };
}

const quantile = (xs: number[], f: number) =>
  [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(f * xs.length))] ?? NaN;
const round = (x: number) => Math.round(x * 10) / 10;

async function main() {
  let server: BenchServer | null = null;
  let base = process.env.BENCH_URL?.replace(/\/$/, "");
  if (!base) {
    if (!existsSync(path.join(root, ".next/BUILD_ID")))
      fail("no production build in .next: run `npx next build` first, or set BENCH_URL.");
    if (!process.env.DATABASE_URL)
      fail(
        "DATABASE_URL is not set: point it at a database with the mirror loaded (see `npm run bench:api`), or set BENCH_URL.",
      );
    server = await startBenchServer(await freePort());
    base = server.base;
  }
  try {
    const boards = boardsSchema.parse(await (await fetch(`${base}/api/v1/boards`)).json());
    if (boards.length === 0) fail("the server lists no boards: load the mirror first.");
    const rows = [];
    for (const [i, b] of boards.entries()) {
      if (!b.first || !b.last) continue;
      const warm = coldQueries(b.slug, b.first, b.last, WARMUPS, 1000 + i);
      const first = await timed(`${base}/api/v1/standings?${warm[0]}`);
      for (const q of warm.slice(1)) await timed(`${base}/api/v1/standings?${q}`);
      const measured = coldQueries(b.slug, b.first, b.last, COLD_QUERIES + WARMUPS, 2000 + i).filter(
        (q) => !warm.includes(q),
      );
      const samples = [];
      for (const q of measured.slice(0, COLD_QUERIES)) samples.push(await timed(`${base}/api/v1/standings?${q}`));
      const ms = samples.map((s) => s.ms);
      rows.push({
        board: b.slug,
        firstMs: round(first.ms),
        p50: round(quantile(ms, 0.5)),
        p90: round(quantile(ms, 0.9)),
        n: samples.length,
        non200: samples.filter((s) => s.status !== 200).length,
      });
    }
    const scoreboardFirst = await timed(`${base}/api/v1/scoreboard`);
    const scoreboardAgain = await timed(`${base}/api/v1/scoreboard`);
    const scoreboardCategories = await timed(`${base}/api/v1/scoreboard?categories=true`);
    const page = await timed(`${base}/scoreboard?a=US&b=DE`);
    const result = {
      when: new Date().toISOString(),
      load: os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" "),
      boards: rows,
      scoreboard: {
        firstMs: round(scoreboardFirst.ms),
        againMs: round(scoreboardAgain.ms),
        categoriesFirstMs: round(scoreboardCategories.ms),
        pageMs: round(page.ms),
        statuses: [scoreboardFirst, scoreboardAgain, scoreboardCategories, page].map((s) => s.status),
      },
    };
    await mkdir(path.join(root, "bench-results"), { recursive: true });
    await writeFile(path.join(root, "bench-results/boards.json"), JSON.stringify(result, null, 2));
    console.log(`load ${result.load}\n`);
    console.log(
      `| board | first request (frame load), ms | cold standings p50 (p90), ms | n | non-200 | target p50 ≤ ${TARGET_P50_MS} ms |`,
    );
    console.log("|---|---|---|---|---|---|");
    for (const r of rows)
      console.log(
        `| ${r.board} | ${r.firstMs} | ${r.p50} (${r.p90}) | ${r.n} | ${r.non200} | ${r.p50 <= TARGET_P50_MS ? "met" : "missed"} |`,
      );
    const s = result.scoreboard;
    console.log(
      `\nscoreboard API: first ${s.firstMs} ms, again ${s.againMs} ms, categories=true first ${s.categoriesFirstMs} ms; /scoreboard?a=US&b=DE ${s.pageMs} ms; statuses ${s.statuses.join(", ")}`,
    );
    if (rows.some((r) => r.non200 > 0) || s.statuses.some((x) => x !== 200)) process.exitCode = 1;
  } finally {
    server?.child.kill("SIGTERM");
  }
}

main().catch((err) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)));
