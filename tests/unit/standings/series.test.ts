import { describe, expect, test } from "vitest";
import { computeSeries } from "@/lib/standings/metrics";
import { entry, filters, frame } from "./helpers";

const board = frame("lmarena-text", {
  "2024-12-01": [entry("us-1", 1, 1290, "US"), entry("cn-1", 2, 1280, "CN")],
  "2025-01-01": [entry("cn-2", 1, 1300, "CN"), entry("us-1", 2, 1295, "US")],
  "2025-02-01": [entry("cn-2", 1, 1305, "CN"), entry("us-2", 2, 1300, "US"), entry("fr-1", 3, 1250, "FR")],
});

describe("computeSeries", () => {
  test("one series per key, in request order, with one point per snapshot", () => {
    const series = computeSeries(board, {
      metric: "best-rank",
      n: 10,
      countries: ["US", "CN", "europe"],
      filters: filters(),
    });
    expect(series.map((s) => [s.key, s.label])).toEqual([
      ["US", "United States"],
      ["CN", "China"],
      ["europe", "Europe"],
    ]);
    expect(series[0].points).toEqual([
      { date: "2024-12-01", value: 1, model: "us-1" },
      { date: "2025-01-01", value: 2, model: "us-1" },
      { date: "2025-02-01", value: 2, model: "us-2" },
    ]);
    expect(series[2].points.map((p) => p.value)).toEqual([null, null, 3]);
  });

  test("from and to are inclusive bounds", () => {
    const q = { metric: "best-score" as const, n: 10, countries: ["CN"], filters: filters() };
    expect(computeSeries(board, { ...q, from: "2025-01-01" })[0].points.map((p) => p.date)).toEqual([
      "2025-01-01",
      "2025-02-01",
    ]);
    expect(computeSeries(board, { ...q, to: "2025-01-01" })[0].points.map((p) => p.date)).toEqual([
      "2024-12-01",
      "2025-01-01",
    ]);
    expect(computeSeries(board, { ...q, from: "2025-01-02", to: "2025-01-31" })[0].points).toEqual([]);
  });

  test("counts are 0, not null, where a key has no models", () => {
    const [eu] = computeSeries(board, { metric: "model-count", n: 10, countries: ["europe"], filters: filters() });
    expect(eu.points.map((p) => p.value)).toEqual([0, 0, 1]);
  });
});
