import { describe, expect, it } from "vitest";
import { labelWidth, TICK_GAP_PX, timeAxisTicks } from "@/lib/view/chart/time-axis";

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
const box = (innerWidth: number) => ({ innerWidth, marginLeft: 68, marginRight: 20 });

const SPANS: [string, string][] = [
  ["2023-05-08", "2025-12-11"], // the whole arena history
  ["2024-07-13", "2025-03-21"], // the HF board
  ["2024-12-11", "2025-12-11"], // one year
  ["2025-11-05", "2025-12-11"], // five weeks
  ["2025-02-05", "2025-02-06"], // two days, no month start inside
  ["2025-03-01", "2025-03-01"], // one snapshot
];

describe("timeAxisTicks", () => {
  it("never lets two labels overlap, nor a label run past the drawing, at any width", () => {
    for (const [from, to] of SPANS) {
      const [t0, t1] = [day(from), day(to)];
      for (let w = 60; w <= 1400; w += 7) {
        const ticks = timeAxisTicks(t0, t1, box(w));
        const x = (t: number) => (t1 === t0 ? w / 2 : ((t - t0) / (t1 - t0)) * w);
        ticks.forEach((tick, i) => {
          const half = labelWidth(tick.label) / 2;
          expect(x(tick.t) - half, `${from}…${to} at ${w}px: ${tick.label}`).toBeGreaterThanOrEqual(-68);
          expect(x(tick.t) + half, `${from}…${to} at ${w}px: ${tick.label}`).toBeLessThanOrEqual(w + 20);
          if (i > 0) {
            const prev = ticks[i - 1];
            const room = x(tick.t) - x(prev.t) - (labelWidth(tick.label) + labelWidth(prev.label)) / 2;
            expect(room, `${from}…${to} at ${w}px: ${prev.label} / ${tick.label}`).toBeGreaterThanOrEqual(TICK_GAP_PX);
          }
        });
      }
    }
  });

  it("puts ticks on month starts and takes fewer, coarser ones when space is short", () => {
    const [t0, t1] = [day("2023-05-08"), day("2025-12-11")];
    const wide = timeAxisTicks(t0, t1, box(1000));
    const narrow = timeAxisTicks(t0, t1, box(250));
    for (const tick of [...wide, ...narrow]) expect(new Date(tick.t).getUTCDate()).toBe(1);
    expect(wide.length).toBeGreaterThan(narrow.length);
    expect(narrow.length).toBeGreaterThanOrEqual(2);
    // Yearly steps are labelled with the year alone.
    expect(narrow.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(wide[0].label).toMatch(/^([A-Z][a-z]{2} )?\d{4}$/);
    // A phone-wide chart of 21 months still gets several labels: "Jul 2024", "2025", "Jul".
    expect(timeAxisTicks(day("2024-01-15"), day("2025-11-01"), box(223)).map((t) => t.label)).toEqual([
      "Jul 2024",
      "2025",
      "Jul",
    ]);
  });

  it("labels a span with no month start inside once, in its middle", () => {
    expect(timeAxisTicks(day("2025-02-05"), day("2025-02-06"), box(300))).toEqual([
      { t: day("2025-02-05") + 43_200_000, label: "Feb 2025" },
    ]);
    expect(
      timeAxisTicks(day("2025-02-05"), day("2025-02-06"), { innerWidth: 10, marginLeft: 0, marginRight: 0 }),
    ).toEqual([]);
  });
});
