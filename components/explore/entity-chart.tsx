"use client";
// A time chart on an entity page: serialisable props in (the page renders on the server), its chart spec built here
// from the metric, then the shared TimeChart (server SVG first, recharts on interaction) and its data table.
import type { BoardSlug } from "@/lib/boards/info";
import { METRIC_INFO, type MetricKind } from "@/lib/standings/metric-kinds";
import type { ChartSeries } from "@/lib/view/chart/data";
import { formatterFor, seriesSpec } from "@/lib/view/chart/spec";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartLegend } from "@/components/charts/chart-legend";
import { SeriesTable } from "@/components/charts/series-table";
import { seriesStyles } from "@/components/charts/series-config";
import { TimeChart } from "@/components/charts/time-chart";
import { MarkerKey } from "@/components/charts/marker-key";
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
  // With the board's event markers (retirement, method changes, releases) within the chart's span.
  const spec = seriesSpec({
    title: props.title,
    subtitle: props.subtitle ?? "",
    kind: props.kind ?? "step",
    unit: info.unit,
    lowerIsBetter: info.lowerIsBetter,
    yLabel: props.yLabel,
    value: { kind: "metric", metric: props.metric, board: props.board },
    series: props.series,
    board: props.board,
    events: true,
  });
  const format = formatterFor(spec.value, "full");
  const styles = seriesStyles(props.series.map((s) => s.key));
  const empty = props.series.every((s) => s.points.every((p) => p.value === null));
  const markers = spec.markers;
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      subtitle={props.subtitle}
      legend={
        props.series.length > 1 || props.flags ? (
          <ChartLegend
            items={props.series.map((s) => ({
              key: s.key,
              label: s.label,
              style: styles[s.key],
              flag: props.flags ? s.key : undefined,
            }))}
          />
        ) : undefined
      }
      source={props.source}
      table={
        empty ? undefined : (
          <>
            <MarkerKey markers={markers} on unit={info.unit} />
            {!props.noTable && (
              <SeriesTable
                caption={`${props.title}, per snapshot date`}
                series={props.series}
                formatValue={format}
                formatModel={(m) => modelNameText(props.board, m)}
                markers={markers}
              />
            )}
          </>
        )
      }
    >
      {empty ? (
        <p className="py-8 text-center text-sm text-[var(--muted)]">No data on this board.</p>
      ) : (
        <TimeChart spec={spec} height={props.height ?? 260} formatModel={(m) => modelNameText(props.board, m)} />
      )}
    </ChartFrame>
  );
}
