"use client";
// A lens chart card: the time chart for already-shaped series, with its legend, CSV link, share menu and source line.
import type { BoardSlug } from "@/lib/boards/info";
import { lensChartTarget } from "@/lib/view/chart/panel-share";
import type { ChartSeries, ChartUnit } from "@/lib/view/chart/data";
import type { FormatterName } from "@/lib/view/chart/spec";
import { ShareMenu } from "@/components/share/share-menu";
import { useLensState } from "./lens-controls";
import { ChartFrame, CsvLink } from "@/components/charts/chart-frame";
import { ChartLegend } from "@/components/charts/chart-legend";
import { seriesStyles } from "@/components/charts/series-config";
import { TimeChart } from "@/components/charts/time-chart";
import type { ReactNode } from "react";
import { methodologyHref, SECTION_IDS } from "@/lib/view/url/methodology-anchors";

export function LensChart(props: {
  /** The lens page the chart is on, its board and its data date (the view's end). */
  lens: "language" | "price" | "efficiency";
  board: BoardSlug;
  asOf: string | null;
  /** The value formatter by name, for the chart's downloads (lib/view/chart/spec.ts). */
  value: FormatterName;
  id: string;
  title: string;
  subtitle?: string;
  series: ChartSeries[];
  unit: ChartUnit;
  kind?: "step" | "line";
  lowerIsBetter?: boolean;
  includeZero?: boolean;
  yLabel: string;
  formatValue: (v: number | null) => string;
  formatTick: (v: number) => string;
  csv: string;
  source: string;
  table?: ReactNode;
  height?: number;
}) {
  const empty = props.series.every((s) => s.points.every((p) => p.value === null));
  const styles = seriesStyles(props.series.map((s) => s.key));
  const legend = props.series.map((s) => ({ key: s.key, label: s.label, style: styles[s.key] }));
  const [view] = useLensState();
  const target = lensChartTarget({ path: `/lenses/${props.lens}`, view, latest: props.asOf, id: props.id, title: props.title, board: props.board, asOf: props.asOf, apiCsv: props.csv });
  const chart = async () => {
    const { seriesSpec } = await import("@/lib/view/chart/spec");
    const kind = props.kind ?? "line";
    const spec = seriesSpec({
      title: props.title,
      subtitle: props.subtitle ?? "",
      kind,
      unit: props.unit,
      lowerIsBetter: props.lowerIsBetter ?? false,
      includeZero: props.includeZero,
      yLabel: props.yLabel,
      value: props.value,
      series: props.series,
      board: props.board,
      asOf: props.asOf,
    });
    return { spec };
  };
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
      table={props.table}
    >
      {empty ? (
        <p className="py-8 text-center text-sm text-[var(--muted)]">No values in this selection.</p>
      ) : (
        <TimeChart
          series={props.series}
          kind={props.kind ?? "line"}
          unit={props.unit}
          lowerIsBetter={props.lowerIsBetter ?? false}
          includeZero={props.includeZero}
          height={props.height ?? 240}
          xLabel="Snapshot date"
          yLabel={props.yLabel}
          formatValue={props.formatValue}
          formatTick={props.formatTick}
        />
      )}
    </ChartFrame>
  );
}
