// A chart as plain data: everything the page's chart, the Open Graph image and the SVG/PNG/CSV/JSON downloads
// need to draw the same thing (components/charts/chart-svg.tsx draws it). Serialisable (no closures, no CSS
// variables): formatters travel as names and are resolved with `formatterFor`, colours are resolved for a theme.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { countryLabel } from "@/lib/core/countries";
import {
  formatDateLong,
  formatMetricValue,
  formatRelative,
  formatScore,
  formatSigned,
  formatUsd,
} from "@/lib/standings/format";
import { licenceLine } from "@/lib/boards/upstreams";
import { caveatMarkersFor, markersFor, type ChartMarker } from "@/lib/boards/markers";
import { seriesEnd } from "@/lib/view/url/as-of";
import { METRIC_INFO, type MetricKind } from "@/lib/standings/metric-kinds";
import type { GapResponse, StandingsResponse } from "@/lib/standings/types";
import type { ChartSeries, ChartUnit } from "@/lib/view/chart/data";
import { chartTitle, filterSummary, sourceLine, tickFormatter, yAxisLabel } from "@/lib/view/url/labels";
import type { ViewState } from "@/lib/view/url/search-params";
import { seriesStyles, type MarkerShape } from "@/lib/view/chart/series-style";
import { withShareRemainder } from "@/lib/view/chart/share-remainder";
import { gapChart } from "@/lib/view/chart/gap-chart";

export type ChartKind = "step" | "line" | "area";
export type Theme = "light" | "dark";

/** The theme colours charts use, resolved (what the CSS variables of app/globals.css hold). */
export const THEME_COLORS: Record<
  Theme,
  { bg: string; fg: string; muted: string; border: string; card: string; accent: string }
> = {
  light: { bg: "#ffffff", fg: "#111827", muted: "#6b7280", border: "#e5e7eb", card: "#f9fafb", accent: "#1d4ed8" },
  dark: { bg: "#0b1020", fg: "#e5e7eb", muted: "#9ca3af", border: "#273043", card: "#111a2e", accent: "#93c5fd" },
};

/** A formatter by name: a metric's values on a board, a gap in points or percent, US dollars (the price lens), or a plain number. */
export type FormatterName =
  | { kind: "metric"; metric: MetricKind; board: BoardSlug }
  | { kind: "gap"; board: BoardSlug; percent: boolean }
  | { kind: "usd" }
  | { kind: "number"; decimals: number; signed?: boolean };

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
  /** The value axis reaches 0 (a gap, whose sign is the story). */
  includeZero?: boolean;
  xLabel: string;
  yLabel: string;
  /** Full value text (tables, tooltips, latest values) and short tick text. */
  value: FormatterName;
  tick: FormatterName;
  series: SpecSeries[];
  /**
   * Two of `series` (by key) that bound an interval, drawn as one shaded band between them rather than as lines (the
   * gap's 95% band); they still count for the value axis, and the tooltip gives the interval.
   */
  band?: { low: string; high: string; label: string };
  /**
   * Markers that fall in the chart's span, drawn as vertical rules: the event markers (retirement, method changes,
   * releases) when the view shows events, and the data caveats (lib/boards/data-caveats.ts) always.
   */
  markers: ChartMarker[];
  /** First and last snapshot dates shown, or null when there is no data. */
  range: { from: string; to: string } | null;
  /** The data's date: the last snapshot the chart covers (its range's end, lib/view/url/as-of.ts), not the board's newest. */
  asOf: string | null;
  /** "Source: …; data as of …." */
  source: string;
  /** The data's licence and credit (lib/boards/upstreams.ts `licenceLine`). */
  licence: string;
  board: BoardSlug;
  boardName: string;
  theme: Theme;
  colors: (typeof THEME_COLORS)[Theme];
}

/** Resolves a formatter name: `full` for values, `tick` for short axis text. */
export function formatterFor(name: FormatterName, style: "full" | "tick"): (v: number | null) => string {
  if (name.kind === "usd") return (v) => (v === null && style === "tick" ? "" : formatUsd(v));
  if (name.kind === "number") {
    return (v) =>
      v === null
        ? style === "tick"
          ? ""
          : "–"
        : name.signed && style === "full"
          ? formatSigned(v, name.decimals)
          : v.toFixed(name.decimals);
  }
  if (name.kind === "gap") {
    if (style === "full")
      return (v) => (name.percent ? formatRelative(v, 2) : formatSigned(v, boardInfo(name.board).scoreDecimals));
    return (v) => (v === null ? "" : `${formatScore(v, name.board).replace(/\.0+$/, "")}${name.percent ? "%" : ""}`);
  }
  if (style === "tick") {
    const tick = tickFormatter(name.board, name.metric);
    return (v) => (v === null ? "" : tick(v));
  }
  return (v) => formatMetricValue(name.metric, v, name.board);
}

export function chartKind(metric: MetricKind): ChartKind {
  return metric === "top-n-share" ? "area" : METRIC_INFO[metric].unit === "rank" ? "step" : "line";
}

/** What any time chart is, before colours and formatting are resolved: the input of `seriesSpec`. */
export interface SeriesSpecInput extends Pick<
  ChartSpec,
  "title" | "subtitle" | "kind" | "unit" | "lowerIsBetter" | "includeZero" | "yLabel" | "value" | "board" | "band"
> {
  tick?: FormatterName;
  series: ChartSeries[];
  /** The data's date when the series do not say it (no points): else the series' last date. */
  asOf?: string | null;
  /** Mark the board's events that fall in the series' span (`events` of a view; entity charts always do). */
  events?: boolean;
}

/** A colour as an image draws it: a theme variable of app/globals.css (`var(--muted)`) resolved to the theme's value. */
export const resolveColor = (colors: (typeof THEME_COLORS)[Theme]) => (c: string) =>
  c.replace(/^var\(--(\w+)\)$/, (_, name: keyof typeof colors) => colors[name] ?? c);

/** The markers that fall within a chart's dates (inclusive); none on a chart of fewer than two dates. */
export function markersInSpan<M extends ChartMarker>(markers: readonly M[], dates: readonly string[]): M[] {
  if (dates.length < 2) return [];
  const [first, last] = [dates[0], dates[dates.length - 1]];
  return markers.filter((m) => m.date >= first && m.date <= last);
}

/** The markers of a chart over `dates`: the board's events (when shown) and its data caveats, by date. */
export function chartMarkers(board: BoardSlug, dates: readonly string[], events: boolean): ChartMarker[] {
  const caveats = markersInSpan(caveatMarkersFor(board), dates);
  const shown: ChartMarker[] = events ? markersInSpan(markersFor(board), dates) : [];
  return [...shown, ...caveats].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Any time chart as a spec: series styled by key, the data date from the series' end, the board's source and licence. */
export function seriesSpec(input: SeriesSpecInput, theme: Theme = "light"): ChartSpec {
  const colors = THEME_COLORS[theme];
  const styles = seriesStyles(input.series.map((s) => s.key));
  const resolve = resolveColor(colors);
  const dates = input.series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.date)).sort();
  const asOf = seriesEnd(input.series) ?? input.asOf ?? null;
  return {
    title: input.title,
    subtitle: input.subtitle,
    kind: input.kind,
    unit: input.unit,
    lowerIsBetter: input.lowerIsBetter,
    ...(input.includeZero ? { includeZero: true } : {}),
    xLabel: "Snapshot date",
    yLabel: input.yLabel,
    value: input.value,
    tick: input.tick ?? input.value,
    series: input.series.map((s) => ({
      key: s.key,
      label: s.label || countryLabel(s.key),
      points: s.points,
      color: resolve(styles[s.key].color),
      dash: styles[s.key].dash,
      marker: styles[s.key].marker,
    })),
    ...(input.band ? { band: input.band } : {}),
    // The span is every snapshot date the chart covers (a null value still marks one), as the data table lists them.
    // A data caveat is about the numbers drawn, not an event: it is marked with the events off too.
    markers: chartMarkers(input.board, input.series[0]?.points.map((p) => p.date) ?? [], input.events === true),
    range: dates.length ? { from: dates[0], to: dates[dates.length - 1] } : null,
    asOf,
    source: sourceLine(input.board, asOf),
    licence: licenceLine(input.board),
    board: input.board,
    boardName: boardInfo(input.board).name,
    theme,
    colors,
  };
}

/** The standings chart of a view, from the API's answer for it; with the board's events when the view shows them. */
export function standingsSpec(
  view: Pick<ViewState, "board" | "license" | "attribution" | "official"> & { events?: boolean },
  data: StandingsResponse,
  theme: Theme = "light",
): ChartSpec {
  const kind = chartKind(data.metric);
  // Stacked shares draw what the page draws: each model counted once, plus the band for everyone else.
  const series = kind === "area" ? withShareRemainder(data.series) : data.series;
  const name: FormatterName = { kind: "metric", metric: data.metric, board: data.board };
  return seriesSpec(
    {
      title: chartTitle({ metric: data.metric, n: data.n }),
      subtitle: filterSummary({ ...view, board: data.board }),
      kind,
      unit: METRIC_INFO[data.metric].unit,
      lowerIsBetter: METRIC_INFO[data.metric].lowerIsBetter,
      yLabel: yAxisLabel(data.board, data.metric, data.n),
      value: name,
      series,
      board: data.board,
      asOf: data.asOf,
      events: view.events,
    },
    theme,
  );
}

/**
 * The gap chart of a view (the gap panel's), from the API's gap answer: the gap in points or percent (`gapunit`), its
 * 95% band where the board publishes CIs (lib/view/chart/gap-chart.ts), and the events when the view shows them.
 */
export function gapSpec(
  view: Pick<ViewState, "board" | "license" | "attribution" | "official"> &
    Partial<Pick<ViewState, "gapunit" | "events">>,
  data: Pick<GapResponse, "board" | "a" | "b" | "points" | "asOf">,
  theme: Theme = "light",
): ChartSpec {
  const [a, b] = [countryLabel(data.a), countryLabel(data.b)];
  const unit = view.gapunit ?? "points";
  const chart = gapChart(data.points, unit, a, b, data.board);
  return seriesSpec(
    {
      title: `Gap: ${a} vs ${b}`,
      subtitle: `Best ${boardInfo(data.board).scoreLabel.toLowerCase()} of ${a} minus that of ${b}${chart.base ? `, ${chart.base}` : ""} (positive: ${a} ahead). ${filterSummary({ ...view, board: data.board })}`,
      kind: "line",
      unit: "score",
      lowerIsBetter: false,
      includeZero: true,
      yLabel: chart.yLabel,
      value: { kind: "gap", board: data.board, percent: unit === "percent" },
      series: chart.series,
      ...(chart.band ? { band: chart.band } : {}),
      board: data.board,
      asOf: data.asOf,
      events: view.events,
    },
    theme,
  );
}

/**
 * The lines under an exported chart (its x axis's label is drawn under the axis): the source with the data's date,
 * and the data's licence with its credit, the same provenance the citation and the CSV's metadata carry; then one
 * line per data caveat the chart marks, since an image has no hover to tell what its marker means.
 */
export function exportFooter(spec: Pick<ChartSpec, "source" | "licence" | "markers">): string[] {
  return [
    `${spec.source} Chart: Leaderboard Atlas.`,
    spec.licence,
    ...spec.markers
      .filter((m) => m.kind === "caveat")
      .map((m) => `Data caveat, ${formatDateLong(m.date)}: ${m.label}.`),
  ];
}

/** Each drawn series' latest non-null point (a band's bounds are not lines), as the value text the chart shows. */
export function latestValues(
  spec: ChartSpec,
): { key: string; label: string; color: string; date: string | null; text: string; model: string | null }[] {
  const format = formatterFor(spec.value, "full");
  const bounds = spec.band ? [spec.band.low, spec.band.high] : [];
  return spec.series
    .filter((s) => !bounds.includes(s.key))
    .map((s) => {
      const last = [...s.points].reverse().find((p) => p.value !== null) ?? null;
      return {
        key: s.key,
        label: s.label,
        color: s.color,
        date: last?.date ?? null,
        text: format(last?.value ?? null),
        model: last?.model ?? null,
      };
    });
}

/** "1 Jan 2024 – 11 Dec 2025". */
export function rangeText(spec: ChartSpec): string {
  return spec.range ? `${formatDateLong(spec.range.from)} – ${formatDateLong(spec.range.to)}` : "no data";
}
