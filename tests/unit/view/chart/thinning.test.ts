import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  chooseResolution,
  gapForChart,
  lastOfEachPeriod,
  periodKey,
  POINT_BUDGET,
  RESOLUTIONS,
  standingsForChart,
  thinningCaption,
  thinningNote,
  thinSeries,
} from "@/lib/view/chart/thinning";
import type { GapResponse, StandingsResponse } from "@/lib/standings/types";

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** `count` consecutive days from `from`. */
const daily = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => iso(Date.parse(`${from}T00:00:00Z`) + i * DAY));

function standings(dates: string[], keys = ["US", "CN"]): StandingsResponse {
  return {
    board: "lmarena-text",
    category: "overall",
    metric: "best-rank",
    n: 10,
    attribution: "developer",
    license: "all",
    official: false,
    series: keys.map((key, k) => ({
      key,
      label: key,
      points: dates.map((date, i) => ({ date, value: i % 7 === k ? null : (i * 31 + k) % 97, model: `m-${key}-${i}` })),
    })),
    updatedAt: null,
    asOf: dates[dates.length - 1] ?? null,
  } as StandingsResponse;
}

describe("periods", () => {
  it("names ISO weeks by their Monday, and months, quarters and years", () => {
    // 2024-01-01 was a Monday; 2024-01-07 the Sunday of the same week; 1970-01-01 a Thursday.
    expect(periodKey("2024-01-01", "week")).toBe("2024-01-01");
    expect(periodKey("2024-01-07", "week")).toBe("2024-01-01");
    expect(periodKey("2024-01-08", "week")).toBe("2024-01-08");
    expect(periodKey("1970-01-01", "week")).toBe("1969-12-29");
    expect(periodKey("2023-12-31", "week")).toBe("2023-12-25");
    expect(periodKey("2024-02-29", "month")).toBe("2024-02");
    expect(periodKey("2024-03-31", "quarter")).toBe("2024-Q1");
    expect(periodKey("2024-04-01", "quarter")).toBe("2024-Q2");
    expect(periodKey("2024-12-31", "year")).toBe("2024");
    expect(periodKey("2024-12-31", "snapshot")).toBe("2024-12-31");
  });

  it("keeps the last snapshot of each period", () => {
    const dates = ["2024-01-01", "2024-01-03", "2024-01-08", "2024-02-01", "2024-02-20", "2024-05-02"];
    expect(lastOfEachPeriod(dates, "week")).toEqual([
      "2024-01-03",
      "2024-01-08",
      "2024-02-01",
      "2024-02-20",
      "2024-05-02",
    ]);
    expect(lastOfEachPeriod(dates, "month")).toEqual(["2024-01-08", "2024-02-20", "2024-05-02"]);
    expect(lastOfEachPeriod(dates, "quarter")).toEqual(["2024-02-20", "2024-05-02"]);
    expect(lastOfEachPeriod(dates, "year")).toEqual(["2024-05-02"]);
  });
});

describe("resolution", () => {
  it("leaves today's arena history (110 dates) whole, takes 3 years of days to weeks and 10 years to months", () => {
    expect(chooseResolution(daily("2023-05-08", 110))).toBe("snapshot");
    expect(chooseResolution(daily("2016-01-01", POINT_BUDGET))).toBe("snapshot");
    expect(chooseResolution(daily("2016-01-01", POINT_BUDGET + 1))).toBe("week");
    expect(chooseResolution(daily("2016-01-01", 1100))).toBe("week");
    expect(chooseResolution(daily("2016-01-01", 3650))).toBe("month");
    expect(chooseResolution(daily("2016-01-01", 3650), 40)).toBe("quarter");
    expect(chooseResolution(daily("2016-01-01", 3650), 5)).toBe("year");
  });

  it("thins a 10-year daily history to one point per month, the newest snapshot included", () => {
    const dates = daily("2016-01-01", 3650);
    const data = standings(dates);
    const chart = standingsForChart(data);
    expect(chart.thinning).toEqual({ resolution: "month", shown: 120, total: 3650 });
    const shown = chart.series[0].points.map((p) => p.date);
    expect(shown).toHaveLength(120);
    expect(shown[0]).toBe("2016-01-31");
    expect(shown[shown.length - 1]).toBe(dates[dates.length - 1]);
    // Every series is thinned to the same dates.
    expect(chart.series[1].points.map((p) => p.date)).toEqual(shown);
    // The response's other fields travel unchanged; the input is not modified.
    expect({ ...chart, series: data.series, thinning: undefined }).toEqual({ ...data, thinning: undefined });
    expect(data.series[0].points).toHaveLength(3650);
  });

  it("thins a response once: the service's warm answer is the same object", () => {
    const data = standings(daily("2016-01-01", 1100));
    expect(standingsForChart(data)).toBe(standingsForChart(data));
    expect(standingsForChart(data, 50)).not.toBe(standingsForChart(data, 50));
    expect(standingsForChart(data, 50).thinning.resolution).toBe("month");
    expect(standingsForChart({ ...data })).not.toBe(standingsForChart(data));
  });

  it("thins the gap's points the same way", () => {
    const dates = daily("2016-01-01", 1100);
    const side = { score: 1300, model: "m" };
    const gap = {
      board: "lmarena-text",
      category: "overall",
      a: "US",
      b: "CN",
      attribution: "developer",
      points: dates.map((date, i) => ({
        date,
        a: side,
        b: side,
        absolute: i,
        relative: null,
        lagDays: null,
        reverseLagDays: null,
        lagSpansChange: null,
        reverseLagSpansChange: null,
        leader: "tie",
        ci: null,
        significant: null,
      })),
      updatedAt: null,
      asOf: dates[dates.length - 1],
    } as GapResponse;
    const chart = gapForChart(gap);
    expect(chart.thinning.resolution).toBe("week");
    expect(chart.points.map((p) => p.date)).toEqual(lastOfEachPeriod(dates, "week"));
    expect(chart.points.every((p) => p === gap.points.find((q) => q.date === p.date))).toBe(true);
  });

  it("says what it did, and nothing when it did nothing", () => {
    expect(thinningNote({ resolution: "snapshot", shown: 110, total: 110 })).toBeNull();
    expect(thinningCaption({ resolution: "snapshot", shown: 110, total: 110 })).toBe("per snapshot date");
    expect(thinningNote({ resolution: "month", shown: 120, total: 3650 })).toMatch(
      /^One point per month \(the last snapshot of each month\): 120 of 3,650 snapshot dates\. .*CSV link has every snapshot date\.$/,
    );
    expect(thinningCaption({ resolution: "week", shown: 158, total: 1100 })).toBe(
      "one row per week (the last snapshot of each)",
    );
  });
});

/** Ascending, distinct dates between 1990 and 2040, with gaps of 1 to 60 days. */
const datesArb = fc
  .tuple(
    fc.integer({ min: 0, max: 7000 }),
    fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 0, maxLength: 1500 }),
  )
  .map(([start, steps]) => {
    let t = Date.UTC(1990, 0, 1) + start * DAY;
    const out = [iso(t)];
    for (const s of steps) out.push(iso((t += s * DAY)));
    return out;
  });

describe("thinning, properties", () => {
  it("keeps within budget at the finest resolution, real points only, the newest always, one per period", () => {
    fc.assert(
      fc.property(
        datesArb,
        fc.integer({ min: 1, max: 400 }),
        fc.subarray(["US", "CN", "europe"], { minLength: 1 }),
        (dates, budget, keys) => {
          const data = standings(dates, keys);
          const { series, thinning } = thinSeries(data.series, budget);
          const shown = series[0].points.map((p) => p.date);
          expect(thinning.total).toBe(dates.length);
          expect(thinning.shown).toBe(shown.length);
          // Within budget, unless even one point per year is more (a history longer than `budget` years).
          if (thinning.resolution !== "year") expect(shown.length).toBeLessThanOrEqual(budget);
          // The finest resolution that fits: the next finer one would not have.
          const i = RESOLUTIONS.indexOf(thinning.resolution);
          if (i > 0) expect(lastOfEachPeriod(dates, RESOLUTIONS[i - 1]).length).toBeGreaterThan(budget);
          // Every shown point is the data's own point for that date (value and model), in order; the newest is shown.
          series.forEach((s, k) => {
            const byDate = new Map(data.series[k].points.map((p) => [p.date, p]));
            for (const p of s.points) expect(p).toBe(byDate.get(p.date));
            expect(s.points.map((p) => p.date)).toEqual(shown);
          });
          expect(shown[shown.length - 1]).toBe(dates[dates.length - 1]);
          // One point per period, each the period's last snapshot date.
          const periods = shown.map((d) => periodKey(d, thinning.resolution));
          expect(new Set(periods).size).toBe(periods.length);
          for (const d of shown) {
            expect(
              dates.filter((x) => periodKey(x, thinning.resolution) === periodKey(d, thinning.resolution)).at(-1),
            ).toBe(d);
          }
          // Thinning what is already thinned to the same budget changes nothing.
          expect(thinSeries(series, budget).series[0].points).toEqual(series[0].points);
        },
      ),
      { numRuns: 150 },
    );
  });
});
