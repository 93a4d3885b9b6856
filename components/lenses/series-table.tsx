"use client";
// The table fallback of a lens: one row per date and key, with the columns the lens names.
import { DataDetails } from "@/components/ui/data-details";
import { formatDateLong } from "@/lib/standings/format";

export interface TableColumn<R> {
  header: string;
  cell: (row: R) => string;
}

export function LensTable<R extends { date: string; key: string }>({ label, rows, columns }: { label: string; rows: R[]; columns: TableColumn<R>[] }) {
  return (
    <DataDetails>
      {() => (
        <div className="mt-2 max-h-96 overflow-auto rounded border border-[var(--border)]" tabIndex={0} role="region" aria-label={label}>
          <table className="w-full text-left text-sm" data-testid="lens-table">
            <caption className="p-2 text-left text-[var(--muted)]">{label}</caption>
            <thead className="sticky top-0 bg-[var(--card)]">
              <tr>
                <th scope="col" className="px-2 py-1">Date</th>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className="whitespace-nowrap px-2 py-1">{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.date}|${r.key}`} className="border-t border-[var(--border)]" data-date={r.date} data-key={r.key}>
                  <th scope="row" className="whitespace-nowrap px-2 py-1 font-normal">{formatDateLong(r.date)}</th>
                  {columns.map((c) => (
                    <td key={c.header} className="px-2 py-1 tabular-nums">{c.cell(r)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DataDetails>
  );
}
