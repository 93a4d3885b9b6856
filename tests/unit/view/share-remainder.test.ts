import { describe, expect, it } from "vitest";
import { countsFor, isIsoCountry } from "@/lib/attribution/countries";
import { REST_KEY, remainderLabel, withShareRemainder } from "@/lib/view/share-remainder";

const inGroup = (k: string, g: string) => isIsoCountry(k) && countsFor(k, g);
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
});
