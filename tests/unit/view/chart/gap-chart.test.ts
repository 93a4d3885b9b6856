import { describe, expect, test } from "vitest";
import type { GapPoint } from "@/lib/standings/gap";
import { gapChart } from "@/lib/view/chart/gap-chart";

function point(
  date: string,
  a: number | null,
  b: number | null,
  ci: { low: number; high: number } | null = null,
): GapPoint {
  const absolute = a === null || b === null ? null : a - b;
  return {
    date,
    a: { score: a, model: "ma", ciLower: null, ciUpper: null },
    b: { score: b, model: "mb", ciLower: null, ciUpper: null },
    absolute,
    relative: absolute === null || !b ? null : (absolute / b) * 100,
    lagDays: null,
    reverseLagDays: null,
    lagSpansChange: null,
    reverseLagSpansChange: null,
    leader: absolute === null ? null : absolute > 0 ? "a" : absolute < 0 ? "b" : "tie",
    ci,
    significant: ci === null ? null : ci.low > 0 || ci.high < 0,
    lagDataCaveat: null,
    reverseLagDataCaveat: null,
  } as GapPoint;
}

const values = (c: ReturnType<typeof gapChart>, key: string) =>
  c.series.find((s) => s.key === key)!.points.map((p) => p.value);

describe("gapChart", () => {
  const points = [
    point("2025-02-03", 1380, 1360, { low: 10, high: 30 }),
    point("2025-02-11", 1370, 1370, { low: -8, high: 8 }),
    point("2025-02-20", null, 1300),
  ];

  test("points: the absolute gap, with the 95% band's bounds for the chart to shade", () => {
    const c = gapChart(points, "points", "United States", "China", "lmarena-text");
    expect(values(c, "gap")).toEqual([20, 0, null]);
    expect(values(c, "ci-low")).toEqual([10, -8, null]);
    expect(values(c, "ci-high")).toEqual([30, 8, null]);
    expect(c.band).toEqual({ low: "ci-low", high: "ci-high", label: "95% band" });
    expect(c.yLabel).toBe("Gap (points)");
    expect(c.base).toBeNull();
  });

  test("percent: the gap and its band in percent of b's best score on each date, and the base said", () => {
    const c = gapChart(points, "percent", "United States", "China", "lmarena-text");
    const gap = values(c, "gap");
    expect(gap[0]).toBeCloseTo((20 / 1360) * 100, 10);
    expect(gap[1]).toBe(0);
    expect(values(c, "ci-low")[0]).toBeCloseTo((10 / 1360) * 100, 10);
    expect(values(c, "ci-high")[1]).toBeCloseTo((8 / 1370) * 100, 10);
    expect(c.yLabel).toBe("Gap (%)");
    expect(c.base).toBe("in percent of the best score on the China side on each date");
  });

  test("no band where the board publishes no intervals", () => {
    const c = gapChart(
      [point("2024-08-01", 45, 40), point("2024-12-01", 46, 47)],
      "percent",
      "US",
      "CN",
      "hf-open-llm-v2",
    );
    expect(c.band).toBeNull();
    expect(c.series.map((s) => s.key)).toEqual(["gap"]);
    expect(values(c, "gap")[0]).toBeCloseTo(12.5, 10);
  });
});
