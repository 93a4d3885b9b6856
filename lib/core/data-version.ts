// The data version: a counter in the database that every ingest and re-attribution bumps, so every in-process
// cache, ETag and hot response is keyed by it. It is read here only. Requests read it through currentDataVersion,
// which re-reads it at most every VERSION_TTL_MS per process (a warm request costs no database round trip; a change
// shows within that window on every instance, and CDN caches revalidate by ETag) and pins one version per request.
import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/core/db";
import { publishVersion, requestStore, setVersionSource, type RequestStore } from "@/lib/core/request-context.mjs";

export const VERSION_TTL_MS = 2000;
/** A database that does not answer must fail the request (503), not hang it. */
const VERSION_TIMEOUT_MS = 5000;

/** The data version as stored now, or throws when the database is unreachable or does not answer within `timeoutMs`. */
export async function readDataVersion(timeoutMs: number = VERSION_TIMEOUT_MS): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database timeout after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const query = prisma().$queryRaw<{ version: number }[]>`SELECT version FROM data_version WHERE id = 1`;
    const rows = await Promise.race([query, timeout]);
    return rows[0]?.version ?? 0;
  } finally {
    clearTimeout(timer);
  }
}

let known: { version: number; readAt: number } | null = null;
let reading: Promise<number> | null = null;

/** When the data version in use was read from the database (epoch ms), or 0 before the first read. */
export function dataVersionReadAt(): number {
  return known?.readAt ?? 0;
}

/**
 * One store per React server render. React scopes `cache` to the request it renders (a page, its metadata and its
 * server components share one), and outside a render it memoises nothing, so each call there is a fresh store that
 * pins nothing. This is the pin under plain `next start`, where no custom server opens a request store.
 */
const renderStore = cache((): RequestStore => ({}));

/**
 * The data version, at most VERSION_TTL_MS old. Concurrent callers share one query. Throws when the DB is down.
 * The first read of a request is pinned for the rest of it, so one page render (metadata, every panel's prefetch)
 * or one image or API answer reads one version and has one ETag. The pin is the custom server's per-request store
 * (scripts/server.mjs), else the store lib/api/respond.ts opens around a route handler, else the render's own
 * (renderStore). Each read is also published to the server's fast path, which serves hot entries only while the
 * version is confirmed.
 */
export async function currentDataVersion(): Promise<number> {
  const store = requestStore() ?? renderStore();
  if (store.version !== undefined) return store.version;
  const version = await latestVersion();
  publishVersion(version, dataVersionReadAt(), VERSION_TTL_MS);
  store.version ??= version;
  return store.version;
}

setVersionSource(currentDataVersion);

async function latestVersion(): Promise<number> {
  if (known && Date.now() - known.readAt < VERSION_TTL_MS) return known.version;
  reading ??= readDataVersion()
    .then((version) => {
      known = { version, readAt: Date.now() };
      return version;
    })
    .finally(() => {
      reading = null;
    });
  return reading;
}

/** Forgets the version last read, so the next request reads it again. For tests. */
export function forgetDataVersion(): void {
  known = null;
}
