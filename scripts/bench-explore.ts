// npm run bench:explore: server-render time of the entity pages (model on each board, organization, country) and
// search latency, with sequential requests against the production server and the whole mirror loaded, next to a
// static file and the home view from the same server in the same run. Env: BENCH_URL (a running server; else
// scripts/server.mjs is started here on a free port with DATABASE_URL, which needs `npx next build` first and a
// database with the mirror loaded), BENCH_ROUNDS (default 5). Writes bench-results/explore.json.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { freePort } from "./lib/embedded-db";
import { startBenchServer } from "./lib/bench-server";

const root = path.resolve(import.meta.dirname, "..");
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGETS = { pageP50: 50, searchP50: 20 };

function fail(message: string): never {
  console.error(`bench:explore: ${message}`);
  process.exit(2);
}

async function startServer(): Promise<{ base: string; child: ChildProcess }> {
  if (!existsSync(path.join(root, ".next/BUILD_ID")))
    fail("no production build in .next: run `npx next build` first, or set BENCH_URL.");
  if (!process.env.DATABASE_URL)
    fail("DATABASE_URL is not set: point it at a database with the mirror loaded (see bench:api), or set BENCH_URL.");
  // The same server `npm start` runs: Next's handler behind the API fast path.
  return startBenchServer(await freePort()).catch((err: Error) => fail(err.message));
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (res.status !== 200) fail(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/** One GET, timed to the last byte. */
async function timed(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status, bytes: body.byteLength };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function stats(samples: { ms: number; bytes: number; status: number }[]) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const bad = samples.filter((s) => s.status !== 200).length;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: ms.length,
    p50: round(quantile(ms, 0.5)),
    p90: round(quantile(ms, 0.9)),
    max: round(ms.at(-1) ?? 0),
    meanBytes: Math.round(samples.reduce((n, s) => n + s.bytes, 0) / Math.max(1, samples.length)),
    non200: bad,
  };
}

/** Each URL once to warm it, then `rounds` sequential passes over all of them. */
async function measure(base: string, paths: string[]) {
  for (const p of paths) await timed(base + p);
  const samples = [];
  for (let r = 0; r < rounds; r++) for (const p of paths) samples.push(await timed(base + p));
  return stats(samples);
}

async function main() {
  const given = process.env.BENCH_URL?.replace(/\/+$/, "");
  const server = given ? { base: given, child: null } : await startServer();
  try {
    const base = server.base;
    // Entities to visit, picked from the data itself: the first models of each board in the newest snapshot, the
    // organizations with the most models, and every country key the data knows plus the groups.
    const orgs = await getJson<{ slug: string; country: string; models: Record<string, { developer: number }> }[]>(
      `${base}/api/v1/organizations`,
    );
    const pick = <T>(list: T[], n: number) =>
      list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
    const modelPaths: Record<string, string[]> = {};
    for (const board of ["lmarena-text", "hf-open-llm-v2"]) {
      const snaps = await getJson<{ date: string }[]>(`${base}/api/v1/boards/${board}/snapshots`);
      const latest = snaps
        .map((s) => s.date)
        .sort()
        .at(-1);
      if (!latest) fail(`${board} has no snapshot: load the mirror first`);
      const table = await getJson<{ rows: { model: string }[] }>(`${base}/api/v1/boards/${board}/snapshots/${latest}`);
      modelPaths[board] = pick(table.rows, 10).map(
        (r) => `/models/${board}/${r.model.split("/").map(encodeURIComponent).join("/")}`,
      );
    }
    const busiest = [...orgs].sort(
      (a, b) =>
        Object.values(b.models).reduce((n, m) => n + m.developer, 0) -
        Object.values(a.models).reduce((n, m) => n + m.developer, 0),
    );
    const orgPaths = busiest.slice(0, 10).map((o) => `/orgs/${o.slug}`);
    const countryPaths = [...new Set(["US", "CN", "europe", "other", "unknown", ...orgs.map((o) => o.country)])]
      .slice(0, 10)
      .map((k) => `/countries/${k}`);
    const words = [
      "qwen",
      "llama 3 70b",
      "mistral",
      "deepsek",
      "gemma-2",
      "china",
      "France",
      "anthropic",
      "gpt-4o",
      "phi 3 mini",
      "yi 34b",
      "hermes",
      "falcon",
      "glm",
      "claude opus",
      "meta",
      "nvidia",
      "internlm",
      "command r",
      "zephyr",
    ];

    const results = {
      static: await measure(base, ["/bench-static.json"]),
      home: await measure(base, ["/"]),
      arenaModel: await measure(base, modelPaths["lmarena-text"]),
      hfModel: await measure(base, modelPaths["hf-open-llm-v2"]),
      organization: await measure(base, orgPaths),
      country: await measure(base, countryPaths),
      // Repeat searches are served from the response cache (fast path); first-time queries compute the answer.
      searchRepeat: await measure(
        base,
        words.map((w) => `/api/v1/search?q=${encodeURIComponent(w)}`),
      ),
      searchFirst: await (async () => {
        const samples = [];
        for (let r = 0; r < rounds; r++) {
          for (const w of words)
            samples.push(await timed(`${base}/api/v1/search?q=${encodeURIComponent(w)}&limit=${20 + r + 1}`));
        }
        return stats(samples);
      })(),
    };
    const pages = ["home", "arenaModel", "hfModel", "organization", "country"] as const;
    for (const [name, s] of Object.entries(results)) {
      const ratio = name === "static" ? "" : `   ${(s.p50 / Math.max(results.static.p50, 0.1)).toFixed(1)}× static`;
      console.log(
        `${name.padEnd(13)} p50 ${String(s.p50).padStart(6)} ms   p90 ${String(s.p90).padStart(6)} ms   max ${String(s.max).padStart(6)} ms   ${String(s.meanBytes).padStart(7)} B   n ${s.n}   non-200 ${s.non200}${ratio}`,
      );
    }
    const pass = {
      pages: pages.filter((p) => p !== "home").every((p) => results[p].p50 <= TARGETS.pageP50),
      search: results.searchFirst.p50 <= TARGETS.searchP50 && results.searchRepeat.p50 <= TARGETS.searchP50,
    };
    console.log(
      `targets  entity pages p50 ≤ ${TARGETS.pageP50} ms: ${pass.pages ? "met" : "MISSED"}   search p50 ≤ ${TARGETS.searchP50} ms: ${pass.search ? "met" : "MISSED"}`,
    );
    const out = path.join(root, "bench-results");
    await mkdir(out, { recursive: true });
    await writeFile(
      path.join(out, "explore.json"),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          base,
          rounds,
          paths: { modelPaths, orgPaths, countryPaths, words },
          results,
          targets: TARGETS,
          pass,
        },
        null,
        2,
      ),
    );
    console.error(`wrote ${path.relative(root, path.join(out, "explore.json"))}`);
  } finally {
    server.child?.kill("SIGTERM");
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
