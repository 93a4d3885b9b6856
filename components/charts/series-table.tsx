// The chart's data as a table: the accessible fallback, and what end-to-end tests read values from.
import type { ChartMarker } from "@/lib/boards/markers";
import { pivotSeries, type ChartRow, type ChartSeries } from "@/lib/view/chart/data";
import { DateTable, type DateColumn } from "@/components/ui/date-table";

export function SeriesTable(props: {
  caption: string;
  series: ChartSeries[];
  formatValue: (value: number | null) => string;
  /** A model key as readers see it; the key itself when absent. */
  formatModel?: (model: string) => string;
  /** Event markers and data caveats: each is listed on the first snapshot row on or after its date. */
  markers?: readonly ChartMarker[];
}) {
  const rows = pivotSeries(props.series);
  const markers = props.markers ?? [];
  const eventsOf = (i: number) =>
    markers.filter((m) => m.date <= rows[i].date && (i === 0 ? m.date >= rows[0].date : m.date > rows[i - 1].date));
  const columns: DateColumn<ChartRow>[] = props.series.map((s) => ({
    key: s.key,
    header: s.label,
    cellClass: "align-top",
    cellData: (r) => ({ "data-series": s.key, "data-value": String(r.values[s.key] ?? "") }),
    cell: (r) => (
      <>
        <span className="tabular-nums">{props.formatValue(r.values[s.key])}</span>
        {r.models[s.key] && (
          <span className="block text-xs text-[var(--muted)]">
            {props.formatModel?.(r.models[s.key]!) ?? r.models[s.key]}
          </span>
        )}
      </>
    ),
  }));
  if (markers.length > 0) {
    columns.push({
      key: "events",
      header: "Events",
      cellClass: "align-top text-xs",
      cellData: () => ({ "data-events": "" }),
      cell: (_, i) =>
        eventsOf(i).map((m) => (
          <span key={m.id} className="block" data-event-id={m.id}>
            {m.date}: {m.label}
          </span>
        )),
    });
  }
  return <DateTable caption={props.caption} testId="series-table" rows={rows} columns={columns} />;
}
