"use client";
// The data table behind a chart or a history: a closed "Show data table" disclosure (DataDetails, built only when
// opened) holding a scrolling, labelled region with one table whose rows are dates (the row headers) and whose other
// columns the caller names. Shared by the standings chart, the lenses and a model's history.
import type { ReactNode } from "react";
import { DataDetails } from "@/components/ui/data-details";
import { formatDateLong } from "@/lib/standings/format";

/** data-* attributes, for the tests and scripts that read values from the table. */
type DataAttributes = Record<`data-${string}`, string>;

export interface DateColumn<R> {
  /** Unique among the columns: the React key. */
  key: string;
  header: ReactNode;
  cell: (row: R, index: number) => ReactNode;
  /** Classes added to the header's and to each cell's padding (alignment, wrapping). */
  headClass?: string;
  cellClass?: string;
  cellData?: (row: R) => DataAttributes;
}

export function DateTable<R extends { date: string }>(props: {
  caption: string;
  rows: readonly R[];
  columns: readonly DateColumn<R>[];
  testId: string;
  /** The disclosure's text; "Show data table" when absent. */
  summary?: string;
  /** A row's React key; its date when absent (one row per date). */
  rowKey?: (row: R) => string;
  /** More data-* attributes of a row, beside data-date. */
  rowData?: (row: R) => DataAttributes;
}) {
  const { caption, rows, columns } = props;
  return (
    <DataDetails summary={props.summary}>
      {() => (
        <div
          className="mt-2 max-h-96 overflow-auto rounded border border-[var(--border)]"
          tabIndex={0}
          role="region"
          aria-label={caption}
        >
          <table className="w-full text-left text-sm" data-testid={props.testId}>
            <caption className="p-2 text-left text-[var(--muted)]">{caption}</caption>
            <thead className="sticky top-0 bg-[var(--card)]">
              <tr>
                <th scope="col" className="px-2 py-1">
                  Date
                </th>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={cls(c.headClass)}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr
                  key={props.rowKey?.(r) ?? r.date}
                  className="border-t border-[var(--border)]"
                  data-date={r.date}
                  {...props.rowData?.(r)}
                >
                  <th scope="row" className="whitespace-nowrap px-2 py-1 font-normal">
                    {formatDateLong(r.date)}
                  </th>
                  {columns.map((c) => (
                    <td key={c.key} className={cls(c.cellClass)} {...c.cellData?.(r)}>
                      {c.cell(r, i)}
                    </td>
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

const cls = (extra?: string) => (extra ? `px-2 py-1 ${extra}` : "px-2 py-1");
