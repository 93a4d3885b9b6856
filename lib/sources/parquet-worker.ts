// Decodes parquet pages in a worker thread with a deadline. A damaged page header can send the decoder
// (hyparquet) into a loop of billions of steps; on the main thread that would freeze the whole server and keep the
// ingest lock held. In a worker, the deadline and a heap cap end it, and the file is rejected with a reason.
// One worker is kept for the process (starting one costs ~0.2 s) and replaced after a timeout or a crash.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export const DECODE_TIMEOUT_MS = 30_000;
const HEAP_LIMIT_MB = 1024;

// CommonJS source run with `eval`, so no file has to be found or bundled; hyparquet is loaded by absolute URL.
// Data travels back as one array per column: far cheaper to copy between threads than row objects.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const lib = import(workerData.lib);
parentPort.on("message", async ({ buffer, columns, part }) => {
  try {
    const { parquetMetadata, parquetRead } = await lib;
    // A part of a file: \`buffer\` holds the byte ranges \`part.ranges\` of a file of \`byteLength\` bytes, one after
    // another, and \`tail\` its last bytes (the footer); only rows [rowStart, rowEnd) are read. The decoder may ask for
    // a run that spans a small gap between two wanted column chunks: the gap (bytes of columns it does not decode) is
    // left as zeros, but both ends of every read must lie in a range held.
    const metadata = parquetMetadata(part ? part.tail : buffer);
    let file = buffer;
    if (part) {
      const at = [];
      let pos = 0;
      for (const r of part.ranges) {
        at.push(pos);
        pos += r.length;
      }
      const holds = (x) => part.ranges.some((r) => r.offset <= x && x < r.offset + r.length);
      file = {
        byteLength: part.byteLength,
        slice(start, end) {
          if (end <= start) return new ArrayBuffer(0);
          if (!holds(start) || !holds(end - 1)) throw new Error("read outside the row group");
          const out = new Uint8Array(end - start);
          part.ranges.forEach((r, i) => {
            const from = Math.max(start, r.offset);
            const to = Math.min(end, r.offset + r.length);
            if (from < to) out.set(new Uint8Array(buffer, at[i] + from - r.offset, to - from), from - start);
          });
          return out.buffer;
        },
      };
    }
    const base = part ? part.rowStart : 0;
    const count = part ? part.rowEnd - part.rowStart : Number(metadata.num_rows);
    const names = columns ?? metadata.schema.slice(1).filter((e) => e.num_children === undefined).map((e) => e.name);
    const data = Object.fromEntries(names.map((n) => [n, new Array(count)]));
    await parquetRead({
      file,
      metadata,
      columns: names,
      ...(part ? { rowStart: part.rowStart, rowEnd: part.rowEnd } : {}),
      onChunk: ({ columnName, columnData, rowStart }) => {
        const out = data[columnName];
        for (let i = 0; i < columnData.length; i++) {
          const at = rowStart + i - base;
          if (at >= 0 && at < count) out[at] = columnData[i];
        }
      },
    });
    parentPort.postMessage({ ok: true, names, columns: names.map((n) => data[n]), rows: count });
  } catch (err) {
    parentPort.postMessage({ ok: false, message: String((err && err.message) || err) });
  }
});
`;

let libUrl: string | undefined;
function hyparquetUrl(): string {
  // Resolved from the working directory (the app root, or the standalone server's root), not from this module,
  // whose location differs once bundled.
  libUrl ??= pathToFileURL(createRequire(path.join(process.cwd(), "package.json")).resolve("hyparquet")).href;
  return libUrl;
}

export class DecodeError extends Error {}

type Reply = { ok: true; names: string[]; columns: unknown[][]; rows: number } | { ok: false; message: string };
let current: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function worker(): Worker {
  if (current) return current;
  const w = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { lib: hyparquetUrl() },
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
    stdout: true,
    stderr: true,
  });
  w.unref(); // an idle decoder never keeps the process alive
  w.on("exit", () => {
    if (current === w) current = null;
  });
  current = w;
  return w;
}

/** Decoded rows as one array per column, in `names` order. */
export interface ColumnBatch {
  names: string[];
  columns: unknown[][];
  rows: number;
}

export function toObjects(names: string[], columns: unknown[][], count: number): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = new Array(count);
  for (let r = 0; r < count; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]] = columns[c][r];
    rows[r] = row;
  }
  return rows;
}

/** A row group (or any row range) of a file, passed to the decoder without the rest of the file. */
export interface FilePart {
  /** The file's last bytes, holding the footer. */
  tail: ArrayBuffer;
  /** The byte ranges of the file that `buffer` holds, one after another, in file order. */
  ranges: { offset: number; length: number }[];
  /** The file's length. */
  byteLength: number;
  rowStart: number;
  rowEnd: number;
}

function decodeOnce(
  buffer: ArrayBuffer,
  columns: string[] | undefined,
  timeoutMs: number,
  part?: FilePart,
): Promise<ColumnBatch> {
  const w = worker();
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
      w.unref();
      fn();
    };
    const onMessage = (m: Reply) =>
      done(() =>
        m.ok ? resolve({ names: m.names, columns: m.columns, rows: m.rows }) : reject(new DecodeError(m.message)),
      );
    const onError = (err: Error) => done(() => reject(new DecodeError(err.message)));
    const onExit = (code: number) => done(() => reject(new DecodeError(`the decoder stopped (exit ${code})`)));
    const timer = setTimeout(() => {
      done(() => reject(new DecodeError(`decoding did not finish within ${timeoutMs} ms (a damaged page header?)`)));
      if (current === w) current = null;
      void w.terminate();
    }, timeoutMs);
    w.on("message", onMessage);
    w.on("error", onError);
    w.on("exit", onExit);
    w.ref();
    w.postMessage({ buffer, columns, part });
  });
}

/**
 * Reads `columns` of a parquet file (or, with `part`, of one row range whose bytes `buffer` holds); throws
 * DecodeError when the file is corrupt or decoding runs too long.
 */
export async function decodeParquetRows(
  buffer: ArrayBuffer,
  columns: string[] | undefined,
  timeoutMs = DECODE_TIMEOUT_MS,
  part?: FilePart,
): Promise<Record<string, unknown>[]> {
  const batch = await decodeParquetColumns(buffer, columns, timeoutMs, part);
  return toObjects(batch.names, batch.columns, batch.rows);
}

/** decodeParquetRows as one array per column. */
export function decodeParquetColumns(
  buffer: ArrayBuffer,
  columns: string[] | undefined,
  timeoutMs = DECODE_TIMEOUT_MS,
  part?: FilePart,
): Promise<ColumnBatch> {
  // One file at a time per worker: files are decoded in turn, as they were on the main thread.
  const job = queue.then(() => decodeOnce(buffer, columns, timeoutMs, part));
  queue = job.catch(() => undefined);
  return job;
}
