// Pure shaping for the lens views: API responses → the chart series and scales the chart components draw.
import type { ChartSeries } from "@/lib/view/chart/data";
import type { EfficiencyResponse, LanguageResponse, PriceResponse } from "@/lib/standings/lenses/types";

type LanguageField = "rankA" | "rankB" | "scoreA" | "scoreB" | "advantage";

/** One chart's series from the language lens: one series per country key, reading one field of its points. */
export function languageSeries(r: LanguageResponse, field: LanguageField): ChartSeries[] {
  const model = (p: LanguageResponse["series"][number]["points"][number]) =>
    field === "rankA" || field === "scoreA"
      ? p.modelA
      : field === "rankB" || field === "scoreB"
        ? p.modelB
        : `${p.modelA ?? "–"} / ${p.modelB ?? "–"}`;
  return r.series.map((s) => ({
    key: s.key,
    label: s.label,
    points: s.points.map((p) => ({ date: p.date, value: p[field], model: model(p) })),
  }));
}

export function cheapestSeries(r: PriceResponse): ChartSeries[] {
  return r.cheapest.map((s) => ({
    key: s.key,
    label: s.label,
    points: s.points.map((p) => ({ date: p.date, value: p.value, model: p.model })),
  }));
}

export function efficiencyClassSeries(r: EfficiencyResponse, cls: string): ChartSeries[] {
  return (
    r.classes.find((c) => c.key === cls)?.series.map((s) => ({ key: s.key, label: s.label, points: s.points })) ?? []
  );
}

/** Ticks of a log10 axis over [min, max] (both > 0): the powers of ten inside, widened to one on each side. */
export function logTicks(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  if (!(min > 0) || !(max > 0) || !Number.isFinite(min) || !Number.isFinite(max))
    return { domain: [0.1, 10], ticks: [0.1, 1, 10] };
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max)));
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) ticks.push(Number((10 ** e).toPrecision(1)));
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
}
