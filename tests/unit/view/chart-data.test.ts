import { describe, expect, it } from "vitest";
import { niceTicks, pivotSeries, timeTicks, yScale } from "@/lib/view/chart-data";

const series = [
  { key: "US", label: "United States", points: [{ date: "2024-06-01", value: 1, model: "gpt" }, { date: "2024-01-15", value: 2, model: "gpt-4" }] },
  { key: "CN", label: "China", points: [{ date: "2024-06-01", value: 5, model: "glm" }] },
];

describe("chart data", () => {
  it("pivots series into rows by date, ascending, with nulls for gaps", () => {
    const rows = pivotSeries(series);
    expect(rows.map((r) => r.date)).toEqual(["2024-01-15", "2024-06-01"]);
    expect(rows[0].values).toEqual({ US: 2, CN: null });
    expect(rows[1].models).toEqual({ US: "gpt", CN: "glm" });
    expect(rows[0].t).toBe(Date.UTC(2024, 0, 15));
  });

  it("picks round ticks", () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(1203, 1330, 5)).toEqual([1200, 1250, 1300, 1350]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it("scales ranks from 1, shares from 0, and stacks", () => {
    const rows = pivotSeries(series);
    expect(yScale(rows, ["US", "CN"], "rank").domain).toEqual([1, 5]);
    expect(yScale(rows, ["US", "CN"], "rank").ticks[0]).toBe(1);
    expect(yScale(rows, ["US", "CN"], "count").domain[0]).toBe(0);
    const share = pivotSeries([{ key: "US", label: "", points: [{ date: "2024-01-01", value: 0.4, model: null }] }, { key: "CN", label: "", points: [{ date: "2024-01-01", value: 0.3, model: null }] }]);
    expect(yScale(share, ["US", "CN"], "share", { stacked: true }).domain).toEqual([0, 0.8]);
    expect(yScale([], ["US"], "score").domain).toEqual([0, 1]);
    expect(yScale(rows, ["US"], "score", { includeZero: true }).domain[0]).toBe(0);
  });

  it("spreads time ticks including both ends", () => {
    const rows = pivotSeries([{ key: "k", label: "", points: Array.from({ length: 10 }, (_, i) => ({ date: `2024-01-${String(i + 10)}`, value: i, model: null })) }]);
    const ticks = timeTicks(rows, 4);
    expect(ticks).toHaveLength(4);
    expect(ticks[0]).toBe(rows[0].t);
    expect(ticks[3]).toBe(rows[9].t);
  });
});
