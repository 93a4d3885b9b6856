// A chart as plain data: everything the page's chart, the Open Graph image and the SVG/PNG/CSV/JSON downloads
// need to draw the same thing. Serialisable (no closures, no CSS variables): formatters travel as names and are
// resolved with `formatterFor`, colours are resolved for a theme.
import { BOARDS, type BoardSlug } from "@/lib/boards";
import { countryLabel } from "@/lib/attribution/countries";
import { formatDateLong, formatMetricValue } from "@/lib/standings/format";
import { METRIC_INFO, type MetricKind } from "@/lib/standings/metric-kinds";
import type { StandingsResponse } from "@/lib/standings/types";
import type { ChartSeries, ChartUnit } from "./chart-data";
import { chartTitle, filterSummary, sourceLine, tickFormatter, yAxisLabel } from "./labels";
import type { ViewState } from "./search-params";
import { formatUsd } from "@/lib/view/lens-charts";
import { seriesStyles, type MarkerShape } from "@/lib/view/series-style";
import { withShareRemainder } from "@/lib/view/share-remainder";

export type ChartKind = "step" | "line" | "area";
export type Theme = "light" | "dark";

/** The theme colours charts use, resolved (what the CSS variables of app/globals.css hold). */
export const THEME_COLORS: Record<Theme, { bg: string; fg: string; muted: string; border: string; card: string; accent: string }> = {
  light: { bg: "#ffffff", fg: "#111827", muted: "#6b7280", border: "#e5e7eb", card: "#f9fafb", accent: "#1d4ed8" },
  dark: { bg: "#0b1020", fg: "#e5e7eb", muted: "#9ca3af", border: "#273043", card: "#111a2e", accent: "#93c5fd" },
};

/** A formatter by name: a metric's values on a board, or US dollars (the price lens). */
export type FormatterName = { kind: "metric"; metric: MetricKind; board: BoardSlug } | { kind: "usd" };

export interface SpecSeries extends ChartSeries {
  /** Country key (US, CN, europe…). */
  key: string;
  /** Plain text label, without a flag (flags are drawn from flag-icons where the renderer can). */
  label: string;
  color: string;
  /** SVG stroke-dasharray; "" for solid. */
  dash: string;
  marker: MarkerShape;
}

export interface ChartSpec {
  title: string;
  subtitle: string;
  kind: ChartKind;
  unit: ChartUnit;
  lowerIsBetter: boolean;
  xLabel: string;
  yLabel: string;
  /** Full value text (tables, tooltips, latest values) and short tick text. */
  value: FormatterName;
  tick: FormatterName;
  series: SpecSeries[];
  /** First and last snapshot dates shown, or null when there is no data. */
  range: { from: string; to: string } | null;
  /** Newest snapshot date on the board. */
  asOf: string | null;
  source: string;
  board: BoardSlug;
  boardName: string;
  theme: Theme;
  colors: (typeof THEME_COLORS)[Theme];
}

/** Resolves a formatter name: `full` for values, `tick` for short axis text. */
export function formatterFor(name: FormatterName, style: "full" | "tick"): (v: number | null) => string {
  if (name.kind === "usd") return (v) => (v === null && style === "tick" ? "" : formatUsd(v));
  if (style === "tick") {
    const tick = tickFormatter(name.board, name.metric);
    return (v) => (v === null ? "" : tick(v));
  }
  return (v) => formatMetricValue(name.metric, v, name.board);
}

export function chartKind(metric: MetricKind): ChartKind {
  return metric === "top-n-share" ? "area" : METRIC_INFO[metric].unit === "rank" ? "step" : "line";
}

/** The standings chart of a view, from the API's answer for it. */
export function standingsSpec(
  view: Pick<ViewState, "board" | "license" | "attribution" | "official">,
  data: StandingsResponse,
  theme: Theme = "light",
): ChartSpec {
  const colors = THEME_COLORS[theme];
  const kind = chartKind(data.metric);
  // Stacked shares draw what the page draws: each model counted once, plus the band for everyone else.
  const series = kind === "area" ? withShareRemainder(data.series) : data.series;
  const styles = seriesStyles(series.map((s) => s.key));
  const resolve = (c: string) => c.replace(/^var\(--(\w+)\)$/, (_, name: keyof typeof colors) => colors[name] ?? c);
  const dates = series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.date)).sort();
  const name: FormatterName = { kind: "metric", metric: data.metric, board: data.board };
  return {
    title: chartTitle({ metric: data.metric, n: data.n }),
    subtitle: filterSummary({ ...view, board: data.board }),
    kind,
    unit: METRIC_INFO[data.metric].unit,
    lowerIsBetter: METRIC_INFO[data.metric].lowerIsBetter,
    xLabel: "Snapshot date",
    yLabel: yAxisLabel(data.board, data.metric, data.n),
    value: name,
    tick: name,
    series: series.map((s) => ({
      key: s.key,
      label: s.label || countryLabel(s.key),
      points: s.points,
      color: resolve(styles[s.key].color),
      dash: styles[s.key].dash,
      marker: styles[s.key].marker,
    })),
    range: dates.length ? { from: dates[0], to: dates[dates.length - 1] } : null,
    asOf: data.asOf,
    source: sourceLine(data.board, data.asOf),
    board: data.board,
    boardName: BOARDS[data.board].name,
    theme,
    colors,
  };
}

/** Each series' latest non-null point, as the value text the chart shows. */
export function latestValues(spec: ChartSpec): { key: string; label: string; color: string; date: string | null; text: string; model: string | null }[] {
  const format = formatterFor(spec.value, "full");
  return spec.series.map((s) => {
    const last = [...s.points].reverse().find((p) => p.value !== null) ?? null;
    return { key: s.key, label: s.label, color: s.color, date: last?.date ?? null, text: format(last?.value ?? null), model: last?.model ?? null };
  });
}

/** "1 Jan 2024 – 11 Dec 2025". */
export function rangeText(spec: ChartSpec): string {
  return spec.range ? `${formatDateLong(spec.range.from)} – ${formatDateLong(spec.range.to)}` : "no data";
}
