// The chart's data as downloadable files: CSV (one row per snapshot date, the numbers the data table holds, rounded to
// what the source publishes), its metadata sidecar (lib/view/url/provenance.ts: source, licence, citation, columns) and
// JSON. Pure: the share menu builds the files in the browser from the chart spec it already has.
import { fileMetadata, type FileMetadata } from "@/lib/view/url/provenance";
import { CSV_DECIMALS, roundTo, toCsv, type CsvCell } from "@/lib/standings/format";
import { pivotSeries } from "@/lib/view/chart/data";
import type { ChartSpec } from "@/lib/view/chart/spec";
import type { Thinning } from "@/lib/view/chart/thinning";

/** Decimals of a chart's values in a file: scores and gaps two, shares four, ranks and counts whole, prices four. */
export function specDecimals(spec: Pick<ChartSpec, "unit" | "value">): number {
  if (spec.value.kind === "usd") return 4;
  if (spec.unit === "share") return CSV_DECIMALS.share;
  if (spec.unit === "score") return CSV_DECIMALS.score;
  return 0;
}

/** `date,US,US model,CN,CN model,…`: values as numbers (rounded), empty where a country has none. */
export function chartCsv(spec: ChartSpec): string {
  const decimals = specDecimals(spec);
  const header = ["date", ...spec.series.flatMap((s) => [s.key, `${s.key} model`])];
  const rows: CsvCell[][] = pivotSeries(spec.series).map((r) => [
    r.date,
    ...spec.series.flatMap((s) => [roundTo(r.values[s.key] ?? null, decimals), r.models[s.key] ?? null]),
  ]);
  return toCsv(header, rows);
}

/** The sidecar of `chartCsv`'s file: what it shows, from where, under which licence, how to cite it, its columns. */
export function chartMetadata(
  spec: ChartSpec,
  opts: { file: string; permalink: string; accessed: string; thinning?: Thinning },
): FileMetadata {
  const decimals = specDecimals(spec);
  const thinned = opts.thinning && opts.thinning.resolution !== "snapshot";
  return fileMetadata({
    title: spec.title,
    description: [spec.subtitle, spec.yLabel].filter(Boolean).join(". "),
    file: opts.file,
    permalink: opts.permalink,
    board: spec.board,
    dates: spec.series.flatMap((s) => s.points.map((p) => p.date)),
    accessed: opts.accessed,
    columns: [
      { name: "date", description: "Snapshot date (YYYY-MM-DD)." },
      ...spec.series.flatMap((s) => [
        {
          name: s.key,
          description: `${s.label}: ${spec.yLabel}; empty where it has no value.`,
          ...(decimals ? { decimals } : {}),
        },
        { name: `${s.key} model`, description: `The model that sets ${s.label}'s value.` },
      ]),
    ],
    notes: [
      ...(thinned
        ? [
            `The chart keeps one snapshot per ${opts.thinning!.resolution} (${opts.thinning!.shown} of ${opts.thinning!.total} dates); the API's CSV has every date.`,
          ]
        : []),
      // The data caveats the chart marks (lib/boards/data-caveats.ts), as the API's sidecars state them.
      ...spec.markers
        .filter((m) => m.kind === "caveat")
        .map((m) => `Data caveat (${m.date}): ${m.description} Source: ${m.source}`),
    ],
  });
}

/**
 * The chart's series as JSON. A chart thinned to one point per period (lib/view/chart/thinning.ts) says so in `thinning`,
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
      licence: spec.licence,
      ...(thinning && thinning.resolution !== "snapshot" ? { thinning } : {}),
      series: spec.series.map((s) => ({ key: s.key, label: s.label, points: s.points })),
    },
    null,
    2,
  );
}
