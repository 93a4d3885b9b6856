"use client";
// A chart spec drawn as inline SVG (the one renderer, as the SVG download draws it), with its data table: what an
// entity page shows in embed mode. Draw only; a client component because the spec is plain data and the data table
// is built when opened (DataDetails).
import { formatDateLong } from "@/lib/standings/format";
import { pivotSeries } from "@/lib/view/chart/data";
import { formatterFor, type ChartSpec } from "@/lib/view/chart/spec";
import { ChartSvg } from "@/components/charts/chart-svg";
import { chartFrame } from "@/components/charts/chart-svg-frame";
import { DataDetails } from "@/components/ui/data-details";

export function SpecChart({ spec }: { spec: ChartSpec }) {
  const format = formatterFor(spec.value, "full");
  const rows = pivotSeries(spec.series);
  return (
    <section aria-label={spec.title} className="rounded-lg border border-[var(--border)] bg-[var(--card)] p-2">
      <div role="img" aria-label={`Chart: ${spec.title}`} className="[&>svg]:h-auto [&>svg]:w-full">
        <ChartSvg
          spec={spec}
          width={960}
          height={540}
          target="image"
          frame={chartFrame(spec, { width: 960, height: 540 })}
        />
      </div>
      <DataDetails>
        {() => (
          <table className="mt-2 w-full text-left text-sm" data-testid="series-table">
            <caption className="p-2 text-left text-[var(--muted)]">{`${spec.title}, per snapshot date`}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-1">
                  Date
                </th>
                {spec.series.map((s) => (
                  <th key={s.key} scope="col" className="px-2 py-1">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.date} data-date={r.date} className="border-t border-[var(--border)]">
                  <th scope="row" className="px-2 py-1 font-normal">
                    {formatDateLong(r.date)}
                  </th>
                  {spec.series.map((s) => (
                    <td
                      key={s.key}
                      className="px-2 py-1 tabular-nums"
                      data-series={s.key}
                      data-value={r.values[s.key] ?? ""}
                    >
                      {format(r.values[s.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </DataDetails>
    </section>
  );
}
