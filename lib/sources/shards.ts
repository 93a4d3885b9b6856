// Listing parquet shards with the Hub tree API and reading them.
import { z } from "zod";
import { getBytes, getJsonPages, hubUrl, type HubOptions } from "@/lib/sources/hub";
import {
  openParquet,
  readParquetColumns,
  type ColumnBatch,
  type OpenParquet,
  type RawRow,
} from "@/lib/sources/parquet";
import { toObjects } from "@/lib/sources/parquet-worker";
import { SourceError } from "@/lib/sources/types";
import { openByteSource } from "@/lib/sources/byte-source";

const treeEntry = z.object({
  type: z.string(),
  path: z.string().min(1),
  size: z.number().int().nonnegative().optional(),
});

export interface Shard {
  /** Repo-relative path, e.g. `text/full-00000-of-00001.parquet`. */
  path: string;
  /** Listed size in bytes, when the listing gives one. */
  size?: number;
}

/** Turns a glob like `text/full-*.parquet` into an anchored regex (`*` does not cross `/`). */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]*");
  return new RegExp(`^${body}$`);
}

/** Lists `treePath` (following pagination) and returns the files matching `glob`, sorted by path. */
export async function listShards(opts: HubOptions, treePath: string, glob: string): Promise<Shard[]> {
  const url = hubUrl(opts.endpoint, treePath);
  const entries = await getJsonPages(url, opts);
  const pattern = globToRegExp(glob);
  const shards: Shard[] = [];
  entries.forEach((entry, index) => {
    const parsed = treeEntry.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SourceError(
        `unexpected tree entry ${index} from ${url}: ${issue.path.join(".") || "(entry)"} ${issue.message}`,
        "data",
        url,
      );
    }
    if (parsed.data.type === "file" && pattern.test(parsed.data.path)) {
      shards.push({ path: parsed.data.path, size: parsed.data.size });
    }
  });
  if (shards.length === 0) throw new SourceError(`no ${glob} files listed at ${url}`, "data", url);
  return shards.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Downloads one shard from `resolveBase/<path>` and decodes it. */
export async function readShard(
  opts: HubOptions,
  resolveBase: string,
  shard: Shard,
  columns: { required: readonly string[]; wanted: readonly string[] },
): Promise<RawRow[]> {
  const batch = await readShardColumns(opts, resolveBase, shard, columns);
  return toObjects(batch.names, batch.columns, batch.rows);
}

/** readShard's rows as one array per column. */
export async function readShardColumns(
  opts: HubOptions,
  resolveBase: string,
  shard: Shard,
  columns: { required: readonly string[]; wanted: readonly string[] },
): Promise<ColumnBatch> {
  const url = hubUrl(opts.endpoint, `${resolveBase}/${shard.path}`);
  const bytes = await getBytes(url, opts, shard.size);
  const batch = await readParquetColumns(bytes, shard.path, { ...columns, url, timeoutMs: opts.decodeTimeoutMs });
  opts.onProgress?.({ type: "parsed", file: shard.path, rows: batch.rows });
  return batch;
}

/**
 * Opens one shard for reading a row group at a time (no row is decoded yet), reading only its footer now and later
 * only the column chunks decoded: Range requests over HTTP(S) (the whole file when the server ignores Range),
 * positional reads on file://.
 */
export async function openShard(
  opts: HubOptions,
  resolveBase: string,
  shard: Shard,
  columns: { required: readonly string[]; wanted: readonly string[] },
): Promise<OpenParquet> {
  const url = hubUrl(opts.endpoint, `${resolveBase}/${shard.path}`);
  return openParquet(await openByteSource(url, opts, shard.size), shard.path, {
    ...columns,
    url,
    timeoutMs: opts.decodeTimeoutMs,
  });
}
