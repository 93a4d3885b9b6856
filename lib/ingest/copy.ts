// COPY FROM STDIN in PostgreSQL's text format: the fastest way to bulk-load rows, and
// transactional like any other statement.
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | boolean | null | undefined;

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One value in COPY text format: \N for null; backslash, tab, newline and CR escaped. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot COPY non-finite number ${value}`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "t" : "f";
  // Most values need no escape: test first, replace only when needed.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

export function copyLine(values: readonly CopyValue[]): string {
  let line = values.length ? copyField(values[0]) : "";
  for (let i = 1; i < values.length; i++) line += "\t" + copyField(values[i]);
  return line + "\n";
}

/**
 * Streams rows into `table (columns)` with COPY. Table and column names are trusted identifiers. Each row is turned
 * into text before the next is asked for, so a producer may refill one array for every row.
 */
export async function copyRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
  function* lines() {
    let chunk = "";
    for (const row of rows) {
      chunk += copyLine(row);
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), stream);
}
