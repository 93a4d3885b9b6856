"use client";
// The table fallback of a lens: one row per date and key, with the columns the lens names.
import { DateTable } from "@/components/ui/date-table";

export interface TableColumn<R> {
  header: string;
  cell: (row: R) => string;
}

export function LensTable<R extends { date: string; key: string }>({
  label,
  rows,
  columns,
}: {
  label: string;
  rows: R[];
  columns: TableColumn<R>[];
}) {
  return (
    <DateTable
      caption={label}
      testId="lens-table"
      rows={rows}
      rowKey={(r) => `${r.date}|${r.key}`}
      rowData={(r) => ({ "data-key": r.key })}
      columns={columns.map((c) => ({
        key: c.header,
        header: c.header,
        cell: c.cell,
        headClass: "whitespace-nowrap",
        cellClass: "tabular-nums",
      }))}
    />
  );
}
