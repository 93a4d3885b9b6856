// Everything an Open Graph card needs besides drawing: the size and options of its plot (drawn by the one renderer,
// components/charts/chart-svg.tsx, as the SVG download is), its value and date axes and its data breaks placed over
// it (the plot has no text inside next/og, so the card draws their text on the plot's layout), each series' latest
// value and flag, the range and the data's date, the source and licence lines, and the fonts for its text.
import "server-only";
import { flagDataUri } from "@/lib/view/chart/flags-svg";
import { formatDateLong } from "@/lib/standings/format";
import { chartLayout, imageMargins } from "@/lib/view/chart/layout";
import { latestValues, rangeText, type ChartSpec } from "@/lib/view/chart/spec";
import { ogFonts, type OgFont } from "@/lib/view/chart/og-fonts";

/** The plot's size inside the card, and the room its axis labels take to its left and below it. */
export const OG_CHART = { width: 760, height: 340, axisLeft: 64, axisBottom: 30 };

/** How the card's plot is drawn: a bare image (no frame, no text: the card draws it) with thick lines for a thumbnail. */
export const OG_PLOT = {
  width: OG_CHART.width,
  height: OG_CHART.height,
  target: "image",
  frame: false,
  labels: false,
  stroke: 5,
} as const;

export interface OgAxes {
  /** Value ticks: distance from the plot's top (px) and text. */
  y: { top: number; label: string }[];
  /** Date ticks: distance from the plot's left (px) and text. */
  x: { left: number; label: string }[];
  /** Data breaks: where the "no data" stretch starts and how wide it is (px), and its length in days. */
  breaks: { left: number; width: number; days: number }[];
}

export interface OgCardData {
  props: {
    spec: ChartSpec;
    title: string;
    range: string;
    asOf: string;
    axes: OgAxes;
    latest: { key: string; label: string; color: string; dash: string; text: string; flagUri: string | null }[];
  };
  fonts: OgFont[];
}

/** The card's axes: the plot's own layout (lib/view/chart/layout.ts), so labels sit on its grid lines and breaks. */
export function ogAxes(spec: ChartSpec): OgAxes {
  const margin = imageMargins(OG_PLOT);
  const layout = chartLayout(spec, { width: OG_CHART.width, height: OG_CHART.height, margin });
  return {
    y: layout.yTicks.map((t) => ({ top: margin.top + t.y, label: t.label })),
    x: layout.xTicks.map((t) => ({ left: margin.left + t.x, label: t.label })),
    breaks: layout.breaks.map((b) => ({ left: margin.left + b.x0, width: Math.max(0, b.x1 - b.x0), days: b.days })),
  };
}

export async function ogCard(spec: ChartSpec, title: string): Promise<OgCardData> {
  const latest = await Promise.all(
    latestValues(spec).map(async (v) => ({
      ...v,
      dash: spec.series.find((s) => s.key === v.key)?.dash ?? "",
      flagUri: await flagDataUri(v.key),
    })),
  );
  const asOf = spec.asOf ? formatDateLong(spec.asOf) : "unknown";
  const range = rangeText(spec);
  const axes = ogAxes(spec);
  const text = [
    title,
    spec.source,
    spec.licence,
    spec.boardName,
    spec.yLabel,
    range,
    asOf,
    "Range no data",
    ...axes.x.map((t) => t.label),
    ...axes.y.map((t) => t.label),
    ...latest.flatMap((l) => [l.label, l.text]),
  ].join(" ");
  return {
    props: { spec, title, range, asOf, axes, latest },
    fonts: await ogFonts(text),
  };
}
