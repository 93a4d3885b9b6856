// Random access to an upstream file without downloading it whole: HTTP(S) Range requests, positional reads of a
// file:// path, or slices of bytes already in memory (when a server ignores Range and sends the whole file). Parquet
// readers take the footer from the tail and then only the column chunks they decode (lib/sources/parquet.ts).
import { open, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { getRange, type HubOptions } from "@/lib/sources/hub";
import { SourceError } from "@/lib/sources/types";

export interface ByteSource {
  /** The file's URL, for messages. */
  url: string;
  byteLength: number;
  /** Bytes [start, end) of the file. */
  read(start: number, end: number): Promise<ArrayBuffer>;
  /** "range" (HTTP Range), "file" (positional reads) or "memory" (the whole file was downloaded). */
  kind: "range" | "file" | "memory";
}

/** How much of a file's end is read first: parquet footers are usually smaller, and a larger one is read in full after. */
export const TAIL_BYTES = 32 * 1024;

export function memorySource(url: string, bytes: ArrayBuffer): ByteSource {
  return {
    url,
    byteLength: bytes.byteLength,
    kind: "memory",
    read: async (start, end) => bytes.slice(start, end),
  };
}

/** Serves reads that fall in the file's tail, already in hand, from it; fetches only the part before it. */
function withTail(source: ByteSource, tail: ArrayBuffer): ByteSource {
  const tailStart = source.byteLength - tail.byteLength;
  return {
    ...source,
    async read(start, end) {
      checkRange(source.url, source.byteLength, start, end);
      if (end <= tailStart) return source.read(start, end);
      if (start >= tailStart) return tail.slice(start - tailStart, end - tailStart);
      const head = new Uint8Array(await source.read(start, tailStart));
      const out = new Uint8Array(end - start);
      out.set(head, 0);
      out.set(new Uint8Array(tail, 0, end - tailStart), head.length);
      return out.buffer;
    },
  };
}

function checkSize(url: string, size: number, expectedSize: number | undefined): void {
  if (expectedSize !== undefined && size !== expectedSize) {
    throw new SourceError(
      `size mismatch for ${url}: listed as ${expectedSize} bytes, the file has ${size} (truncated?)`,
      "data",
      url,
    );
  }
}

function checkRange(url: string, byteLength: number, start: number, end: number): void {
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start <= end && end <= byteLength)) {
    throw new SourceError(`read of bytes ${start}-${end} outside ${url} (${byteLength} bytes)`, "data", url);
  }
}

/**
 * Opens `url` for random access and returns its last bytes (up to TAIL_BYTES). `expectedSize`, the listed size, is
 * checked against the file's. HTTP(S) uses Range requests, falling back to the whole body when the server ignores
 * Range; file:// reads positions of the file.
 */
export async function openByteSource(
  url: string,
  opts: HubOptions,
  expectedSize?: number,
): Promise<{ source: ByteSource; tail: ArrayBuffer }> {
  if (/^file:/i.test(url)) {
    let path: string;
    try {
      path = fileURLToPath(url);
    } catch (err) {
      throw new SourceError(`invalid file URL ${url}: ${(err as Error).message}`, "network", url);
    }
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
      const what = err.code === "ENOENT" ? "file not found" : `cannot read file (${err.code ?? err.message})`;
      throw new SourceError(`${what}: ${path} (${url})`, "network", url);
    });
    checkSize(url, info.size, expectedSize);
    const source: ByteSource = {
      url,
      byteLength: info.size,
      kind: "file",
      async read(start, end) {
        checkRange(url, info.size, start, end);
        const handle = await open(path, "r");
        try {
          const buf = Buffer.alloc(end - start);
          let done = 0;
          while (done < buf.length) {
            const { bytesRead } = await handle.read(buf, done, buf.length - done, start + done);
            if (bytesRead === 0)
              throw new SourceError(
                `${path} ended at ${start + done} bytes, before ${end} (truncated while reading?)`,
                "data",
                url,
              );
            done += bytesRead;
          }
          opts.onProgress?.({ type: "downloaded", url, bytes: buf.length, range: `${start}-${end - 1}/${info.size}` });
          return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
        } finally {
          await handle.close();
        }
      },
    };
    const tail = await source.read(Math.max(0, info.size - TAIL_BYTES), info.size);
    // A small file is whole in its tail: read the rest from memory.
    return { source: info.size <= TAIL_BYTES ? memorySource(url, tail) : withTail(source, tail), tail };
  }
  const first = await getRange(url, opts, { suffix: TAIL_BYTES });
  if (!first.partial || first.start === 0) {
    // The server ignored Range and sent the whole file, or the file is no longer than its tail: read it from memory.
    checkSize(url, first.size, expectedSize);
    const source = memorySource(url, first.body);
    return { source, tail: first.body.slice(Math.max(0, first.size - TAIL_BYTES)) };
  }
  checkSize(url, first.size, expectedSize);
  const size = first.size;
  const source: ByteSource = {
    url,
    byteLength: size,
    kind: "range",
    async read(start, end) {
      checkRange(url, size, start, end);
      if (start === end) return new ArrayBuffer(0);
      const got = await getRange(url, opts, { start, end });
      if (got.partial) {
        if (got.size !== size)
          throw new SourceError(`${url} changed while it was read: ${size} bytes, now ${got.size}`, "data", url);
        return got.body;
      }
      // A server that stopped honouring Range: take the slice from the whole file.
      if (got.size !== size)
        throw new SourceError(`${url} changed while it was read: ${size} bytes, now ${got.size}`, "data", url);
      return got.body.slice(start, end);
    },
  };
  return { source: withTail(source, first.body), tail: first.body };
}
