// The chart's data as a table: the accessible fallback, and what end-to-end tests read values from.
import { DataDetails } from "@/components/ui/data-details";
import { formatDateLong } from "@/lib/standings/format";
import type { EventMarker } from "@/lib/events/markers";
import { pivotSeries, type ChartSeries } from "@/lib/view/chart-data";

export function SeriesTable(props: {
  caption: string;
  series: ChartSeries[];
  formatValue: (value: number | null) => string;
  /** Event markers: each is listed on the first snapshot row on or after its date. */
  markers?: readonly EventMarker[];
}) {
  const rows = pivotSeries(props.series);
  const markers = props.markers ?? [];
  const eventsOf = (i: number) =>
    markers.filter((m) => m.date <= rows[i].date && (i === 0 ? m.date >= rows[0].date : m.date > rows[i - 1].date));
  return (
    <DataDetails>
      {() => (
        <div className="mt-2 max-h-96 overflow-auto rounded border border-[var(--border)]" tabIndex={0} role="region" aria-label={props.caption}>
          <table className="w-full text-left text-sm" data-testid="series-table">
            <caption className="p-2 text-left text-[var(--muted)]">{props.caption}</caption>
            <thead className="sticky top-0 bg-[var(--card)]">
              <tr>
                <th scope="col" className="px-2 py-1">Date</th>
                {props.series.map((s) => (
                  <th key={s.key} scope="col" className="px-2 py-1">{s.label}</th>
                ))}
                {markers.length > 0 && <th scope="col" className="px-2 py-1">Events</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.date} className="border-t border-[var(--border)]" data-date={r.date}>
                  <th scope="row" className="whitespace-nowrap px-2 py-1 font-normal">{formatDateLong(r.date)}</th>
                  {props.series.map((s) => (
                    <td key={s.key} className="px-2 py-1 align-top" data-series={s.key} data-value={r.values[s.key] ?? ""}>
                      <span className="tabular-nums">{props.formatValue(r.values[s.key])}</span>
                      {r.models[s.key] && <span className="block text-xs text-[var(--muted)]">{r.models[s.key]}</span>}
                    </td>
                  ))}
                  {markers.length > 0 && (
                    <td className="px-2 py-1 align-top text-xs" data-events="">
                      {eventsOf(i).map((m) => (
                        <span key={m.id} className="block" data-event-id={m.id}>
                          {m.date}: {m.label}
                        </span>
                      ))}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DataDetails>
  );
}
