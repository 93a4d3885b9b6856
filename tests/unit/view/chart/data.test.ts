import { describe, expect, it } from "vitest";
import { dataBreaks, niceTicks, pivotSeries, withBreaks, yScale } from "@/lib/view/chart/data";

const series = [
  {
    key: "US",
    label: "United States",
    points: [
      { date: "2024-06-01", value: 1, model: "gpt" },
      { date: "2024-01-15", value: 2, model: "gpt-4" },
    ],
  },
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
    const share = pivotSeries([
      { key: "US", label: "", points: [{ date: "2024-01-01", value: 0.4, model: null }] },
      { key: "CN", label: "", points: [{ date: "2024-01-01", value: 0.3, model: null }] },
    ]);
    expect(yScale(share, ["US", "CN"], "share", { stacked: true }).domain).toEqual([0, 0.8]);
    expect(yScale([], ["US"], "score").domain).toEqual([0, 1]);
    expect(yScale(rows, ["US"], "score", { includeZero: true }).domain[0]).toBe(0);
  });

  it("finds breaks longer than 45 days and puts an empty row in each, so lines stop there", () => {
    const dates = [
      "2025-05-07",
      "2025-05-13",
      "2025-05-20",
      "2025-05-21",
      "2025-05-24",
      "2025-11-05",
      "2025-11-06",
      "2025-12-11",
    ];
    const rows = pivotSeries([
      { key: "US", label: "", points: dates.map((date, i) => ({ date, value: i, model: "m" })) },
    ]);
    const breaks = dataBreaks(rows);
    expect(breaks).toEqual([{ from: "2025-05-24", to: "2025-11-05", days: 165 }]);
    // 35 days (2025-11-06 → 12-11) is not a break; with a lower floor it would be.
    expect(dataBreaks(rows, 34)).toHaveLength(2);
    const out = withBreaks(rows, breaks);
    expect(out).toHaveLength(9);
    expect(out[5]).toMatchObject({ date: "2025-08-14", values: { US: null }, gap: breaks[0] });
    expect(out[4].t).toBeLessThan(out[5].t);
    expect(out[5].t).toBeLessThan(out[6].t);
    // A sparse series (half-yearly samples) is its own cadence: no breaks.
    const sparse = pivotSeries([
      {
        key: "US",
        label: "",
        points: ["2024-01-15", "2024-06-01", "2024-12-01", "2025-06-01"].map((date) => ({
          date,
          value: 1,
          model: null,
        })),
      },
    ]);
    expect(dataBreaks(sparse)).toEqual([]);
    expect(withBreaks(rows, [])).toEqual(rows);
  });
});

describe("lens chart helpers", () => {
  it("log ticks cover the range with powers of ten", async () => {
    const { logTicks } = await import("@/lib/view/chart/lens-charts");
    const { formatUsd } = await import("@/lib/standings/format");
    expect(logTicks(0.15, 37.5)).toEqual({ domain: [0.1, 100], ticks: [0.1, 1, 10, 100] });
    expect(logTicks(2, 3)).toEqual({ domain: [1, 10], ticks: [1, 10] });
    expect(logTicks(0, 3).ticks).toEqual([0.1, 1, 10]);
    expect([formatUsd(0.0386), formatUsd(0.4775), formatUsd(7.5), formatUsd(12.3456), formatUsd(null)]).toEqual([
      "$0.039",
      "$0.48",
      "$7.5",
      "$12.35",
      "–",
    ]);
  });
});
