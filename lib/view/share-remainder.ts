// Shares add up on screen: the top-N share chart stacks the chosen keys and a labelled band for the rest, so the
// stack always reaches 100% of the top N (where the top N has any model under the filters).
import type { ChartSeries } from "./chart-data";

export const REST_KEY = "rest";

/** The remainder's label: "unknown" is named when it is not one of the chosen keys, since it is then inside the band. */
export function remainderLabel(keys: readonly string[]): string {
  return keys.includes("unknown") ? "All other countries" : "All other countries and unknown";
}

/**
 * The chosen series plus the remainder band: 1 − the sum of the chosen shares at each date (never below 0; null
 * where no chosen series has a value, i.e. the top N is empty under the filters). Chosen keys that overlap (europe
 * and FR) would count twice, so a key already inside a chosen group is left out of the sum.
 */
export function withShareRemainder(series: readonly ChartSeries[], inGroup: (key: string, group: string) => boolean): ChartSeries[] {
  const keys = series.map((s) => s.key);
  const counted = series.filter((s) => !keys.some((g) => g !== s.key && inGroup(s.key, g)));
  const dates = series[0]?.points.map((p) => p.date) ?? [];
  const rest = dates.map((date, i) => {
    const values = counted.map((s) => s.points[i]?.value ?? null);
    if (values.every((v) => v === null)) return { date, value: null, model: null };
    const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
    return { date, value: Math.max(0, 1 - sum), model: null };
  });
  return [...series, { key: REST_KEY, label: remainderLabel(keys), points: rest }];
}
