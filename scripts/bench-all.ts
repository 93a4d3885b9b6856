// npm run bench: runs every benchmark in turn (each writes bench-results/<name>.json), then prints one table and
// appends it to bench/results.md with the date, the commit and the machine, so the performance history is in git.
// A bench that fails is reported as such and the others still run. BENCH_ONLY=ingest,api,... picks a subset;
// BENCH_SKIP_RUN=1 only tabulates the JSON files already there. Lighthouse runs once: when bench:web runs, bench:share
// skips its own (BENCH_LIGHTHOUSE=off), since both load the same home view.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { appendFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const BENCHES = ["ingest", "api", "web", "explore", "share", "load"] as const;
const only = process.env.BENCH_ONLY?.split(",");
const chosen = BENCHES.filter((b) => !only || only.includes(b));

// The benches' result files, read back as written (each bench owns its shape; this table only reports them).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const read = (name: string): Json | null => {
  const file = path.join(root, `bench-results/${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
};

/** One row per measured quantity: [area, what, value, target or baseline]. */
function rows(name: string, r: Json): string[][] {
  switch (name) {
    case "ingest":
      return [
        [
          "ingest",
          "whole mirror",
          `${r.ingestMs} ms (${r.ingestRowsPerSec} rows/s)`,
          `COPY ${r.copyMs} ms: ${r.ratioToCopy}× COPY`,
        ],
        ["ingest", "CLI peak RSS", `${r.cliPeakRssMb} MB`, "≤ 500 MB"],
      ];
    case "api":
      return [
        [
          "api",
          `standings, ${r.connections} conns`,
          `p50 ${r.api.p50} ms, p99 ${r.api.p99} ms, ${Math.round(r.api.reqPerSec)} req/s`,
          `static: p50 ${r.static.p50} ms, ${Math.round(r.static.reqPerSec)} req/s (p50 ${r.ratio.p50.toFixed(2)}×, throughput ${r.ratio.reqPerSec.toFixed(2)}× static)`,
        ],
      ];
    case "web":
      return (["mobile", "desktop"] as const).map((p) => {
        const l = r.lighthouse?.[p];
        return [
          "pages",
          `Lighthouse ${p} (median)`,
          `${l?.medianPerformance} (TBT ${l?.medianTbtMs} ms, LCP ${l?.medianLcpMs} ms)`,
          `first-load JS ${r.firstLoadJsKb?.gzip} KB gz`,
        ];
      });
    case "explore":
      return Object.entries((r.results ?? {}) as Record<string, Json>).map(([k, s]) => [
        "pages",
        `${k} (serial)`,
        `p50 ${s.p50} ms`,
        `n ${s.n}`,
      ]);
    case "share": {
      const s = r.spreadingLink;
      const lh = (x: Json) => `${x.medianPerformance} (LCP ${x.medianLcpMs ?? "?"} ms, TBT ${x.medianTbtMs} ms)`;
      return [
        [
          "pages",
          `permalink under load, ${s.connections} conns × ${s.duration} s`,
          `p50 ${s.page.p50} ms, p99 ${s.page.p99} ms, ${s.page.reqPerSec} req/s, errors ${s.page.errors}`,
          `static: p50 ${s.static.p50} ms, ${s.static.reqPerSec} req/s: ${s.p50Ratio}× (≤ 3×)`,
        ],
        ["pages", "server RSS after the permalink run", `${s.rssAfterMb} MB (peak ${s.rssPeakMb} MB)`, "≤ 400 MB"],
        ...(r.lighthouse
          ? [
              ["pages", "permalink host (/): Lighthouse mobile (median)", lh(r.lighthouse.mobile), "≥ 90"],
              ["pages", "permalink host (/): Lighthouse desktop (median)", lh(r.lighthouse.desktop), "≥ 95"],
            ]
          : []),
        [
          "pages",
          "OG image p50",
          "coldP50Ms" in r.og ? `cold ${r.og.coldP50Ms} ms, warm ${r.og.warmP50Ms} ms` : String(r.og.missing),
          "≤ 300 ms cold, ≤ 10 ms warm",
        ],
      ];
    }
    case "load":
      return (r.results ?? []).map((s: Json) => [
        "load",
        `${r.duration}s × ${r.connections} conns, ${s.label}`,
        `p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.reqPerSec} req/s`,
        `errors ${s.errors}, non-2xx ${s.non2xx}, server RSS after ${s.rssAfterMb ?? "?"} MB, peak ${s.peakRssMb} MB (≤ 500 MB)`,
      ]);
    default:
      return [];
  }
}

const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ");

async function main() {
  const loadBefore = loadAverage();
  const status: Record<string, string> = {};
  if (process.env.BENCH_SKIP_RUN !== "1") {
    for (const name of chosen) {
      console.log(`\n=== bench:${name} ===`);
      const once = name === "share" && chosen.includes("web") ? { BENCH_LIGHTHOUSE: "off" } : {};
      const r = spawnSync("npm", ["run", "--silent", `bench:${name}`], {
        cwd: root,
        stdio: "inherit",
        env: { ...process.env, ...once },
      });
      status[name] = r.status === 0 ? "ok" : `failed (exit ${r.status})`;
    }
  }
  const commit =
    spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim() || "unknown";
  const machine =
    `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GB, ` +
    `load average (1 / 5 / 15 min) ${loadBefore} before the run, ${loadAverage()} after`;
  const table = [["area", "measure", "value", "baseline / target"]];
  for (const name of chosen) {
    const r = read(name);
    if (status[name]?.startsWith("failed") || !r)
      table.push([name, "(not measured)", status[name] ?? "no result file", ""]);
    else table.push(...rows(name, r));
  }
  const md = [
    `\n## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, commit ${commit}`,
    `Machine: ${machine}. Node ${process.version}.`,
    "",
    `| ${table[0].join(" | ")} |`,
    `|${table[0].map(() => "---").join("|")}|`,
    ...table.slice(1).map((r) => `| ${r.join(" | ")} |`),
    "",
  ].join("\n");
  console.log(md);
  await mkdir(path.join(root, "bench"), { recursive: true });
  const file = path.join(root, "bench/results.md");
  if (!existsSync(file))
    await appendFile(
      file,
      "# Benchmark history\n\nAppended by `npm run bench` (scripts/bench-all.ts). The machine is shared and noisy; compare ratios within a run.\n",
    );
  await appendFile(file, md);
  console.log(`appended to ${path.relative(root, file)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
