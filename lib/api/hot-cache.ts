// Ready API responses by request URL, published on globalThis for the server's fast path
// (scripts/server.mjs): a repeat GET for the same URL and data version is answered there, without entering
// Next's request pipeline, which costs several times more than the work left after our own caches.
// The fast path serves an entry only while the data version it was made for was confirmed less than
// VERSION_TTL_MS ago; otherwise the request goes through Next, which re-reads the version.
// The shape below is a contract with scripts/server.mjs: change both together.
export const HOT_KEY = "__leaderboardAtlasHot";
const MAX_ENTRIES = 1000;

export interface HotEntry {
  version: number;
  body: Uint8Array;
  headers: Record<string, string>;
}

export interface HotTable {
  /** The data version last read from the database, and when (epoch ms). */
  version: number;
  readAt: number;
  ttlMs: number;
  entries: Map<string, HotEntry>;
}

function table(): HotTable {
  const g = globalThis as unknown as Record<string, HotTable | undefined>;
  g[HOT_KEY] ??= { version: -1, readAt: 0, ttlMs: 0, entries: new Map() };
  return g[HOT_KEY];
}

/**
 * The request's key, computed the same way by the fast path: the path plus the query re-serialized by
 * URLSearchParams, because Next hands route handlers `~` as `%7E` while clients send it raw.
 */
export function hotKey(url: URL): string {
  const query = new URLSearchParams(url.search).toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

export function publishVersion(version: number, readAt: number, ttlMs: number): void {
  const t = table();
  if (t.version !== version) t.entries.clear();
  Object.assign(t, { version, readAt, ttlMs });
}

export function publishResponse(key: string, entry: HotEntry): void {
  const { entries } = table();
  entries.delete(key);
  entries.set(key, entry);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}

export function clearHot(): void {
  table().entries.clear();
}
