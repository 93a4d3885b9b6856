// Everything an Open Graph card needs besides drawing: the plot as an SVG data URI (from the chart spec, the
// same renderer as the SVG download), its value and date axes and its data breaks placed over it (the image's SVG
// has no fonts inside next/og, so the card draws their text), each series' latest value and flag, the range and the
// data's date, the source and licence lines, and the fonts for its text.
import "server-only";
import { flagDataUri } from "@/lib/view/chart/flags-svg";
import { formatDateLong } from "@/lib/standings/format";
import { chartLayout } from "@/lib/view/chart/layout";
import { chartSvg, plotBox } from "@/lib/view/chart/svg";
import { latestValues, rangeText, type ChartSpec } from "@/lib/view/chart/spec";
import { ogFonts, type OgFont } from "@/lib/view/chart/og-fonts";

/** The plot's size inside the card, and the room its axis labels take to its left and below it. */
export const OG_CHART = { width: 760, height: 340, axisLeft: 64, axisBottom: 30 };

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
    chartUri: string;
    range: string;
    asOf: string;
    axes: OgAxes;
    latest: { key: string; label: string; color: string; dash: string; text: string; flagUri: string | null }[];
  };
  fonts: OgFont[];
}

/** The card's axes: the SVG plot's own layout (lib/view/chart/layout.ts), so labels sit on its grid lines and breaks. */
export function ogAxes(spec: ChartSpec): OgAxes {
  const box = plotBox({ width: OG_CHART.width, height: OG_CHART.height, frame: false, labels: false });
  const layout = chartLayout(spec, box);
  return {
    y: layout.yTicks.map((t) => ({ top: t.y, label: t.label })),
    x: layout.xTicks.map((t) => ({ left: t.x, label: t.label })),
    breaks: layout.breaks.map((b) => ({ left: b.x0, width: Math.max(0, b.x1 - b.x0), days: b.days })),
  };
}

export async function ogCard(spec: ChartSpec, title: string): Promise<OgCardData> {
  const svg = chartSvg(spec, { width: OG_CHART.width, height: OG_CHART.height, frame: false, labels: false, stroke: 5 });
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
    title, spec.source, spec.licence, spec.boardName, spec.yLabel, range, asOf, "Range no data",
    ...axes.x.map((t) => t.label), ...axes.y.map((t) => t.label), ...latest.flatMap((l) => [l.label, l.text]),
  ].join(" ");
  return {
    props: { spec, title, chartUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, range, asOf, axes, latest },
    fonts: await ogFonts(text),
  };
}
