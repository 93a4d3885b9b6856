// Where a chart spec's parts fall inside its plot: the value and date ticks, the data breaks, the paths of its lines,
// stacked areas and band, its point markers and its event markers. The one renderer (components/charts/chart-svg.tsx)
// draws the page's static chart, the SVG/PNG downloads and the Open Graph card's plot from this, and the card places
// its own axis text on the same ticks. Pure. Everything is in the plot's own pixels: (0, 0) is its top-left corner,
// so the same spec in a plot of the same size lays out the same wherever the plot sits in its drawing.
import type { ChartMarker } from "@/lib/boards/markers";
import {
  dataBreaks,
  dayMs,
  pivotSeries,
  withBreaks,
  yScale,
  type ChartRow,
  type DataBreak,
} from "@/lib/view/chart/data";
import { showPointMarkers } from "@/lib/view/chart/point-markers";
import { formatterFor, type ChartSpec } from "@/lib/view/chart/spec";
import { timeAxisTicks } from "@/lib/view/chart/time-axis";

/** Room around the plot inside its drawing (px). */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The page's time charts (both renderers): the value axis's labels to the left, the date axis and its title below. */
export const CHART_MARGIN = { top: 12, right: 20, bottom: 44, left: 68 } as const satisfies Margins;

/**
 * The plot's margins in an image. A download's frame holds the title, subtitle and legend above and the date axis's
 * title and the source lines below, with the page's room for the axes beside; the Open Graph card's bare plot has no
 * text in it (the card draws its own), so it keeps only room for the lines' ends.
 */
export function imageMargins({
  frame = true,
  labels = true,
  footerLines = 2,
}: {
  frame?: boolean;
  labels?: boolean;
  /** Lines of the frame's footer (spec.ts `exportFooter`): two, and one more per data caveat. */
  footerLines?: number;
}): Margins {
  if (frame) return { ...CHART_MARGIN, top: 90, bottom: 88 + 18 * Math.max(0, footerLines - 2) };
  return labels ? CHART_MARGIN : { top: 12, right: 20, bottom: 8, left: 8 };
}

/** A drawing of `width` × `height` px with the plot inside it at `margin`. */
export interface PlotBox {
  width: number;
  height: number;
  margin: Margins;
}

export interface ChartLayout {
  /** The plot's size (px). */
  width: number;
  height: number;
  /** Rows to draw: the pivoted series with an empty row (`gap` set) inside each break, where lines and areas stop. */
  rows: ChartRow[];
  breaks: (DataBreak & { x0: number; x1: number })[];
  yTicks: { value: number; y: number; label: string }[];
  xTicks: { t: number; x: number; label: string }[];
  /** The drawn lines (every series but the band's bounds, on a line or step chart), with the points that get markers. */
  lines: { key: string; d: string; markers: { date: string; x: number; y: number }[]; sparse: boolean }[];
  /** Stacked areas: one closed shape per series and stretch between breaks, and its upper edge as a line. */
  areas: { key: string; id: string; d: string; edge: string }[];
  /** The shaded interval between the band's bounds, one closed shape per stretch where both are known; "" without one. */
  band: string;
  /** The spec's event markers inside the span, at their x. */
  events: { marker: ChartMarker; x: number }[];
}

const f1 = (n: number) => n.toFixed(1);
const r1 = (n: number) => Math.round(n * 10) / 10;

/** A line through `pts`, broken at nulls; a step chart moves across, then up or down (ranks change at a snapshot). */
function linePath(pts: readonly ([number, number] | null)[], step: boolean): string {
  let d = "";
  let prev: [number, number] | null = null;
  for (const p of pts) {
    if (p === null) {
      prev = null;
      continue;
    }
    if (prev === null) d += `M${f1(p[0])},${f1(p[1])}`;
    else if (step) d += `H${f1(p[0])}V${f1(p[1])}`;
    else d += `L${f1(p[0])},${f1(p[1])}`;
    prev = p;
  }
  return d;
}

/** Rows split at the data breaks: where lines, areas and the band stop. */
function stretches(rows: readonly ChartRow[]): ChartRow[][] {
  const out: ChartRow[][] = [[]];
  for (const r of rows) {
    if (r.gap) out.push([]);
    else out[out.length - 1].push(r);
  }
  return out.filter((s) => s.length > 0);
}

export function chartLayout(spec: ChartSpec, box: PlotBox): ChartLayout {
  const { margin } = box;
  const iw = Math.max(10, box.width - margin.left - margin.right);
  const ih = Math.max(10, box.height - margin.top - margin.bottom);
  const data = pivotSeries(spec.series);
  // Long silences in the data are drawn as gaps: lines and stacked areas stop at the empty row of each break
  // (components/charts/recharts-time-chart.tsx does the same with the same rows).
  const breaks = dataBreaks(data);
  const rows = withBreaks(data, breaks);
  const keys = spec.series.map((s) => s.key);
  const { domain, ticks } = yScale(rows, keys, spec.unit, {
    stacked: spec.kind === "area",
    includeZero: spec.includeZero ?? false,
  });
  const t0 = rows[0]?.t ?? 0;
  const t1 = rows[rows.length - 1]?.t ?? 1;
  // A single date sits in the middle, as recharts draws it.
  const xOf = (t: number) => (t1 === t0 ? iw / 2 : ((t - t0) / (t1 - t0)) * iw);
  const span = domain[1] - domain[0] || 1;
  const yOf = (v: number) => (spec.lowerIsBetter ? (v - domain[0]) / span : 1 - (v - domain[0]) / span) * ih;
  const tick = formatterFor(spec.tick, "tick");
  const xy = (r: ChartRow, k: string) => `${f1(xOf(r.t))},${f1(yOf(r.values[k]!))}`;

  let band = "";
  const bandKeys = spec.band ? [spec.band.low, spec.band.high] : [];
  if (spec.band) {
    const { low, high } = spec.band;
    const known = (r: ChartRow) => !r.gap && r.values[low] != null && r.values[high] != null;
    let part: ChartRow[] = [];
    const close = () => {
      if (part.length === 1) {
        // A lone date is a sliver 2 px wide, so it still shows.
        const [r] = part;
        band += `M${f1(xOf(r.t) - 1)},${f1(yOf(r.values[high]!))}h2V${f1(yOf(r.values[low]!))}h-2z`;
      } else if (part.length > 1) {
        band += `M${part.map((r) => xy(r, high)).join("L")}L${part
          .map((r) => xy(r, low))
          .reverse()
          .join("L")}z`;
      }
      part = [];
    };
    for (const r of rows) {
      if (known(r)) part.push(r);
      else close();
    }
    close();
  }

  // Stacked areas: running sums in series order, nulls counted as 0.
  const areas =
    spec.kind === "area"
      ? stretches(rows).flatMap((part, p) => {
          const base = part.map(() => 0);
          return keys.map((k) => {
            const lower = base.slice();
            part.forEach((r, i) => (base[i] += r.values[k] ?? 0));
            const top = part.map((r, i) => `${f1(xOf(r.t))},${f1(yOf(base[i]))}`);
            const bottom = part.map((r, i) => `${f1(xOf(r.t))},${f1(yOf(lower[i]))}`).reverse();
            return { key: k, id: `${k}-${p}`, d: `M${top.join("L")}L${bottom.join("L")}z`, edge: `M${top.join("L")}` };
          });
        })
      : [];

  const lines =
    spec.kind === "area"
      ? []
      : keys
          .filter((k) => !bandKeys.includes(k))
          .map((k) => {
            const pts = rows.map((r) =>
              r.values[k] == null ? null : ([xOf(r.t), yOf(r.values[k]!)] as [number, number]),
            );
            const at = rows.flatMap((r, i) => (pts[i] ? [{ date: r.date, x: r1(pts[i][0]), y: r1(pts[i][1]) }] : []));
            // Every point where the series is sparse enough for markers to be told apart (lib/view/chart/point-markers.ts);
            // else its latest point alone, which names the line by its shape where it ends.
            const sparse = showPointMarkers(at.length, iw);
            return { key: k, d: linePath(pts, spec.kind === "step"), markers: sparse ? at : at.slice(-1), sparse };
          });

  return {
    width: iw,
    height: ih,
    rows,
    breaks: breaks.map((b) => ({ ...b, x0: r1(xOf(dayMs(b.from))), x1: r1(xOf(dayMs(b.to))) })),
    yTicks: ticks.map((value) => ({ value, y: r1(yOf(value)), label: tick(value) })),
    xTicks: timeAxisTicks(t0, t1, { innerWidth: iw, marginLeft: margin.left, marginRight: margin.right }).map(
      ({ t, label }) => ({
        t,
        x: r1(xOf(t)),
        label,
      }),
    ),
    lines,
    areas,
    band,
    events:
      rows.length > 1
        ? spec.markers
            .filter((m) => dayMs(m.date) >= t0 && dayMs(m.date) <= t1)
            .map((m) => ({ marker: m, x: r1(xOf(dayMs(m.date))) }))
        : [],
  };
}
