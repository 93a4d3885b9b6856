import { describe, expect, it } from "vitest";
import type { GapPoint } from "@/lib/standings/gap";
import { gapPointNote, gapSummary, latestComparable } from "@/lib/view/chart/gap-summary";

function point(date: string, a: number | null, b: number | null, extra: Partial<GapPoint> = {}): GapPoint {
  const absolute = a !== null && b !== null ? a - b : null;
  return {
    date,
    a: { score: a, model: a === null ? null : "ma" },
    b: { score: b, model: b === null ? null : "mb" },
    absolute,
    relative: absolute !== null && b ? (absolute / b) * 100 : null,
    lagDays: null,
    reverseLagDays: null,
    lagSpansChange: null,
    reverseLagSpansChange: null,
    leader: absolute === null ? null : absolute > 0 ? "a" : absolute < 0 ? "b" : "tie",
    ci: null,
    significant: null,
    lagDataCaveat: null,
    reverseLagDataCaveat: null,
    ...extra,
  };
}

describe("gapSummary", () => {
  it("uses the newest date where both have a score", () => {
    const pts = [point("2024-01-01", 1300, 1250), point("2024-06-01", 1310, null)];
    expect(latestComparable(pts)?.date).toBe("2024-01-01");
    expect(gapSummary([point("2024-01-01", null, 1)], "A", "B", "lmarena-text")).toBeNull();
  });

  it("words a lead by a with the lag of b", () => {
    const s = gapSummary([point("2025-01-01", 1300, 1250, { lagDays: 150 })], "United States", "China", "lmarena-text");
    expect(s).toEqual({
      date: "2025-01-01",
      headline: "United States leads China",
      points: "50.0",
      percent: "+4.0%",
      percentBase: "of the best score on the China side",
      lag: "China is where United States was 4.9 months earlier",
      lagCaveat: null,
      lagDataCaveat: null,
      significance: null,
    });
  });

  it("says whether the leaders' 95% intervals overlap", () => {
    const apart = gapSummary(
      [point("2025-01-01", 1300, 1250, { ci: { low: 30, high: 70 }, significant: true })],
      "US",
      "CN",
      "lmarena-text",
    );
    expect(apart?.significance).toBe("Their 95% intervals do not overlap: the gap is beyond the arena's noise.");
    const tie = gapSummary(
      [point("2025-01-01", 1300, 1295, { ci: { low: -10, high: 20 }, significant: false })],
      "US",
      "CN",
      "lmarena-text",
    );
    expect(tie?.significance).toBe("Their 95% intervals overlap: a statistical tie.");
  });

  it("words a lead by b from b's side, with the reverse lag", () => {
    const s = gapSummary([point("2025-01-01", 40, 50, { reverseLagDays: 30 })], "US", "CN", "hf-open-llm-v2");
    expect(s?.headline).toBe("CN leads US");
    expect(s?.points).toBe("10.00");
    expect(s?.percent).toBe("+25.0%");
    expect(s?.lag).toBe("US is where CN was 30 days earlier");
    expect(s?.percentBase).toBe("of the best score on the US side");
  });

  it("flags a lag that spans a known change of method", () => {
    const s = gapSummary(
      [point("2025-11-05", 1470, 1445, { lagDays: 165, lagSpansChange: "arena-2025-scale-shift" })],
      "US",
      "CN",
      "lmarena-text",
    );
    expect(s?.lag).toBe("CN is where US was 5.4 months earlier");
    expect(s?.lagCaveat).toBe("rating scale shift on 5 Nov 2025");
  });

  it("flags a lag that starts or ends on a snapshot with a data caveat, beside a change of method", () => {
    const p = point("2025-11-05", 1470, 1445, {
      lagDays: 165,
      lagSpansChange: "arena-2025-scale-shift",
      lagDataCaveat: "arena-2025-11-05-holds-august-board",
    });
    const s = gapSummary([p], "US", "CN", "lmarena-text");
    expect(s?.lagDataCaveat).toBe("the snapshot of 5 Nov 2025, which holds the board of about 29 Aug 2025");
    expect(gapPointNote(p, "US", "CN", "lmarena-text")).toMatch(
      /CN is where US was 5\.4 months earlier \(spans the rating scale shift on 5 Nov 2025; rests on the snapshot of 5 Nov 2025, which holds the board of about 29 Aug 2025\)$/,
    );
    // The reverse lag's caveat is read when b leads; none when the lag is unknown.
    expect(
      gapSummary(
        [point("2025-11-05", 1445, 1470, { lagDataCaveat: "arena-2025-11-05-holds-august-board" })],
        "US",
        "CN",
        "lmarena-text",
      )?.lagDataCaveat,
    ).toBeNull();
  });

  it("says when the two are level", () => {
    expect(gapSummary([point("2025-01-01", 50, 50)], "US", "CN", "lmarena-text")?.headline).toBe("US and CN are level");
  });
});

describe("gapPointNote", () => {
  it("names both leaders, the % with its base and the lag", () => {
    const p = point("2025-01-01", 1300, 1250, { lagDays: 150 });
    expect(gapPointNote(p, "US", "China", "lmarena-text")).toBe(
      "US 1300.0 (ma) · China 1250.0 (mb) · +4.0% of the best score on the China side · China is where US was 4.9 months earlier",
    );
    expect(gapPointNote(point("2025-01-01", 1300, null), "US", "China", "lmarena-text")).toBe(
      "US 1300.0 (ma) · China —",
    );
  });
});
