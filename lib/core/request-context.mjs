// What Next's side and the custom server share about the data version, per process and per request: the version
// last read from the database (when, and for how long it holds), how to re-read it, and the per-request store that
// pins one version per request. lib/core/data-version.ts writes it; the server's fast path (lib/server/) reads it.
// Plain JavaScript, so scripts/server.mjs runs it without a TypeScript loader; types in request-context.d.mts.
// Next bundles its own copy of this file, so all state lives on globalThis under the keys below, never in module
// variables.
import { AsyncLocalStorage } from "node:async_hooks";

const HOT_KEY = "__leaderboardAtlasHot";
const REQUEST_KEY = "__leaderboardAtlasRequest";

/**
 * The hot table: the confirmed data version (its slot is written here) and the ready responses made for it, whose
 * entries and bytes lib/server/hot-path.mjs manages.
 */
export function hotTable() {
  globalThis[HOT_KEY] ??= { version: -1, readAt: 0, ttlMs: 0, bytes: 0, entries: new Map() };
  return globalThis[HOT_KEY];
}

/** Whether the table's data version was confirmed less than its TTL ago. */
export function hotFresh(table = hotTable(), now = Date.now()) {
  return table.version >= 0 && now - table.readAt < table.ttlMs;
}

/** Records a data version read at `readAt`, valid for `ttlMs`; a new version drops the responses made for the old one. */
export function publishVersion(version, readAt, ttlMs) {
  const t = hotTable();
  if (t.version !== version) {
    t.entries.clear();
    t.bytes = 0;
  }
  Object.assign(t, { version, readAt, ttlMs });
}

/**
 * Next's side registers how to re-read the data version (lib/core/data-version.ts), so the fast path can confirm a
 * stale version with one cheap query instead of sending every request into a full render.
 */
export function setVersionSource(read) {
  hotTable().refresh = read;
}

/** Re-reads the data version through Next's side; resolves false when that is not possible or fails. */
export async function refreshVersion() {
  const read = hotTable().refresh;
  if (!read) return false;
  try {
    await read();
    return hotFresh();
  } catch {
    return false;
  }
}

/** The per-request store the custom server opens around each request Next handles. */
export function requestStorage() {
  globalThis[REQUEST_KEY] ??= new AsyncLocalStorage();
  return globalThis[REQUEST_KEY];
}

/** The current request's store (`{ version?: number }`), or undefined outside one. */
export function requestStore() {
  return globalThis[REQUEST_KEY]?.getStore();
}
