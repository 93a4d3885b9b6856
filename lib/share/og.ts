// Everything an Open Graph card needs besides drawing: the plot as an SVG data URI (from the chart spec, the
// same renderer as the SVG download), each series' latest value and flag, and the fonts for its text.
import "server-only";
import { flagDataUri } from "@/lib/flags-svg";
import { formatDateLong } from "@/lib/standings/format";
import { chartSvg } from "@/lib/view/chart-svg";
import { latestValues, rangeText, type ChartSpec } from "@/lib/view/chart-spec";
import { ogFonts, type OgFont } from "./og-fonts";

export interface OgCardData {
  props: {
    spec: ChartSpec;
    title: string;
    chartUri: string;
    range: string;
    asOf: string;
    latest: { key: string; label: string; color: string; dash: string; text: string; flagUri: string | null }[];
  };
  fonts: OgFont[];
}

export async function ogCard(spec: ChartSpec, title: string): Promise<OgCardData> {
  const svg = chartSvg(spec, { width: 760, height: 300, frame: false, labels: false, stroke: 5 });
  const latest = await Promise.all(
    latestValues(spec).map(async (v) => ({
      ...v,
      dash: spec.series.find((s) => s.key === v.key)?.dash ?? "",
      flagUri: await flagDataUri(v.key),
    })),
  );
  const asOf = spec.asOf ? formatDateLong(spec.asOf) : "unknown";
  const range = rangeText(spec);
  const text = [title, spec.source, spec.boardName, range, asOf, ...latest.flatMap((l) => [l.label, l.text])].join(" ");
  return {
    props: { spec, title, chartUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, range, asOf, latest },
    fonts: await ogFonts(text),
  };
}
