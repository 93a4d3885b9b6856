import { describe, expect, it } from "vitest";
import { modelHref, orgHref, countryHref } from "@/lib/view/url/hrefs";
import { bestOf, modelRankSeries, modelScoreSeries, rankHistorySeries } from "@/lib/view/chart/entity-series";

const point = (date: string, rank: number, score: number, ci: [number, number] | null = null) => ({
  date,
  rank,
  scoreRank: rank,
  publishedRank: rank,
  rankOfficial: null,
  score,
  ciLower: ci?.[0] ?? null,
  ciUpper: ci?.[1] ?? null,
  votes: null,
});

describe("entity series", () => {
  it("draws a model's rank, and its score with CI bounds only where some are known", () => {
    const arena = [point("2024-01-01", 3, 1250, [1245, 1255]), point("2024-02-01", 2, 1260, [1256, 1264])];
    expect(modelRankSeries(arena)[0].points.map((p) => p.value)).toEqual([3, 2]);
    const score = modelScoreSeries(arena);
    expect(score.map((s) => s.key)).toEqual(["score", "ci-upper", "ci-lower"]);
    expect(score[2].points.map((p) => p.value)).toEqual([1245, 1256]);
    expect(modelScoreSeries([point("2024-01-01", 9, 40.5)]).map((s) => s.key)).toEqual(["score"]);
  });

  it("keeps the model behind each best-rank point, and finds the first date of the best rank", () => {
    const history = [
      { date: "2024-01-01", rank: null, model: null },
      { date: "2024-02-01", rank: 4, model: "a" },
      { date: "2024-03-01", rank: 2, model: "b" },
      { date: "2024-04-01", rank: 2, model: "c" },
    ];
    expect(rankHistorySeries("meta", "Meta", history).points[2]).toEqual({ date: "2024-03-01", value: 2, model: "b" });
    expect(bestOf(history)).toEqual({ rank: 2, date: "2024-03-01" });
    expect(bestOf([{ date: "2024-01-01", rank: null }])).toBeNull();
  });
});

describe("hrefs", () => {
  it("encodes each part of a key and keeps its slashes", () => {
    expect(modelHref("hf-open-llm-v2", "Qwen_Qwen2-72B-Instruct_bfloat16")).toBe(
      "/models/hf-open-llm-v2/Qwen_Qwen2-72B-Instruct_bfloat16",
    );
    expect(modelHref("hf-open-llm-v2", "ns/a b#c")).toBe("/models/hf-open-llm-v2/ns/a%20b%23c");
    expect(orgHref("mistral-ai")).toBe("/orgs/mistral-ai");
    expect(countryHref("europe")).toBe("/countries/europe");
  });
});
