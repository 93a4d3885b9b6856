// The chart's data as downloadable files: CSV (one row per snapshot date, the same raw numbers the data table
// holds) and JSON. Pure: the share menu builds the files in the browser from the chart spec it already has.
import { toCsv, type CsvCell } from "@/lib/standings/format";
import { pivotSeries } from "./chart-data";
import type { ChartSpec } from "./chart-spec";
import type { Thinning } from "./thinning";

/** `date,US,US model,CN,CN model,…`: values as numbers, empty where a country has none. */
export function chartCsv(spec: ChartSpec): string {
  const header = ["date", ...spec.series.flatMap((s) => [s.key, `${s.key} model`])];
  const rows: CsvCell[][] = pivotSeries(spec.series).map((r) => [
    r.date,
    ...spec.series.flatMap((s) => [r.values[s.key] ?? null, r.models[s.key] ?? null]),
  ]);
  return toCsv(header, rows);
}

/**
 * The chart's series as JSON. A chart thinned to one point per period (lib/view/thinning.ts) says so in `thinning`,
 * so a reader of the file knows it holds the chart's points, not every snapshot date.
 */
export function chartJson(spec: ChartSpec, permalink: string, thinning?: Thinning): string {
  return JSON.stringify(
    {
      title: spec.title,
      subtitle: spec.subtitle,
      board: spec.board,
      unit: spec.unit,
      permalink,
      asOf: spec.asOf,
      source: spec.source,
      ...(thinning && thinning.resolution !== "snapshot" ? { thinning } : {}),
      series: spec.series.map((s) => ({ key: s.key, label: s.label, points: s.points })),
    },
    null,
    2,
  );
}
