// The summary path gives exactly what the frame path gives: every metric, key, filter combination, rank rule and a
// range of n, plus the gap, over seeded random frames with tied scores, ties in the published rank, official rows,
// every licence class, unattributed models and an empty snapshot.
import { describe, expect, test } from "vitest";
import { BOARD_SLUGS, type BoardSlug } from "@/lib/boards";
import { rowsToFrame, type FrameRow } from "@/lib/standings/frame-rows";
import { computeGap, gapFromLeaders } from "@/lib/standings/gap";
import { computeSeries } from "@/lib/standings/metrics";
import { METRICS } from "@/lib/standings/metric-kinds";
import { RANK_RULES } from "@/lib/standings/rank";
import {
  combosOf,
  comboOf,
  gapSidesFromSummary,
  keysOfCountry,
  pickRule,
  seriesFromSummary,
  summarizeSnapshot,
  type SummaryPoint,
  type SummaryRow,
} from "@/lib/standings/summary";

/** A small deterministic PRNG (mulberry32), so a failure reproduces. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ["US", "CN", "FR", "GB", "DE", "KR", "JP", "IL", null];
const LICENSES = ["Proprietary", "Apache 2.0", "MIT", null, "", "Propretary", "other", "api only"];
const KEYS = ["US", "CN", "europe", "other", "unknown", "FR", "DE", "KR", "BR"];

function randomFrame(board: BoardSlug, seed: number, snapshots: number, models: number) {
  const r = rng(seed);
  const rows: FrameRow[] = [];
  for (let d = 0; d < snapshots; d++) {
    const date = `2024-01-${String(d + 1).padStart(2, "0")}`;
    const created = new Date(Date.UTC(2024, 0, d + 1, 12));
    if (d === 3) {
      // A snapshot without entries (the LEFT JOIN row) keeps its date.
      rows.push({ date, created_at: created, model: null, rank: null, rank_official: null, score: null, official: null, license: null, country_developer: null, country_base: null });
      continue;
    }
    const n = 1 + Math.floor(r() * models);
    const entries = Array.from({ length: n }, (_, i) => {
      const dev = COUNTRIES[Math.floor(r() * COUNTRIES.length)];
      return {
        model: `m${Math.floor(r() * models * 3)}-${i}`,
        // Few distinct scores, so ties are common.
        score: 1000 + Math.floor(r() * 12) * 5,
        official: board === "hf-open-llm-v2" ? r() < 0.3 : null,
        license: LICENSES[Math.floor(r() * LICENSES.length)],
        dev,
        base: r() < 0.3 ? COUNTRIES[Math.floor(r() * COUNTRIES.length)] : dev,
        ci: r() < 0.8 ? 2 + Math.floor(r() * 6) : null,
      };
    });
    // Published rank: an ordinal rank by a noisy score (ties broken arbitrarily), sometimes a shared CI-bound rank.
    const published = [...entries].sort((a, b) => b.score + (r() - 0.5) * 8 - a.score);
    const officialOrder = published.filter((e) => e.official);
    for (const e of entries) {
      const p = published.indexOf(e) + 1;
      rows.push({
        date,
        created_at: created,
        model: e.model,
        rank: r() < 0.2 ? Math.max(1, p - 2) : p,
        rank_official: e.official ? officialOrder.indexOf(e) + 1 : null,
        score: e.score,
        ci_lower: e.ci === null ? null : e.score - e.ci,
        ci_upper: e.ci === null ? null : e.score + e.ci,
        official: e.official,
        license: e.license,
        country_developer: e.dev,
        country_base: e.base,
      });
    }
  }
  return rowsToFrame(board, rows);
}

type Stored = { date: string; row: SummaryRow }[];

function summarizeFrame(board: BoardSlug, frame: ReturnType<typeof randomFrame>): Stored {
  return frame.snapshots.flatMap((s) => summarizeSnapshot(board, s, "overall").map((row) => ({ date: s.date, row })));
}

/** What the SQL read selects: the query's combination, with the rule applied and the top n counted. */
function summaryPoints(rows: Stored, combo: ReturnType<typeof comboOf>, rule: "score" | "published", n: number): SummaryPoint[] {
  return rows
    .filter(({ row }) => row.attribution === combo.attribution && row.license === combo.license && row.official === combo.official)
    .map(({ date, row }) => pickRule(date, row, rule, n));
}

describe("the standings summary", () => {
  test("keys: a country counts for its code and its group", () => {
    expect(keysOfCountry(null)).toEqual(["unknown"]);
    expect(keysOfCountry("US")).toEqual(["US"]);
    expect(keysOfCountry("FR")).toEqual(["FR", "europe"]);
    expect(keysOfCountry("KR")).toEqual(["KR", "other"]);
  });

  for (const board of BOARD_SLUGS) {
    test(`${board}: every metric, key, combination, rule and n agrees with the frame`, () => {
      for (const seed of [1, 2, 3]) {
        const frame = randomFrame(board, seed, 8, 40);
        const dates = frame.snapshots.map((s) => s.date);
        const stored = summarizeFrame(board, frame);
        for (const combo of combosOf(board).concat(board === "lmarena-text" ? [{ attribution: "base", license: "open", official: true }] : [])) {
          for (const rule of RANK_RULES) {
            for (const n of [1, 2, 3, 5, 10, 37, 100]) {
              const points = summaryPoints(stored, comboOf(board, combo), rule, n);
              for (const metric of METRICS) {
                const q = { metric, n, countries: KEYS, from: dates[1], to: undefined, filters: { ...combo, rank: rule } };
                expect(seriesFromSummary(dates, points, q), `${seed} ${JSON.stringify(combo)} ${rule} ${n} ${metric}`).toEqual(computeSeries(frame, q));
              }
            }
          }
          const points = summaryPoints(stored, comboOf(board, combo), "score", 1);
          for (const [a, b] of [["US", "CN"], ["europe", "other"], ["unknown", "US"], ["FR", "BR"]]) {
            const q = { a, b, from: dates[2], filters: { ...combo, rank: "score" as const } };
            const sides = gapSidesFromSummary(dates, points, a, b);
            expect(gapFromLeaders(board, sides, q), `${seed} ${JSON.stringify(combo)} ${a}-${b}`).toEqual(computeGap(frame, q));
          }
        }
      }
    }, 60_000);
  }
});
