// Parquet decoding and zod row validation with errors that name the file, row, field and value.
import { parquetMetadata, parquetSchema, type FileMetaData } from "hyparquet";
import { z } from "zod";
import { isoDate } from "@/lib/core/dates";
import { SourceError } from "@/lib/sources/types";
import { memorySource, type ByteSource } from "./byte-source";
import { decodeParquetColumns, toObjects, type ColumnBatch, type FilePart } from "./parquet-worker";

export type RawRow = Record<string, unknown>;
export type { ColumnBatch };

// ---- zod building blocks shared by the adapters ----
/** int64 arrives as BigInt; accept a JS number too, return a plain number. */
const bigintToNumber = (v: unknown) => (typeof v === "bigint" ? Number(v) : v);
export const zInt = z.preprocess(bigintToNumber, z.number().int());
export const zNum = z.preprocess(bigintToNumber, z.number());
/** Nullable, and absent when the column is missing from the file. */
export const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export function formatValue(value: unknown): string {
  if (typeof value === "bigint") return `${value}n`;
  if (value === undefined) return "undefined (column missing)";
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === "number") return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function corrupt(file: string, url: string | undefined, err: unknown): SourceError {
  return new SourceError(`corrupt or truncated parquet file ${file}: ${(err as Error)?.message ?? err}`, "data", url);
}

/** Top-level column names, read from the footer only. */
export function parquetColumns(metadata: FileMetaData): string[] {
  return parquetSchema(metadata).children.map((child) => child.element.name);
}

/** Reads the footer and checks the required columns; returns the metadata and the wanted columns present. */
function openFooter(
  buffer: ArrayBuffer,
  file: string,
  opts: { required: readonly string[]; wanted: readonly string[]; url?: string },
): { metadata: FileMetaData; columns: string[]; allColumns: string[] } {
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(buffer);
  } catch (err) {
    throw corrupt(file, opts.url, err);
  }
  const allColumns = parquetColumns(metadata);
  const present = new Set(allColumns);
  const missing = opts.required.filter((c) => !present.has(c));
  if (missing.length) {
    const list = missing.map((c) => `"${c}"`).join(", ");
    throw new SourceError(`${file}: missing required column${missing.length > 1 ? "s" : ""} ${list}`, "data", opts.url);
  }
  return { metadata, columns: opts.wanted.filter((c) => present.has(c)), allColumns };
}

/** One row group: its rows, the bytes of its column chunks, and each top-level column's chunk. */
export interface RowGroupSpan {
  rowStart: number;
  rowEnd: number;
  byteStart: number;
  byteEnd: number;
  /** [start, end) bytes of each column's chunk, by top-level column name. */
  chunks: Map<string, [number, number]>;
}

/**
 * A parquet file opened for reading one row group at a time, and of it only the column chunks decoded: from memory, a
 * file:// path (positional reads) or over HTTP (Range requests). Memory stays bounded whatever the file's size.
 */
export interface OpenParquet {
  file: string;
  url?: string;
  source: ByteSource;
  /** The wanted columns the file has. */
  columns: string[];
  /** Every top-level column the file has, in file order. */
  allColumns: string[];
  groups: RowGroupSpan[];
  tail: ArrayBuffer;
  timeoutMs?: number;
}

const MAX_FOOTER_BYTES = 64 * 1024 * 1024;

/**
 * Opens a parquet file for random access: footer read (from `tail`, the file's last bytes, or more of the file when
 * the footer is longer), required columns checked, row groups and their column chunks located.
 */
export async function openParquet(
  from: ArrayBuffer | { source: ByteSource; tail: ArrayBuffer },
  file: string,
  opts: { required: readonly string[]; wanted: readonly string[]; url?: string; timeoutMs?: number },
): Promise<OpenParquet> {
  const source = from instanceof ArrayBuffer ? memorySource(opts.url ?? file, from) : from.source;
  let tail = from instanceof ArrayBuffer ? from : from.tail;
  const size = source.byteLength;
  if (size < 12 || tail.byteLength < 8)
    throw corrupt(file, opts.url, new Error(`${size} bytes is too short for a parquet file`));
  const footerLength = new DataView(tail).getUint32(tail.byteLength - 8, true);
  if (footerLength + 12 > size || footerLength > MAX_FOOTER_BYTES) {
    throw corrupt(file, opts.url, new Error(`footer length ${footerLength} does not fit a file of ${size} bytes`));
  }
  if (footerLength + 8 > tail.byteLength) tail = await source.read(size - footerLength - 8, size);
  else tail = tail.slice(tail.byteLength - footerLength - 8);
  const { metadata, columns, allColumns } = openFooter(tail, file, opts);
  let row = 0;
  const groups = metadata.row_groups.map((g) => {
    let byteStart = Infinity;
    let byteEnd = 0;
    const chunks = new Map<string, [number, number]>();
    for (const chunk of g.columns) {
      const m = chunk.meta_data;
      if (!m) continue;
      const start = Number(m.dictionary_page_offset || m.data_page_offset);
      const end = start + Number(m.total_compressed_size);
      chunks.set(m.path_in_schema[0], [start, end]);
      byteStart = Math.min(byteStart, start);
      byteEnd = Math.max(byteEnd, end);
    }
    const rows = Number(g.num_rows);
    const span = {
      rowStart: row,
      rowEnd: row + rows,
      byteStart: Number.isFinite(byteStart) ? byteStart : 0,
      byteEnd,
      chunks,
    };
    row += rows;
    return span;
  });
  if (BigInt(row) !== metadata.num_rows)
    throw corrupt(file, opts.url, new Error(`footer says ${metadata.num_rows} rows, row groups hold ${row}`));
  const footerStart = size - tail.byteLength;
  for (const g of groups) {
    if (g.byteEnd > footerStart || g.byteStart > g.byteEnd)
      throw corrupt(file, opts.url, new Error("a row group lies outside the file"));
    for (const [start, end] of g.chunks.values()) {
      if (!(
        Number.isSafeInteger(start) &&
        Number.isSafeInteger(end) &&
        0 <= start &&
        start <= end &&
        end <= footerStart
      )) {
        throw corrupt(file, opts.url, new Error("a column chunk lies outside the file"));
      }
    }
  }
  return { file, url: opts.url, source, columns, allColumns, groups, tail, timeoutMs: opts.timeoutMs };
}

/** Column chunks closer than this are read in one request, gap included. */
const CHUNK_GAP_BYTES = 64 * 1024;

/** Decodes `columns` (default: every wanted column present) of one row group, reading only their column chunks. */
export async function readRowGroup(
  open: OpenParquet,
  group: RowGroupSpan,
  columns: readonly string[] = open.columns,
): Promise<RawRow[]> {
  const batch = await readRowGroupColumns(open, group, columns);
  return toObjects(batch.names, batch.columns, batch.rows);
}

/** readRowGroup's rows as one array per column (what the decoder sends; no object per row). */
export async function readRowGroupColumns(
  open: OpenParquet,
  group: RowGroupSpan,
  columns: readonly string[] = open.columns,
): Promise<ColumnBatch> {
  const wanted = columns
    .map((c) => group.chunks.get(c))
    .filter((r): r is [number, number] => r !== undefined)
    .sort((a, b) => a[0] - b[0]);
  const ranges: [number, number][] = [];
  for (const [start, end] of wanted) {
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1] + CHUNK_GAP_BYTES) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  let buffer: ArrayBuffer;
  try {
    const pieces = await Promise.all(ranges.map(([start, end]) => open.source.read(start, end)));
    const all = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of pieces) {
      all.set(new Uint8Array(p), at);
      at += p.byteLength;
    }
    buffer = all.buffer;
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw corrupt(open.file, open.url, err);
  }
  const part: FilePart = {
    tail: open.tail,
    ranges: ranges.map(([start, end]) => ({ offset: start, length: end - start })),
    byteLength: open.source.byteLength,
    rowStart: group.rowStart,
    rowEnd: group.rowEnd,
  };
  try {
    return await decodeParquetColumns(buffer, [...columns], open.timeoutMs, part);
  } catch (err) {
    throw corrupt(open.file, open.url, err);
  }
}

/**
 * Decodes a parquet file held in memory. Checks the required columns against the schema before
 * reading any rows, and reads only `wanted` columns (extra upstream columns are ignored).
 */
export async function readParquet(
  buffer: ArrayBuffer,
  file: string,
  opts: { required: readonly string[]; wanted: readonly string[]; url?: string; timeoutMs?: number },
): Promise<RawRow[]> {
  const batch = await readParquetColumns(buffer, file, opts);
  return toObjects(batch.names, batch.columns, batch.rows);
}

/** readParquet's rows as one array per column (no object per row). */
export async function readParquetColumns(
  buffer: ArrayBuffer,
  file: string,
  opts: { required: readonly string[]; wanted: readonly string[]; url?: string; timeoutMs?: number },
): Promise<ColumnBatch> {
  const { metadata, columns } = openFooter(buffer, file, opts);
  let batch: ColumnBatch;
  try {
    // Pages are decoded off the main thread, under a deadline (see parquet-worker.ts).
    batch = await decodeParquetColumns(buffer, columns, opts.timeoutMs);
  } catch (err) {
    throw corrupt(file, opts.url, err);
  }
  if (BigInt(batch.rows) !== metadata.num_rows) {
    throw corrupt(file, opts.url, new Error(`footer says ${metadata.num_rows} rows, decoded ${batch.rows}`));
  }
  return batch;
}

/**
 * Validates every row. When any fail, throws one error naming the first bad row's file, 0-based index,
 * field and value, with `rejectedRows` counting every row that failed.
 */
export function validateRows<S extends z.ZodType>(
  rows: RawRow[],
  schema: S,
  file: string,
  url?: string,
  rowOffset = 0,
): z.output<S>[] {
  const out: z.output<S>[] = [];
  let first: string | null = null;
  let rejected = 0;
  rows.forEach((row, index) => {
    const result = schema.safeParse(row);
    if (result.success) {
      out.push(result.data);
      return;
    }
    rejected += 1;
    if (first !== null) return;
    const issue = result.error.issues[0];
    const field = issue.path.length ? String(issue.path[0]) : "(row)";
    const value = issue.path.length ? row[field] : row;
    first = `${file}: row ${index + rowOffset}: field "${field}" ${issue.message} (value: ${formatValue(value)})`;
  });
  if (first !== null) {
    const more = rejected > 1 ? ` (and ${rejected - 1} more invalid row${rejected > 2 ? "s" : ""})` : "";
    const error = new SourceError(`${first}${more}`, "data", url);
    error.rejectedRows = rejected;
    throw error;
  }
  return out;
}

// ---- columnar validation -------------------------------------------------------------------------------------------

/** What a fast field check returns when it cannot vouch for a value: the row is then parsed by its zod schema. */
export const UNSURE: unique symbol = Symbol("unsure");
/**
 * A field's fast check: the value zod would output for `value`, or UNSURE. It must never accept a value its zod schema
 * rejects nor output anything else (tests/unit/sources/columnar.test.ts holds each source's checks to that); it may
 * leave any value to zod.
 */
export type FastField = (value: unknown) => unknown;
/** One fast check per field of a row schema. */
export type FastRow<S extends z.ZodObject> = { [K in keyof z.output<S> & string]-?: FastField };

const isNullish = (v: unknown) => v === null || v === undefined;
export const fast = {
  /** z.string(), with .min(n). */
  string:
    (min = 0): FastField =>
    (v) =>
      typeof v === "string" && v.length >= min ? v : UNSURE,
  /** zNum: a finite number, or a BigInt as a number. */
  num: ((v) =>
    typeof v === "number"
      ? Number.isFinite(v)
        ? v
        : UNSURE
      : typeof v === "bigint"
        ? bigintNumber(v)
        : UNSURE) as FastField,
  /** zInt, with an optional lower bound (0: nonnegative, 1: positive). */
  int:
    (min = -Infinity): FastField =>
    (v) => {
      const n = typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : NaN;
      return Number.isSafeInteger(n) && n >= min ? n : UNSURE;
    },
  bool: ((v) => (typeof v === "boolean" ? v : UNSURE)) as FastField,
  /** isoDate: the calendar check runs once per distinct string. */
  date: (): FastField => {
    const valid = new Set<string>();
    return (v) => {
      if (typeof v !== "string") return UNSURE;
      if (valid.has(v)) return v;
      if (!isoDate.safeParse(v).success) return UNSURE;
      if (valid.size < 100_000) valid.add(v);
      return v;
    };
  },
  /** opt(schema): null and absent pass as they are. */
  opt:
    (f: FastField): FastField =>
    (v) =>
      isNullish(v) ? v : f(v),
};

function bigintNumber(v: bigint): unknown {
  const n = Number(v);
  return Number.isFinite(n) ? n : UNSURE;
}

/**
 * validateRows over decoded columns: each column is checked with its field's fast check, and only rows a check is
 * unsure of are built as objects and parsed by the zod schema (which then accepts them or names the first bad field,
 * exactly as validateRows would). Same results, same errors, without a zod parse and two objects per row.
 */
export function validateColumns<S extends z.ZodObject>(
  batch: ColumnBatch,
  schema: S,
  checks: FastRow<S>,
  file: string,
  url?: string,
  rowOffset = 0,
): z.output<S>[] {
  const fields = Object.keys(checks) as (keyof FastRow<S> & string)[];
  const empty: unknown[] = [];
  const cols = fields.map((f) => {
    const at = batch.names.indexOf(f);
    return at >= 0 ? batch.columns[at] : empty;
  });
  const fns = fields.map((f) => checks[f]);
  const out: z.output<S>[] = new Array(batch.rows);
  let first: string | null = null;
  let rejected = 0;
  let kept = 0;
  for (let r = 0; r < batch.rows; r++) {
    const row: Record<string, unknown> = {};
    let sure = true;
    for (let c = 0; c < fields.length; c++) {
      const v = fns[c](cols[c][r]);
      if (v === UNSURE) {
        sure = false;
        break;
      }
      if (v !== undefined) row[fields[c]] = v;
    }
    if (sure) {
      out[kept++] = row as z.output<S>;
      continue;
    }
    const raw: RawRow = {};
    for (let c = 0; c < batch.names.length; c++) raw[batch.names[c]] = batch.columns[c][r];
    const result = schema.safeParse(raw);
    if (result.success) {
      out[kept++] = result.data;
      continue;
    }
    rejected += 1;
    if (first !== null) continue;
    const issue = result.error.issues[0];
    const field = issue.path.length ? String(issue.path[0]) : "(row)";
    const value = issue.path.length ? raw[field] : raw;
    first = `${file}: row ${r + rowOffset}: field "${field}" ${issue.message} (value: ${formatValue(value)})`;
  }
  if (first !== null) {
    const more = rejected > 1 ? ` (and ${rejected - 1} more invalid row${rejected > 2 ? "s" : ""})` : "";
    const error = new SourceError(`${first}${more}`, "data", url);
    error.rejectedRows = rejected;
    throw error;
  }
  out.length = kept;
  return out;
}
