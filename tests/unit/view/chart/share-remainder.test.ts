import { describe, expect, it } from "vitest";
import {
  disjointShares,
  keyInGroup,
  REST_KEY,
  remainderLabel,
  withoutLabel,
  withShareRemainder,
} from "@/lib/view/chart/share-remainder";

const inGroup = keyInGroup;
const s = (key: string, values: (number | null)[]) => ({
  key,
  label: key,
  points: values.map((value, i) => ({ date: `2025-0${i + 1}-01`, value, model: null })),
});

describe("withShareRemainder", () => {
  it("adds a band so the stack reaches 100%, named by whether unknown is chosen", () => {
    const out = withShareRemainder([s("US", [0.5, 0.2]), s("CN", [0.3, null])], inGroup);
    expect(out.at(-1)!.key).toBe(REST_KEY);
    expect(out.at(-1)!.label).toBe("All other countries and unknown");
    expect(out.at(-1)!.points.map((p) => p.value)).toEqual([0.2, 0.8].map((v) => expect.closeTo(v, 10)));
    expect(remainderLabel(["US", "unknown"])).toBe("All other countries");
  });

  it("is empty where the top N is, and never negative", () => {
    const out = withShareRemainder([s("US", [null, 0.7]), s("CN", [null, 0.4])], inGroup);
    expect(out.at(-1)!.points.map((p) => p.value)).toEqual([null, 0]);
  });

  it("does not count a country twice when its group is chosen too", () => {
    const out = withShareRemainder([s("europe", [0.3]), s("FR", [0.2]), s("US", [0.5])], inGroup);
    expect(out.at(-1)!.points[0].value).toBeCloseTo(0.2);
  });

  it("stacks to exactly 100% with an overlapping selection (europe with FR and DE)", () => {
    const out = withShareRemainder([
      s("US", [0.5, 0.4, null]),
      s("europe", [0.3, 0.5, null]),
      s("FR", [0.2, null, null]),
      s("DE", [0.1, 0.1, null]),
    ]);
    const totals = [0, 1, 2].map((i) => out.reduce((sum, x) => sum + (x.points[i].value ?? 0), 0));
    expect(totals[0]).toBeCloseTo(1);
    expect(totals[1]).toBeCloseTo(1);
    expect(totals[2]).toBe(0);
    const europe = out.find((x) => x.key === "europe")!;
    expect(europe.label).toBe("europe without France and Germany");
    expect(europe.points.map((p) => p.value)).toEqual([expect.closeTo(0, 10), expect.closeTo(0.4, 10), null]);
    expect(out.find((x) => x.key === "FR")!.points[0].value).toBe(0.2);
    // Applying it twice changes nothing: the band is there already.
    expect(withShareRemainder(out)).toEqual(out);
  });
});

describe("disjointShares", () => {
  it("leaves series alone when no chosen key is inside another", () => {
    const input = [s("US", [0.5]), s("europe", [0.3]), s("other", [0.1]), s("JP", [0.05])];
    const out = disjointShares(input);
    expect(out.find((x) => x.key === "europe")).toEqual(input[1]);
    // JP is inside "other": that group shrinks by JP's share and says so.
    expect(out.find((x) => x.key === "other")!.points[0].value).toBeCloseTo(0.05);
    expect(out.find((x) => x.key === "other")!.label).toBe("other without Japan");
  });

  it("never goes below 0 and names every member", () => {
    const out = disjointShares([s("europe", [0.2]), s("FR", [0.15]), s("DE", [0.1]), s("IT", [0.01])]);
    expect(out[0].points[0].value).toBe(0);
    expect(withoutLabel("Europe", ["FR", "DE", "IT"])).toBe("Europe without France, Germany and Italy");
    expect(withoutLabel("Europe", ["FR"])).toBe("Europe without France");
  });

  it("an ISO key is never a group: FR with FR-only data is untouched, unknown holds no ISO country", () => {
    expect(keyInGroup("FR", "FR")).toBe(false);
    expect(keyInGroup("FR", "unknown")).toBe(false);
    expect(keyInGroup("europe", "europe")).toBe(false);
    expect(keyInGroup("FR", "europe")).toBe(true);
  });
});
