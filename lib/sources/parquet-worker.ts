// Decodes parquet pages in a worker thread with a deadline. A damaged page header can send the decoder
// (hyparquet) into a loop of billions of steps; on the main thread that would freeze the whole server and keep the
// ingest lock held. In a worker, the deadline and a heap cap end it, and the file is rejected with a reason.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export const DECODE_TIMEOUT_MS = 30_000;
const HEAP_LIMIT_MB = 1024;

// CommonJS source run with `eval`, so no file has to be found or bundled; hyparquet is loaded by absolute URL.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.lib).then(async ({ parquetMetadata, parquetReadObjects }) => {
  try {
    const file = workerData.buffer;
    const metadata = parquetMetadata(file);
    const rows = await parquetReadObjects({ file, metadata, columns: workerData.columns });
    parentPort.postMessage({ ok: true, rows });
  } catch (err) {
    parentPort.postMessage({ ok: false, message: String(err && err.message || err) });
  }
}, (err) => parentPort.postMessage({ ok: false, message: "cannot load the parquet decoder: " + err.message }));
`;

let libUrl: string | undefined;
function hyparquetUrl(): string {
  // Resolved from the working directory (the app root, or the standalone server's root), not from this module,
  // whose location differs once bundled.
  libUrl ??= pathToFileURL(createRequire(path.join(process.cwd(), "package.json")).resolve("hyparquet")).href;
  return libUrl;
}

export class DecodeError extends Error {}

/** Reads `columns` of a parquet file; throws DecodeError when the file is corrupt or decoding runs too long. */
export function decodeParquetRows(
  buffer: ArrayBuffer,
  columns: string[],
  timeoutMs = DECODE_TIMEOUT_MS,
): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { lib: hyparquetUrl(), buffer, columns },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new DecodeError(`decoding did not finish within ${timeoutMs} ms (a damaged page header?)`))),
      timeoutMs,
    );
    worker.once("message", (m: { ok: true; rows: Record<string, unknown>[] } | { ok: false; message: string }) =>
      finish(() => (m.ok ? resolve(m.rows) : reject(new DecodeError(m.message)))),
    );
    worker.once("error", (err) => finish(() => reject(new DecodeError(err.message))));
    worker.once("exit", (code) => finish(() => reject(new DecodeError(`the decoder stopped (exit ${code})`))));
  });
}
