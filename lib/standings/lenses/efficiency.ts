// Efficiency lens (HF board): the best score per parameter class per country over time, and the best score per kg of
// CO₂ (the board's evaluation emissions) where the board reports it. Pure: rows in, series out.
import { countryLabel, countsFor, type CountryKey } from "@/lib/core/countries";
import type { StandingsFilters } from "@/lib/frame/filters";
import { snapshotsIn } from "./counted";
import type { FrameInput } from "@/lib/frame/build";

export const PARAM_CLASSES = [
  { key: "lt3", label: "< 3B", min: 0, max: 3 },
  { key: "3-10", label: "3–10B", min: 3, max: 10 },
  { key: "10-35", label: "10–35B", min: 10, max: 35 },
  { key: "35-80", label: "35–80B", min: 35, max: 80 },
  { key: "gt80", label: "> 80B", min: 80, max: Infinity },
] as const;
export type ParamClass = (typeof PARAM_CLASSES)[number]["key"];

/** The class of a parameter count in billions: lower bound inclusive, upper exclusive. null for an unknown count. */
export function paramClassOf(params: number | null | undefined): ParamClass | null {
  if (params == null || !Number.isFinite(params) || params < 0) return null;
  return PARAM_CLASSES.find((c) => params >= c.min && params < c.max)!.key;
}

/** What the efficiency lens needs per model and snapshot besides the frame: parameters (B) and CO₂ cost (kg). */
export type ModelFacts = ReadonlyMap<string, { params: number | null; co2: number | null }>;

export interface EfficiencyPoint {
  date: string;
  value: number | null;
  model: string | null;
}

export interface EfficiencySeries {
  key: CountryKey;
  label: string;
  points: EfficiencyPoint[];
}

export interface EfficiencyQuery {
  countries: CountryKey[];
  from?: string;
  to?: string;
  filters: StandingsFilters;
}

function best<T extends { value: number; model: string }>(items: T[]): T | null {
  let out: T | null = null;
  for (const i of items)
    if (out === null || i.value > out.value || (i.value === out.value && i.model < out.model)) out = i;
  return out;
}

/**
 * Per parameter class, per key: the best score of the key's counted models in that class at each date. `facts` is
 * per date (a model's reported size can change between revisions): date → model → facts.
 */
export function bestByParamClass(
  frame: FrameInput,
  facts: ReadonlyMap<string, ModelFacts>,
  q: EfficiencyQuery,
): { key: ParamClass; label: string; series: EfficiencySeries[] }[] {
  const out = PARAM_CLASSES.map((c) => ({
    key: c.key as ParamClass,
    label: c.label as string,
    series: q.countries.map((key) => ({ key, label: countryLabel(key), points: [] as EfficiencyPoint[] })),
  }));
  for (const { date, pop } of snapshotsIn(frame, q)) {
    const dayFacts = facts.get(date);
    for (const cls of out) {
      const inClass = pop.filter((e) => paramClassOf(dayFacts?.get(e.model)?.params) === cls.key);
      for (const s of cls.series) {
        const top = best(
          inClass.filter((e) => countsFor(e.country, s.key)).map((e) => ({ value: e.score, model: e.model })),
        );
        s.points.push({ date, value: top?.value ?? null, model: top?.model ?? null });
      }
    }
  }
  return out;
}

/** Per key: the best score per kg of CO₂ among counted models that report a positive CO₂ cost; null where none does. */
export function scorePerCo2(
  frame: FrameInput,
  facts: ReadonlyMap<string, ModelFacts>,
  q: EfficiencyQuery,
): EfficiencySeries[] {
  const series: EfficiencySeries[] = q.countries.map((key) => ({ key, label: countryLabel(key), points: [] }));
  for (const { date, pop } of snapshotsIn(frame, q)) {
    const dayFacts = facts.get(date);
    for (const s of series) {
      const candidates = pop.flatMap((e) => {
        const co2 = dayFacts?.get(e.model)?.co2;
        return countsFor(e.country, s.key) && co2 != null && co2 > 0 ? [{ value: e.score / co2, model: e.model }] : [];
      });
      const top = best(candidates);
      s.points.push({ date, value: top?.value ?? null, model: top?.model ?? null });
    }
  }
  return series;
}
