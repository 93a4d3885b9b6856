import { describe, expect, test } from "vitest";
import { computeGap, gapInterval } from "@/lib/standings/gap";
import { entry, filters, frame } from "./helpers";

// 2025-01-01 → 01-31 is 30 days; → 03-02 is 60 days.
const board = frame("lmarena-text", {
  "2025-01-01": [
    entry("us-p1", 1, 1300, "US"),
    entry("cn-o1", 2, 1250, "CN", { license: "MIT" }),
    entry("us-o1", 3, 1200, "US", { license: "MIT" }),
  ],
  "2025-01-31": [
    entry("us-p2", 1, 1310, "US"),
    entry("cn-o2", 2, 1280, "CN", { license: "MIT" }),
    entry("us-o1", 3, 1205, "US", { license: "MIT" }),
  ],
  "2025-03-02": [
    entry("us-p3", 1, 1320, "US"),
    entry("cn-o3", 2, 1300, "CN", { license: "MIT" }),
    entry("us-o2", 3, 1255, "US", { license: "MIT" }),
  ],
});

describe("computeGap", () => {
  test("absolute and relative gap with the models that set them", () => {
    const [, p] = computeGap(board, { a: "US", b: "CN", filters: filters() });
    expect(p.date).toBe("2025-01-31");
    expect(p.a).toEqual({ score: 1310, model: "us-p2" });
    expect(p.b).toEqual({ score: 1280, model: "cn-o2" });
    expect(p.absolute).toBe(30);
    expect(p.relative).toBeCloseTo((30 / 1280) * 100);
    expect(p.leader).toBe("a");
  });

  test("lag: days since a first reached b's score at the date", () => {
    const points = computeGap(board, { a: "US", b: "CN", filters: filters() });
    expect(points.map((p) => p.lagDays)).toEqual([0, 30, 60]);
    expect(points.map((p) => p.reverseLagDays)).toEqual([null, null, null]);
  });

  test("lag is null when a has never reached b's score; the reverse lag then says how far b is ahead", () => {
    const points = computeGap(board, { a: "CN", b: "US", filters: filters() });
    expect(points.map((p) => p.lagDays)).toEqual([null, null, null]);
    expect(points.map((p) => p.reverseLagDays)).toEqual([0, 30, 60]);
    expect(points.map((p) => p.leader)).toEqual(["b", "b", "b"]);
  });

  test("lag looks at history before `from`", () => {
    const points = computeGap(board, { a: "US", b: "CN", from: "2025-01-31", filters: filters() });
    expect(points.map((p) => [p.date, p.lagDays])).toEqual([
      ["2025-01-31", 30],
      ["2025-03-02", 60],
    ]);
  });

  test("lag respects the license filter", () => {
    const points = computeGap(board, { a: "US", b: "CN", filters: filters({ license: "open" }) });
    expect(points.map((p) => p.absolute)).toEqual([-50, -75, -45]);
    expect(points.map((p) => p.lagDays)).toEqual([null, null, null]);
    // CN open reached 1200 on 01-01, 1205 on 01-01, 1255 on 01-31.
    expect(points.map((p) => p.reverseLagDays)).toEqual([0, 30, 30]);
  });

  test("a key with no entries gives null scores, gap and lag", () => {
    const [p] = computeGap(board, { a: "BR", b: "CN", filters: filters() });
    expect(p).toMatchObject({
      a: { score: null, model: null },
      b: { score: 1250, model: "cn-o1" },
      absolute: null,
      relative: null,
      lagDays: null,
      reverseLagDays: null,
      leader: null,
    });
  });

  test("equal scores are a tie with zero lag both ways", () => {
    const tie = frame("hf-open-llm-v2", { "2024-09-01": [entry("x", 1, 40, "US"), entry("y", 1, 40, "FR")] });
    const [p] = computeGap(tie, { a: "US", b: "europe", filters: filters() });
    expect(p).toMatchObject({ absolute: 0, relative: 0, lagDays: 0, reverseLagDays: 0, leader: "tie" });
  });
});

describe("gap significance (overlap of the two leaders' 95% CIs)", () => {
  test("gapInterval: the band is [a.low − b.high, a.high − b.low]; significant exactly when it excludes 0", () => {
    expect(gapInterval({ low: 1290, high: 1310 }, { low: 1270, high: 1285 })).toEqual({
      ci: { low: 5, high: 40 },
      significant: true,
    });
    expect(gapInterval({ low: 1290, high: 1310 }, { low: 1280, high: 1295 })).toEqual({
      ci: { low: -5, high: 30 },
      significant: false,
    });
    // Touching intervals overlap: a tie.
    expect(gapInterval({ low: 1290, high: 1310 }, { low: 1270, high: 1290 }).significant).toBe(false);
    // b ahead and apart.
    expect(gapInterval({ low: 1200, high: 1210 }, { low: 1250, high: 1260 })).toEqual({
      ci: { low: -60, high: -40 },
      significant: true,
    });
    expect(gapInterval(null, { low: 1, high: 2 })).toEqual({ ci: null, significant: null });
  });

  test("gap points read the CIs of the models that set each side's best score", () => {
    const f = frame("lmarena-text", {
      "2025-01-01": [
        entry("us-top", 1, 1300, "US", { ciLower: 1295, ciUpper: 1305 }),
        entry("us-second", 2, 1290, "US", { ciLower: 1200, ciUpper: 1400 }),
        entry("cn-top", 3, 1280, "CN", { ciLower: 1276, ciUpper: 1284 }),
      ],
      "2025-02-01": [
        entry("us-top", 1, 1300, "US", { ciLower: 1290, ciUpper: 1310 }),
        entry("cn-top", 2, 1298, "CN", { ciLower: 1290, ciUpper: 1306 }),
      ],
      "2025-03-01": [entry("us-top", 1, 1300, "US"), entry("cn-top", 2, 1298, "CN", { ciLower: 1290, ciUpper: 1306 })],
    });
    const points = computeGap(f, { a: "US", b: "CN", filters: filters() });
    expect(points.map((p) => [p.date, p.ci, p.significant])).toEqual([
      ["2025-01-01", { low: 11, high: 29 }, true],
      ["2025-02-01", { low: -16, high: 20 }, false],
      ["2025-03-01", null, null],
    ]);
  });
});

describe("lags across a known method change", () => {
  // The arena's late-2025 scale shift lies between 2025-05-24 and 2025-11-05.
  const shifted = frame("lmarena-text", {
    "2025-05-20": [entry("us-1", 1, 1440, "US"), entry("cn-1", 2, 1400, "CN")],
    "2025-05-24": [entry("us-1", 1, 1446, "US"), entry("cn-1", 2, 1410, "CN")],
    "2025-11-05": [entry("us-2", 1, 1470, "US"), entry("cn-2", 2, 1445, "CN")],
  });

  test("a lag that reaches back over it names the change; one inside one scale does not", () => {
    const points = computeGap(shifted, { a: "US", b: "CN", filters: filters() });
    expect(points.map((p) => [p.lagDays, p.lagSpansChange])).toEqual([
      [0, null],
      [4, null],
      [165, "arena-2025-scale-shift"],
    ]);
    expect(points.every((p) => p.reverseLagSpansChange === null)).toBe(true);
  });

  test("the HF board has no known method change", () => {
    const hf = frame("hf-open-llm-v2", {
      "2024-01-01": [entry("a", 1, 50, "US"), entry("b", 2, 40, "CN")],
      "2025-01-01": [entry("c", 1, 60, "US"), entry("d", 2, 55, "CN")],
    });
    expect(computeGap(hf, { a: "US", b: "CN", filters: filters() }).map((p) => p.lagSpansChange)).toEqual([null, null]);
  });
});

describe("lags that rest on a caveated snapshot", () => {
  // The arena's 2025-11-05 snapshot holds the board of about 2025-08-29 (lib/boards/data-caveats.ts).
  const late = frame("lmarena-text", {
    "2025-05-24": [entry("us-1", 1, 1446, "US"), entry("cn-1", 2, 1410, "CN")],
    "2025-11-05": [entry("us-2", 1, 1470, "US"), entry("cn-2", 2, 1445, "CN")],
    "2025-11-06": [entry("us-2", 1, 1470, "US"), entry("cn-3", 2, 1460, "CN")],
    "2025-12-11": [entry("us-2", 1, 1470, "US"), entry("cn-3", 2, 1462, "CN")],
  });

  test("a lag that starts or ends on 2025-11-05 names the caveat; one that only passes over it does not", () => {
    const points = computeGap(late, { a: "US", b: "CN", filters: filters() });
    expect(points.map((p) => [p.date, p.lagDays, p.lagDataCaveat])).toEqual([
      ["2025-05-24", 0, null],
      // Ends on the caveated snapshot: the US reached 1410 on 2025-05-24.
      ["2025-11-05", 165, "arena-2025-11-05-holds-august-board"],
      // Starts on it: the US first reached 1460 on 2025-11-05.
      ["2025-11-06", 1, "arena-2025-11-05-holds-august-board"],
      ["2025-12-11", 36, "arena-2025-11-05-holds-august-board"],
    ]);
    // China never reached the US's score: no lag, no caveat.
    expect(points.map((p) => [p.reverseLagDays, p.reverseLagDataCaveat])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
    const over = frame("lmarena-text", {
      "2025-05-24": [entry("us-1", 1, 1446, "US"), entry("cn-1", 2, 1410, "CN")],
      "2025-11-05": [entry("us-1", 1, 1446, "US"), entry("cn-1", 2, 1410, "CN")],
      "2025-12-11": [entry("us-1", 1, 1446, "US"), entry("cn-2", 2, 1440, "CN")],
    });
    expect(computeGap(over, { a: "US", b: "CN", filters: filters() }).at(-1)).toMatchObject({
      lagDays: 201,
      lagDataCaveat: null,
    });
  });
});
