import { describe, expect, test } from "vitest";
import { sparkline } from "@/lib/view/chart/sparkline";

describe("sparkline", () => {
  const box = { width: 100, height: 20, pad: 0 };

  test("places values on time and keeps 0 inside the range", () => {
    const g = sparkline(
      [
        { date: "2025-01-01", value: 10 },
        { date: "2025-01-11", value: 5 },
        { date: "2025-01-21", value: null },
        { date: "2025-01-31", value: 0 },
      ],
      box,
    );
    // 30 days across 100 px; values 0..10 across 20 px, 10 at the top.
    expect(g.path).toBe("M0,0L33.3,10M100,20");
    expect(g.zeroY).toBe(20);
    expect(g.last).toEqual({ x: 100, y: 20 });
    expect(g.count).toBe(3);
  });

  test("a gap that changes sign puts the zero line inside", () => {
    const g = sparkline(
      [
        { date: "2025-01-01", value: -5 },
        { date: "2025-01-02", value: 15 },
      ],
      box,
    );
    expect(g.zeroY).toBe(15);
    expect(g.path).toBe("M0,20L100,0");
  });

  test("nothing to draw", () => {
    const g = sparkline([{ date: "2025-01-01", value: null }], box);
    expect(g).toMatchObject({ path: "", zeroY: null, last: null, count: 0 });
  });
});
