import { describe, expect, test, vi } from "vitest";
import { countedRank, population, metricAt, objectView } from "@/tests/unit/standings/oracle";
import { rankUnder, scoreRanksOf } from "@/lib/frame/rank";
import type { FrameSnapshot } from "@/lib/frame/objects";
import { rowsToFrame } from "@/lib/frame/load";
import { entry, filters } from "@/tests/unit/standings/helpers";

vi.mock("server-only", () => ({}));

describe("scoreRanksOf", () => {
  test("ranks the official rows among themselves, others get null", () => {
    const rows = [
      { score: 50, official: false },
      { score: 40, official: true },
      { score: 40, official: null },
      { score: 40, official: true },
      { score: 30, official: true },
    ];
    expect(scoreRanksOf(rows)).toEqual([
      { scoreRank: 1, scoreRankOfficial: null },
      { scoreRank: 2, scoreRankOfficial: 1 },
      { scoreRank: 2, scoreRankOfficial: null },
      { scoreRank: 2, scoreRankOfficial: 1 },
      { scoreRank: 5, scoreRankOfficial: 3 },
    ]);
  });
});

describe("rankUnder", () => {
  const e = { rank: 3, rankOfficial: 2, scoreRank: 7, scoreRankOfficial: 5 };
  test("published keeps the board's own rank, score the computed one, per population", () => {
    expect(rankUnder("published", false, e)).toBe(3);
    expect(rankUnder("published", true, e)).toBe(2);
    expect(rankUnder("score", false, e)).toBe(7);
    expect(rankUnder("score", true, e)).toBe(5);
  });
});

// An arena snapshot published under the CI-upper-bound rule: many models share published rank 1 and 3, while their
// scores are distinct. Score ranks come from the frame loader, as in production.
const ub: FrameSnapshot = (() => {
  const rows = [
    ["us-1", 1, 1400, "US"],
    ["cn-1", 1, 1395, "CN"],
    ["us-2", 1, 1390, "US"],
    ["cn-2", 3, 1380, "CN"],
    ["cn-3", 3, 1380, "CN"],
    ["fr-1", 3, 1370, "FR"],
  ] as const;
  const frame = rowsToFrame(
    "lmarena-text",
    rows.map(([model, rank, score, country]) => ({
      date: "2025-02-06",
      created_at: new Date(0),
      model,
      rank,
      rank_official: null,
      score,
      official: null,
      license: "Proprietary",
      country_developer: country,
      country_base: country,
    })),
  );
  return objectView(frame).snapshots[0];
})();

describe("the score rank in the metrics", () => {
  const at = (key: string, metric: "best-rank" | "top-n-count", rank: "score" | "published", n = 2) =>
    metricAt("lmarena-text", ub, { metric, n, key, filters: filters({ rank }) }).value;

  test("the frame loader assigns competition ranks by score, ties included", () => {
    expect(ub.entries.map((e) => [e.model, e.scoreRank])).toEqual([
      ["us-1", 1],
      ["cn-1", 2],
      ["us-2", 3],
      ["cn-2", 4],
      ["cn-3", 4],
      ["fr-1", 6],
    ]);
  });

  test("best rank: score rank by default rule, the published upper bound on request", () => {
    expect(at("CN", "best-rank", "score")).toBe(2);
    expect(at("CN", "best-rank", "published")).toBe(1);
    expect(at("europe", "best-rank", "score")).toBe(6);
    expect(at("europe", "best-rank", "published")).toBe(3);
  });

  test("top-n count: the upper bound lets three models into a top 2; the score rank does not", () => {
    expect(at("US", "top-n-count", "published")).toBe(2);
    expect(at("CN", "top-n-count", "published")).toBe(1);
    expect((at("US", "top-n-count", "score") ?? 0) + (at("CN", "top-n-count", "score") ?? 0)).toBe(2);
    // A tie at the cut-off counts both tied models.
    expect(at("CN", "top-n-count", "score", 4)).toBe(3);
  });

  test("official=true ranks the official rows among themselves on HF", () => {
    const hf: FrameSnapshot = {
      date: "2025-01-01",
      entries: [
        entry("a", 1, 50, "US", { scoreRank: 1, official: false }),
        entry("b", 2, 45, "CN", { scoreRank: 2, official: true, rankOfficial: 1, scoreRankOfficial: 1 }),
        entry("c", 3, 40, "FR", { scoreRank: 3, official: true, rankOfficial: 2, scoreRankOfficial: 2 }),
      ],
    };
    expect(
      population("hf-open-llm-v2", hf, filters({ official: true, rank: "score" })).map((e) => [e.model, e.rank]),
    ).toEqual([
      ["b", 1],
      ["c", 2],
    ]);
    // The license filter drops rows but never renumbers.
    const row = { ...hf.entries[2], license: "apache-2.0" };
    expect(countedRank("hf-open-llm-v2", row, { official: true, license: "open", rank: "score" })).toBe(2);
    expect(countedRank("hf-open-llm-v2", row, { official: true, license: "proprietary", rank: "score" })).toBeNull();
  });
});
