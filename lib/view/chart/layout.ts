// Where a chart spec's axes, ticks and data breaks fall inside a plot box: the geometry both the SVG export and the
// Open Graph card draw from, so the preview image gets the same value and date axes and the same "no data" breaks as
// the download (and the page: the breaks are `dataBreaks`, the rule the page's charts use). Pure.
import { dataBreaks, pivotSeries, withBreaks, yScale, type ChartRow, type DataBreak } from "@/lib/view/chart/data";
import { formatterFor, type ChartSpec } from "@/lib/view/chart/spec";
import { timeAxisTicks } from "@/lib/view/chart/time-axis";

export interface PlotBox {
  /** The whole drawing's width (ticks are kept inside it). */
  width: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartLayout {
  /** Rows to draw: the pivoted series with an empty row (`gap` set) inside each break, where lines and areas stop. */
  rows: ChartRow[];
  breaks: (DataBreak & { x0: number; x1: number })[];
  yTicks: { value: number; y: number; label: string }[];
  xTicks: { t: number; x: number; label: string }[];
  xOf(t: number): number;
  yOf(v: number): number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function chartLayout(spec: ChartSpec, box: PlotBox): ChartLayout {
  const { left, right, top, bottom } = box;
  const data = pivotSeries(spec.series);
  const stacked = spec.kind === "area";
  const breaks = dataBreaks(data);
  // Long silences in the data are drawn as gaps, as on the page: lines and stacked areas stop at the empty row of each
  // break (components/charts/recharts-time-chart.tsx does the same with the same rows).
  const rows = withBreaks(data, breaks);
  const keys = spec.series.map((s) => s.key);
  const scale = yScale(rows, keys, spec.unit, { stacked, includeZero: spec.includeZero ?? false });
  const [d0, d1] = scale.domain;
  const t0 = rows[0]?.t ?? 0;
  const t1 = rows[rows.length - 1]?.t ?? 1;
  const xOf = (t: number) => left + ((t - t0) / Math.max(1, t1 - t0)) * (right - left);
  const yOf = (v: number) => {
    const f = (v - d0) / Math.max(1e-12, d1 - d0);
    return spec.lowerIsBetter ? top + f * (bottom - top) : bottom - f * (bottom - top);
  };
  const tick = formatterFor(spec.tick, "tick");
  const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
  return {
    rows,
    breaks: breaks.map((b) => ({ ...b, x0: r1(xOf(dayMs(b.from))), x1: r1(xOf(dayMs(b.to))) })),
    yTicks: scale.ticks.map((value) => ({ value, y: r1(yOf(value)), label: tick(value) })),
    xTicks: timeAxisTicks(t0, t1, { innerWidth: right - left, marginLeft: left, marginRight: box.width - right }).map(({ t, label }) => ({
      t,
      x: r1(xOf(t)),
      label,
    })),
    xOf,
    yOf,
  };
}
