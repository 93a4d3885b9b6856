// Shares add up on screen: the top-N share chart stacks the chosen keys and a labelled band for the rest, so the
// stack always reaches 100% of the top N (where the top N has any model under the filters), and never passes it.
import { countryLabel, countsFor, isIsoCountry } from "@/lib/core/countries";
import type { ChartSeries } from "@/lib/view/chart/data";

export const REST_KEY = "rest";

/** Whether country `key` is a member of group `group` (FR of europe); a key is never inside itself or another group. */
export function keyInGroup(key: string, group: string): boolean {
  return key !== group && isIsoCountry(key) && countsFor(key, group);
}

/** The remainder's label: "unknown" is named when it is not one of the chosen keys, since it is then inside the band. */
export function remainderLabel(keys: readonly string[]): string {
  return keys.includes("unknown") ? "All other countries" : "All other countries and unknown";
}

/** "Europe without France", "Europe without France and Germany", "Europe without France, Germany and Italy". */
export function withoutLabel(label: string, members: readonly string[]): string {
  const names = members.map(countryLabel);
  const list = names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${label} without ${list}`;
}

/**
 * Stacked shares count each model once: a group chosen together with some of its members (europe with FR) stands
 * for the group minus those members, relabelled to say so ("Europe without France"). Members keep their own share;
 * a member with no value at a date counts as 0 there; a group with no value stays empty. Other series are unchanged.
 */
export function disjointShares(
  series: readonly ChartSeries[],
  inGroup: (key: string, group: string) => boolean = keyInGroup,
): ChartSeries[] {
  return series.map((group) => {
    const members = series.filter((s) => s.key !== group.key && inGroup(s.key, group.key));
    if (members.length === 0) return group;
    return {
      ...group,
      label: withoutLabel(
        group.label || countryLabel(group.key),
        members.map((m) => m.key),
      ),
      points: group.points.map((p, i) => {
        if (p.value === null) return p;
        const inside = members.reduce((sum, m) => sum + (m.points[i]?.value ?? 0), 0);
        return { ...p, value: Math.max(0, p.value - inside) };
      }),
    };
  });
}

/**
 * The series to stack: the chosen keys made disjoint (`disjointShares`), plus the remainder band: 1 − their sum at
 * each date (never below 0; null where no chosen series has a value, i.e. the top N is empty under the filters).
 * A stack that already has its band is returned as it is.
 */
export function withShareRemainder(
  series: readonly ChartSeries[],
  inGroup: (key: string, group: string) => boolean = keyInGroup,
): ChartSeries[] {
  if (series.some((s) => s.key === REST_KEY)) return [...series];
  const parts = disjointShares(series, inGroup);
  const dates = parts[0]?.points.map((p) => p.date) ?? [];
  const rest = dates.map((date, i) => {
    const values = parts.map((s) => s.points[i]?.value ?? null);
    if (values.every((v) => v === null)) return { date, value: null, model: null };
    const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
    return { date, value: Math.max(0, 1 - sum), model: null };
  });
  return [...parts, { key: REST_KEY, label: remainderLabel(series.map((s) => s.key)), points: rest }];
}
