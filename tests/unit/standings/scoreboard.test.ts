import { describe, expect, test } from "vitest";
import { boardInfo } from "@/lib/boards/info";
import { scoreboardFilters, scoreboardResponse, scoreboardRow, scoreboardRowOf } from "@/lib/standings/scoreboard";
import { entry, filters, frame } from "./helpers";

const openai = { orgDeveloper: { slug: "openai", name: "OpenAI" } };
const ci = (score: number, half: number) => ({ ciLower: score - half, ciUpper: score + half });

// 2025-10-01 → 2025-11-05 is 35 days. 2025-11-05 carries a data caveat on lmarena-text (lib/boards/data-caveats.ts).
const text = frame("lmarena-text", {
  "2025-09-01": [
    entry("us-a", 1, 1300, "US", ci(1300, 5)),
    entry("cn-a", 2, 1250, "CN", ci(1250, 5)),
    entry("fr-a", 3, 1240, "FR", ci(1240, 5)),
  ],
  "2025-10-01": [
    entry("us-b", 1, 1320, "US", { ...ci(1320, 5), ...openai }),
    entry("cn-b", 2, 1300, "CN", ci(1300, 5)),
    entry("fr-a", 3, 1240, "FR", ci(1240, 5)),
  ],
  "2025-11-05": [
    entry("de-a", 1, 1330, "DE", ci(1330, 4)),
    entry("us-b", 2, 1320, "US", { ...ci(1320, 5), ...openai }),
    entry("cn-c", 3, 1318, "CN", ci(1318, 8)),
    entry("us-c", 4, 1310, "US", { ...ci(1310, 5), ...openai }),
  ],
});

const pair = { a: "US", b: "CN", also: ["europe"] };

describe("scoreboardRow", () => {
  const row = scoreboardRowOf(text, "overall", pair);

  test("dates the row by the board's newest snapshot and names the board's caveats on it", () => {
    expect(row.board).toBe("lmarena-text");
    expect(row.category).toBe("overall");
    expect(row.asOf).toBe("2025-11-05");
    expect(row.retiredOn).toBeNull();
    expect(row.caveats).toEqual(["arena-2025-11-05-holds-august-board"]);
  });

  test("leader: the compared key with the highest best score, with its model and score", () => {
    expect(row.leader).toEqual({ key: "europe", label: "Europe", model: "de-a", score: 1330, tied: false });
  });

  test("each key's best score and best score rank, the pair first", () => {
    expect(row.sides.map((s) => [s.key, s.score, s.model, s.bestRank])).toEqual([
      ["US", 1320, "us-b", 2],
      ["CN", 1318, "cn-c", 3],
      ["europe", 1330, "de-a", 1],
    ]);
  });

  test("gap in points and percent, its band from the two CIs, and the overlap rule", () => {
    expect(row.gap.leader).toBe("a");
    expect(row.gap.points).toBe(2);
    expect(row.gap.percent).toBeCloseTo((2 / 1318) * 100);
    expect(row.gap.ci).toEqual({ low: 1315 - 1326, high: 1325 - 1310 });
    expect(row.gap.significant).toBe(false);
  });

  test("lag from the leader's side, in days and months, with the caveat it rests on", () => {
    // US first reached CN's 1318 on 2025-10-01 (1320).
    expect(row.gap.lagDays).toBe(35);
    expect(row.gap.lagMonths).toBe(1.1);
    expect(row.gap.lagDataCaveat).toBe("arena-2025-11-05-holds-august-board");
  });

  test("trend: the gap on every date of the board", () => {
    expect(row.trend.map((p) => [p.date, p.points])).toEqual([
      ["2025-09-01", 50],
      ["2025-10-01", 20],
      ["2025-11-05", 2],
    ]);
    expect(row.trend[0].percent).toBeCloseTo(4);
  });

  test("concentration: a key whose top-10 slots come from one supplier on the row's date", () => {
    expect(row.concentration.map((r) => [r.key, r.supplier.name, r.supplied, r.slots])).toEqual([
      ["US", "OpenAI", 2, 2],
    ]);
  });

  test("the pair reversed: the leader is b and the lag is told from b's side", () => {
    const rev = scoreboardRowOf(text, "overall", { a: "CN", b: "US", also: [] });
    expect(rev.sides.map((s) => s.key)).toEqual(["CN", "US"]);
    expect(rev.leader?.key).toBe("US");
    expect(rev.gap.leader).toBe("b");
    expect(rev.gap.points).toBe(-2);
    expect(rev.gap.lagDays).toBe(35);
  });

  test("a key with no model: no gap, no lag, no rank; also-keys repeating the pair are dropped", () => {
    const r = scoreboardRowOf(text, "overall", { a: "US", b: "JP", also: ["US", "europe"] });
    expect(r.sides.map((s) => s.key)).toEqual(["US", "JP", "europe"]);
    expect(r.sides[1]).toMatchObject({ score: null, model: null, bestRank: null });
    expect(r.gap).toMatchObject({ leader: null, points: null, percent: null, lagDays: null, lagMonths: null });
  });

  test("a level pair has no lag", () => {
    const level = frame("lmarena-text", {
      "2025-01-01": [entry("us", 1, 1300, "US"), entry("cn", 1, 1300, "CN")],
    });
    const r = scoreboardRowOf(level, "overall", pair);
    expect(r.gap.leader).toBe("tie");
    expect(r.gap.lagDays).toBeNull();
    expect(r.leader).toMatchObject({ key: "US", tied: true });
  });

  test("a retired board without CIs: the retirement date, and significance unknown", () => {
    const hf = frame("hf-open-llm-v2", {
      "2025-03-01": [
        entry("us_m", 1, 50, "US", { official: true, rankOfficial: 1 }),
        entry("cn_m", 2, 45, "CN", { official: true, rankOfficial: 2 }),
      ],
    });
    const r = scoreboardRowOf(hf, "overall", pair);
    expect(r.retiredOn).toBe(boardInfo("hf-open-llm-v2").retiredOn);
    expect(r.retiredOn).not.toBeNull();
    expect(r.gap.significant).toBeNull();
    expect(r.gap.ci).toBeNull();
    expect(r.gap.points).toBe(5);
  });

  test("the board's population: official rows where the board flags them", () => {
    expect(scoreboardFilters("hf-open-llm-v2").official).toBe(true);
    expect(scoreboardFilters("lmarena-text")).toEqual({
      attribution: "developer",
      license: "all",
      official: false,
      rank: "score",
    });
  });

  test("an empty board has a row with nothing in it", () => {
    const r = scoreboardRow(frame("lmarena-vision", {}), { ...pair, category: "overall", filters: filters() });
    expect(r.asOf).toBeNull();
    expect(r.leader).toBeNull();
    expect(r.trend).toEqual([]);
    expect(r.caveats).toEqual([]);
  });
});

describe("scoreboardResponse", () => {
  test("dates the answer by its newest row and ingestion", () => {
    const rows = [scoreboardRowOf(text, "overall", pair)];
    const r = scoreboardResponse({ ...pair, categories: false }, rows, [null, "2025-11-06T00:00:00.000Z"]);
    expect(r.asOf).toBe("2025-11-05");
    expect(r.updatedAt).toBe("2025-11-06T00:00:00.000Z");
    expect(r.rows).toBe(rows);
  });
});
