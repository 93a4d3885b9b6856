import { describe, expect, test } from "vitest";
import { bestByParamClass, paramClassOf, scorePerCo2, type ModelFacts } from "@/lib/standings/lenses/efficiency";
import { languageLens } from "@/lib/standings/lenses/language";
import {
  blendedPrice,
  cheapestWithin,
  hasPriceHistory,
  priceFrontier,
  pricedEntries,
  priceTableFor,
  type ModelPrice,
} from "@/lib/standings/lenses/price";
import { population } from "./oracle";
import { entry, filters, frame } from "./helpers";

describe("language lens", () => {
  const chinese = frame("lmarena-text", {
    "2025-05-01": [entry("qwen", 1, 1350, "CN"), entry("gpt", 2, 1340, "US"), entry("mistral", 3, 1300, "FR")],
    "2025-06-01": [entry("qwen", 1, 1360, "CN"), entry("gpt", 1, 1355, "US")],
    "2025-07-01": [entry("gpt", 1, 1370, "US")],
  });
  const english = frame("lmarena-text", {
    "2025-05-01": [entry("gpt", 1, 1360, "US"), entry("mistral", 2, 1320, "FR"), entry("qwen", 3, 1310, "CN")],
    "2025-06-01": [entry("gpt", 1, 1365, "US"), entry("qwen", 4, 1300, "CN")],
    "2025-08-01": [entry("gpt", 1, 1380, "US")],
  });

  test("best rank and score in both categories on the dates both have, and rank on a minus rank on b", () => {
    const [cn, us, eu] = languageLens(chinese, english, { countries: ["CN", "US", "europe"], filters: filters() });
    expect(cn.label).toBe("China");
    expect(cn.points).toEqual([
      {
        date: "2025-05-01",
        rankA: 1,
        rankB: 3,
        scoreA: 1350,
        scoreB: 1310,
        modelA: "qwen",
        modelB: "qwen",
        advantage: -2,
      },
      {
        date: "2025-06-01",
        rankA: 1,
        rankB: 4,
        scoreA: 1360,
        scoreB: 1300,
        modelA: "qwen",
        modelB: "qwen",
        advantage: -3,
      },
    ]);
    expect(us.points.map((p) => p.advantage)).toEqual([1, 0]);
    expect(eu.points.map((p) => [p.rankA, p.rankB, p.advantage])).toEqual([
      [3, 2, 1],
      [null, null, null],
    ]);
  });

  test("the range applies to both", () => {
    const [cn] = languageLens(chinese, english, { countries: ["CN"], from: "2025-06-01", filters: filters() });
    expect(cn.points.map((p) => p.date)).toEqual(["2025-06-01"]);
  });
});

describe("price lens", () => {
  const prices = new Map<string, ModelPrice>([
    ["gpt", { model: "gpt", input: 5, output: 15 }],
    ["gpt-mini", { model: "gpt-mini", input: 0.15, output: 0.6 }],
    ["deepseek", { model: "deepseek", input: 0.27, output: 1.1 }],
    ["qwen", { model: "qwen", input: 0.4, output: 1.2 }],
    ["mistral", { model: "mistral", input: 2, output: 6 }],
  ]);
  const board = frame("lmarena-text", {
    "2025-01-01": [
      entry("gpt", 1, 1300, "US"),
      entry("qwen", 2, 1260, "CN"),
      entry("gpt-mini", 3, 1250, "US"),
      entry("unpriced", 4, 1240, "CN"),
    ],
    "2025-02-01": [
      entry("claude", 1, 1330, "US"),
      entry("gpt", 2, 1310, "US"),
      entry("deepseek", 3, 1305, "CN"),
      entry("qwen", 4, 1262, "CN"),
      entry("gpt-mini", 5, 1255, "US"),
      entry("mistral", 6, 1250, "FR"),
    ],
  });

  test("blended price is 3 parts input to 1 part output", () => {
    expect(blendedPrice(5, 15)).toBe(7.5);
    expect(blendedPrice(0.27, 1.1)).toBe(0.4775);
  });

  test("priced entries join by model key, cheapest first; unpriced models are left out", () => {
    const points = pricedEntries(population("lmarena-text", board.snapshots[0], filters()), prices);
    expect(points.map((p) => [p.model, p.country, p.blended])).toEqual([
      ["gpt-mini", "US", 0.2625],
      ["qwen", "CN", 0.6],
      ["gpt", "US", 7.5],
    ]);
  });

  test("the price table for a date: the newest version on or before it; none before the first", () => {
    const t = (date: string) => ({ date, datedBy: "commit" as const, prices: new Map() });
    const tables = [t("2025-03-01"), t("2025-01-28"), t("2025-06-01")];
    expect(priceTableFor(tables, "2025-04-01")?.date).toBe("2025-03-01");
    expect(priceTableFor(tables, "2025-03-01")?.date).toBe("2025-03-01");
    expect(priceTableFor(tables, "2025-02-28")?.date).toBe("2025-01-28");
    expect(priceTableFor(tables, "2025-06-01")?.date).toBe("2025-06-01");
    expect(priceTableFor(tables, "2026-01-01")?.date).toBe("2025-06-01");
    // Before the first version: no price, never a later one.
    expect(priceTableFor(tables, "2025-01-27")).toBeNull();
    expect(priceTableFor(tables, "2023-05-08")).toBeNull();
    expect(priceTableFor([], "2024-01-01")).toBeNull();
    expect(hasPriceHistory(tables)).toBe(true);
    // A current table read later (the commit list was down that day) counts from its date on, and only then.
    const mixed = [...tables, { date: "2025-09-01", datedBy: "read" as const, prices: new Map() }];
    expect(priceTableFor(mixed, "2025-08-31")?.date).toBe("2025-06-01");
    expect(priceTableFor(mixed, "2025-09-02")?.date).toBe("2025-09-01");
    expect(priceTableFor(mixed, "2025-01-01")).toBeNull();
  });

  test("without the history (current tables only), the oldest read stands for every earlier date", () => {
    const t = (date: string) => ({ date, datedBy: "read" as const, prices: new Map() });
    const tables = [t("2026-03-01"), t("2026-02-01")];
    expect(hasPriceHistory(tables)).toBe(false);
    expect(priceTableFor(tables, "2024-01-01")?.date).toBe("2026-02-01");
    expect(priceTableFor(tables, "2026-02-15")?.date).toBe("2026-02-01");
    expect(priceTableFor(tables, "2026-03-02")?.date).toBe("2026-03-01");
  });

  test("the frontier keeps the models no cheaper one beats", () => {
    const f = priceFrontier([
      { model: "a", blended: 1, score: 1200 },
      { model: "b", blended: 2, score: 1190 },
      { model: "c", blended: 3, score: 1250 },
      { model: "d", blended: 3, score: 1240 },
      { model: "e", blended: 10, score: 1250 },
      { model: "f", blended: 12, score: 1300 },
    ]);
    expect(f.map((p) => p.model)).toEqual(["a", "c", "f"]);
    expect(priceFrontier([])).toEqual([]);
  });

  test("cheapest model within X points of the board's top, per country and date; the top counts unpriced models", () => {
    const table = { date: "2024-12-01", datedBy: "commit" as const, prices };
    const [us, cn, eu] = cheapestWithin(board, () => table, {
      countries: ["US", "CN", "europe"],
      within: 30,
      filters: filters(),
    });
    // 2025-01-01: top 1300 (gpt); within 30 → ≥ 1270: only gpt for the US; nothing for CN (qwen 1260).
    // 2025-02-01: top 1330 (claude, unpriced); ≥ 1300: gpt (7.5) for the US, deepseek (0.4775) for CN.
    expect(us.points.map((p) => [p.date, p.model, p.value, p.top])).toEqual([
      ["2025-01-01", "gpt", 7.5, 1300],
      ["2025-02-01", "gpt", 7.5, 1330],
    ]);
    expect(cn.points.map((p) => [p.model, p.value])).toEqual([
      [null, null],
      ["deepseek", 0.4775],
    ]);
    expect(eu.points.map((p) => p.model)).toEqual([null, null]);
    const [wide] = cheapestWithin(board, () => table, { countries: ["US"], within: 100, filters: filters() });
    expect(wide.points.map((p) => p.model)).toEqual(["gpt-mini", "gpt-mini"]);
    expect(wide.points.map((p) => p.priceDate)).toEqual(["2024-12-01", "2024-12-01"]);
  });

  test("cheapest within X: a date with no price table on or before it is no data, not a later price", () => {
    const tables = [{ date: "2025-02-01", datedBy: "commit" as const, prices }];
    const [us] = cheapestWithin(board, (date) => priceTableFor(tables, date), {
      countries: ["US"],
      within: 100,
      filters: filters(),
    });
    expect(us.points.map((p) => [p.date, p.priceDate, p.model, p.value, p.top])).toEqual([
      ["2025-01-01", null, null, null, 1300],
      ["2025-02-01", "2025-02-01", "gpt-mini", 0.2625, 1330],
    ]);
  });
});

describe("efficiency lens", () => {
  test("parameter classes: lower bound inclusive, upper exclusive; unknown sizes have no class", () => {
    expect([0, 2.9, 3, 9.99, 10, 34.9, 35, 79.9, 80, 405].map(paramClassOf)).toEqual([
      "lt3",
      "lt3",
      "3-10",
      "3-10",
      "10-35",
      "10-35",
      "35-80",
      "35-80",
      "gt80",
      "gt80",
    ]);
    expect(paramClassOf(null)).toBeNull();
    expect(paramClassOf(-1)).toBeNull();
  });

  const hf = frame("hf-open-llm-v2", {
    "2024-12-01": [
      entry("qwen-72b", 1, 47, "CN", { official: true }),
      entry("llama-70b", 2, 41, "US", { official: true }),
      entry("qwen-7b", 3, 30, "CN", { official: true }),
      entry("gemma-2b", 4, 20, "US", { official: true }),
      entry("merge-8b", 5, 35, "US", { official: false }),
    ],
  });
  const facts = new Map<string, ModelFacts>([
    [
      "2024-12-01",
      new Map([
        ["qwen-72b", { params: 72.7, co2: 50 }],
        ["llama-70b", { params: 70.6, co2: 40 }],
        ["qwen-7b", { params: 7.6, co2: 2 }],
        ["gemma-2b", { params: 2.6, co2: 0 }],
        ["merge-8b", { params: 8, co2: 1 }],
      ]),
    ],
  ]);

  test("best score per class and country; the official filter defines who counts", () => {
    const classes = bestByParamClass(hf, facts, { countries: ["US", "CN"], filters: filters({ official: true }) });
    const at = (cls: string, key: string) =>
      classes.find((c) => c.key === cls)!.series.find((s) => s.key === key)!.points[0];
    expect(at("35-80", "CN")).toEqual({ date: "2024-12-01", value: 47, model: "qwen-72b" });
    expect(at("35-80", "US")).toEqual({ date: "2024-12-01", value: 41, model: "llama-70b" });
    expect(at("3-10", "CN").value).toBe(30);
    expect(at("3-10", "US").value).toBeNull();
    expect(at("lt3", "US").model).toBe("gemma-2b");
    const all = bestByParamClass(hf, facts, { countries: ["US"], filters: filters() });
    expect(all.find((c) => c.key === "3-10")!.series[0].points[0].model).toBe("merge-8b");
  });

  test("score per kg of CO₂ counts only positive reported costs", () => {
    const [us, cn] = scorePerCo2(hf, facts, { countries: ["US", "CN"], filters: filters({ official: true }) });
    expect(us.points[0]).toEqual({ date: "2024-12-01", value: 41 / 40, model: "llama-70b" });
    expect(cn.points[0]).toEqual({ date: "2024-12-01", value: 15, model: "qwen-7b" });
  });
});
