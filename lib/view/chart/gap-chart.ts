// The gap chart's series: the gap in points or in percent, and its 95% band as a pair of bounds the chart shades.
// Pure, so the percent's base and the band's maths are tested.
import type { BoardSlug } from "@/lib/boards/info";
import type { GapPoint } from "@/lib/standings/gap";
import type { ChartSeries } from "@/lib/view/chart/data";
import { gapPointNote } from "@/lib/view/chart/gap-summary";

export { GAP_UNITS, type GapUnit } from "@/lib/view/url/search-params";
import type { GapUnit } from "@/lib/view/url/search-params";

export interface GapChart {
  series: ChartSeries[];
  /** The keys of the band's bounds among `series`, or null where the board publishes no CIs. */
  band: { low: string; high: string; label: string } | null;
  yLabel: string;
  /** What the percent is a percent of (null in points). */
  base: string | null;
}

/** `value` of a gap in points as a percent of b's best score on that date (the API's `relative`), or null. */
function asPercent(value: number, bScore: number | null): number | null {
  return bScore === null || bScore === 0 ? null : (value / bScore) * 100;
}

/** What a gap in percent is a percent of (null in points): said under the chart's title, the axis has no room. */
export function gapBase(unit: GapUnit, b: string): string | null {
  return unit === "percent" ? `in percent of the best score on the ${b} side on each date` : null;
}

/**
 * The gap of `a` over `b` on each date in `unit`: points (best score of a − best score of b), or percent of b's best
 * score on that date. The band, where both leaders' 95% CIs are known, is in the same unit and on the same base.
 */
export function gapChart(points: readonly GapPoint[], unit: GapUnit, a: string, b: string, board: BoardSlug): GapChart {
  const percent = unit === "percent";
  const series: ChartSeries[] = [
    {
      key: "gap",
      label: `${a} − ${b}`,
      points: points.map((p) => ({
        date: p.date,
        value: percent ? p.relative : p.absolute,
        model: null,
        note: gapPointNote(p, a, b, board),
      })),
    },
  ];
  const bound = (p: GapPoint, side: "low" | "high") =>
    p.ci === null ? null : percent ? asPercent(p.ci[side], p.b.score) : p.ci[side];
  const hasBand = points.some((p) => p.ci !== null);
  if (hasBand) {
    series.push(
      {
        key: "ci-low",
        label: "95% band, low",
        points: points.map((p) => ({ date: p.date, value: bound(p, "low"), model: null })),
      },
      {
        key: "ci-high",
        label: "95% band, high",
        points: points.map((p) => ({ date: p.date, value: bound(p, "high"), model: null })),
      },
    );
  }
  return {
    series,
    band: hasBand ? { low: "ci-low", high: "ci-high", label: "95% band" } : null,
    // The axis has room for a few words only; the base is said under the chart's title.
    yLabel: percent ? "Gap (%)" : "Gap (points)",
    base: gapBase(unit, b),
  };
}
