// The one Lighthouse runner of the benches (bench:web, bench:share): Lighthouse 12.2.3's CLI on Debian's Chromium,
// performance only, mobile (Lighthouse's default preset: a throttled mid-range phone) and desktop, the median of
// `runs` of each. On a loaded machine Chromium sometimes fails to record the trace (NO_NAVSTART), so a failed run is
// tried again, twice at most, before it throws.
// BENCH_LIGHTHOUSE=off skips it (`npm run bench` sets it for bench:share, whose Lighthouse would repeat bench:web's).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
export const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const PRESETS = ["mobile", "desktop"] as const;
export type Preset = (typeof PRESETS)[number];
const ATTEMPTS = 3;
const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

export interface LighthouseRun {
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The LCP element as Lighthouse names it (its selector), to see what the largest paint is. */
  lcpElement: string | null;
  domElements: number | null;
  /** Lighthouse's measure of the host's CPU speed: its simulated phone is 4× slower than the host, so a busy or slow
   * host (a low index) scores lower for the same page. */
  benchmarkIndex: number | null;
}

export interface LighthouseSummary {
  medianPerformance: number;
  medianTbtMs: number;
  medianLcpMs: number;
  medianFcpMs: number;
  runs: LighthouseRun[];
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const lighthouseEnabled = () => process.env.BENCH_LIGHTHOUSE !== "off";

/** One Lighthouse run of `url`; `keepAs`, when given, is where the whole JSON report is copied for diagnosis. */
export function lighthouseRun(url: string, preset: Preset, keepAs?: string): LighthouseRun {
  if (!existsSync(CHROME)) throw new Error(`no Chromium at ${CHROME}; set CHROMIUM_PATH.`);
  const out = path.join(os.tmpdir(), `atlas-lh-${process.pid}-${preset}.json`);
  let stderr = "";
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const lh = spawnSync(
      process.execPath,
      [
        "node_modules/lighthouse/cli/index.js",
        url,
        ...(preset === "desktop" ? ["--preset=desktop"] : []),
        "--only-categories=performance",
        "--output=json",
        `--output-path=${out}`,
        "--quiet",
        `--chrome-flags=${CHROME_FLAGS}`,
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: CHROME }, encoding: "utf8" },
    );
    if (lh.status === 0) return readReport(out, keepAs);
    stderr = lh.stderr;
  }
  throw new Error(`lighthouse failed ${ATTEMPTS} times on ${url} (${preset}):\n${stderr}`);
}

function readReport(file: string, keepAs?: string): LighthouseRun {
  if (keepAs) copyFileSync(file, keepAs);
  const report = JSON.parse(readFileSync(file, "utf8"));
  rmSync(file, { force: true });
  const a = report.audits;
  const lcpItems = a["largest-contentful-paint-element"]?.details?.items?.[0]?.items;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    fcpMs: Math.round(a["first-contentful-paint"].numericValue),
    lcpMs: Math.round(a["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(a["total-blocking-time"].numericValue),
    cls: Number(a["cumulative-layout-shift"].numericValue.toFixed(3)),
    lcpElement: lcpItems?.[0]?.node?.selector ?? null,
    domElements: a["dom-size"]?.numericValue ?? null,
    benchmarkIndex: report.environment?.benchmarkIndex ?? null,
  };
}

/**
 * `runs` runs of each preset on `url`, one preset after the other, each run logged with the load average; the last
 * report of each preset is kept as `${keepDir}/lighthouse-<preset>.json` when `keepDir` is given.
 */
export function lighthousePresets(url: string, runs: number, keepDir?: string): Record<Preset, LighthouseSummary> {
  const out = {} as Record<Preset, LighthouseSummary>;
  for (const preset of PRESETS) {
    const rs: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) {
      rs.push(lighthouseRun(url, preset, keepDir && path.join(keepDir, `lighthouse-${preset}.json`)));
      const load = os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" ");
      console.error(`  lighthouse ${preset} run ${i + 1}/${runs}: ${JSON.stringify(rs.at(-1))} (load ${load})`);
    }
    out[preset] = {
      medianPerformance: median(rs.map((r) => r.performance)),
      medianTbtMs: median(rs.map((r) => r.tbtMs)),
      medianLcpMs: median(rs.map((r) => r.lcpMs)),
      medianFcpMs: median(rs.map((r) => r.fcpMs)),
      runs: rs,
    };
  }
  return out;
}

/** "mobile 92 (LCP 2100 ms, TBT 80 ms), desktop 99 (…), median of 3". */
export function lighthouseLine(result: Record<Preset, LighthouseSummary>): string {
  const one = (p: Preset) =>
    `${p} ${result[p].medianPerformance} (LCP ${result[p].medianLcpMs} ms, TBT ${result[p].medianTbtMs} ms)`;
  return `${PRESETS.map(one).join(", ")}, median of ${result.mobile.runs.length}`;
}
