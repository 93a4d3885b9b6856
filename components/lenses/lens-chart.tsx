"use client";
// A lens chart card: the time chart for already-shaped series, with its legend, CSV link, share menu and source line.
import type { BoardSlug } from "@/lib/boards/info";
import { lensChartTarget } from "@/lib/view/chart/panel-share";
import type { ChartSeries, ChartUnit } from "@/lib/view/chart/data";
import { seriesSpec, type FormatterName } from "@/lib/view/chart/spec";
import { ShareMenu } from "@/components/share/share-menu";
import { useLensState } from "./lens-controls";
import { ChartFrame, CsvLink } from "@/components/charts/chart-frame";
import { ChartLegend } from "@/components/charts/chart-legend";
import { seriesStyles } from "@/components/charts/series-config";
import { TimeChart } from "@/components/charts/time-chart";
import { CaveatNotes } from "@/components/charts/marker-key";
import type { ReactNode } from "react";
import { methodologyHref, SECTION_IDS } from "@/lib/view/url/methodology-anchors";

export function LensChart(props: {
  /** The lens page the chart is on, its board and its data date (the view's end). */
  lens: "language" | "price" | "efficiency";
  board: BoardSlug;
  asOf: string | null;
  /** The value formatter by name (lib/view/chart/spec.ts), and the ticks' where they differ from it. */
  value: FormatterName;
  tick?: FormatterName;
  id: string;
  title: string;
  subtitle?: string;
  series: ChartSeries[];
  unit: ChartUnit;
  kind?: "step" | "line";
  lowerIsBetter?: boolean;
  includeZero?: boolean;
  yLabel: string;
  csv: string;
  source: string;
  table?: ReactNode;
  height?: number;
}) {
  const empty = props.series.every((s) => s.points.every((p) => p.value === null));
  const styles = seriesStyles(props.series.map((s) => s.key));
  const legend = props.series.map((s) => ({ key: s.key, label: s.label, style: styles[s.key] }));
  const [view] = useLensState();
  const target = lensChartTarget({
    path: `/lenses/${props.lens}`,
    view,
    latest: props.asOf,
    id: props.id,
    title: props.title,
    board: props.board,
    asOf: props.asOf,
    apiCsv: props.csv,
  });
  // One description for the chart and its downloads.
  const spec = seriesSpec({
    title: props.title,
    subtitle: props.subtitle ?? "",
    kind: props.kind ?? "line",
    unit: props.unit,
    lowerIsBetter: props.lowerIsBetter ?? false,
    includeZero: props.includeZero,
    yLabel: props.yLabel,
    value: props.value,
    tick: props.tick,
    series: props.series,
    board: props.board,
    asOf: props.asOf,
  });
  const chart = async () => ({ spec });
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      subtitle={props.subtitle}
      actions={
        <>
          <CsvLink href={props.csv} label={`Download CSV: ${props.title}`} />
          <ShareMenu target={{ ...target, chart }} />
        </>
      }
      legend={<ChartLegend items={legend} />}
      source={props.source}
      methodology={[{ href: methodologyHref(SECTION_IDS.lenses), label: "How the lenses are made" }]}
      table={
        <>
          <CaveatNotes markers={spec.markers} />
          {props.table}
        </>
      }
    >
      {empty ? (
        <p className="py-8 text-center text-sm text-[var(--muted)]">No values in this selection.</p>
      ) : (
        <TimeChart spec={spec} height={props.height ?? 240} />
      )}
    </ChartFrame>
  );
}
