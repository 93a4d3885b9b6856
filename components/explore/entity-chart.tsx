"use client";
// A time chart on an entity page: serialisable props in (the page renders on the server), formatters built here
// from the metric, then the shared TimeChart (server SVG first, recharts on interaction) and its data table.
import type { BoardSlug } from "@/lib/boards/info";
import { formatMetricValue } from "@/lib/standings/format";
import { METRIC_INFO, type MetricKind } from "@/lib/standings/metric-kinds";
import type { ChartSeries } from "@/lib/view/chart/data";
import { tickFormatter } from "@/lib/view/url/labels";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartLegend } from "@/components/charts/chart-legend";
import { SeriesTable } from "@/components/charts/series-table";
import { seriesStyles } from "@/components/charts/series-config";
import { TimeChart } from "@/components/charts/time-chart";
import { MarkerKey, markersInSpan } from "@/components/charts/marker-key";
import { markersFor } from "@/lib/boards/markers";
import { modelNameText } from "@/lib/boards/model-name";

export function EntityChart(props: {
  id: string;
  title: string;
  subtitle?: string;
  series: ChartSeries[];
  metric: MetricKind;
  board: BoardSlug;
  yLabel: string;
  source: string;
  kind?: "step" | "line";
  height?: number;
  /** Show each series' flag in the legend (series keys are country keys). */
  flags?: boolean;
  /** The page shows the data in a table of its own. */
  noTable?: boolean;
}) {
  const info = METRIC_INFO[props.metric];
  const format = (v: number | null) => formatMetricValue(props.metric, v, props.board);
  const styles = seriesStyles(props.series.map((s) => s.key));
  const empty = props.series.every((s) => s.points.every((p) => p.value === null));
  // The board's event markers (retirement, method changes, releases) within the chart's span.
  const markers = markersInSpan(markersFor(props.board), props.series[0]?.points.map((p) => p.date) ?? []);
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      subtitle={props.subtitle}
      legend={
        props.series.length > 1 || props.flags ? (
          <ChartLegend items={props.series.map((s) => ({ key: s.key, label: s.label, style: styles[s.key], flag: props.flags ? s.key : undefined }))} />
        ) : undefined
      }
      source={props.source}
      table={
        empty ? undefined : (
          <>
            <MarkerKey markers={markers} on unit={info.unit} />
            {!props.noTable && (
              <SeriesTable caption={`${props.title}, per snapshot date`} series={props.series} formatValue={format} formatModel={(m) => modelNameText(props.board, m)} markers={markers} />
            )}
          </>
        )
      }
    >
      {empty ? (
        <p className="py-8 text-center text-sm text-[var(--muted)]">No data on this board.</p>
      ) : (
        <TimeChart
          series={props.series}
          kind={props.kind ?? "step"}
          unit={info.unit}
          lowerIsBetter={info.lowerIsBetter}
          height={props.height ?? 260}
          yLabel={props.yLabel}
          xLabel="Snapshot date"
          formatValue={format}
          formatTick={tickFormatter(props.board, props.metric)}
          formatModel={(m) => modelNameText(props.board, m)}
          markers={markers}
        />
      )}
    </ChartFrame>
  );
}
