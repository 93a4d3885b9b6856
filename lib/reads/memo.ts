// The reads' memo: each computed answer once per (data version, normalized query), so a warm read recomputes
// nothing. The data version is in the key, so a new version misses and the old entries age out of the LRU.
import "server-only";
import { LRUCache } from "lru-cache";
import { forgetDataVersion } from "@/lib/core/data-version";
import { resetFrames } from "@/lib/frame/cache";

const results = new LRUCache<string, Promise<unknown>>({ max: 300 });

/**
 * A memo key from a read's name and its parsed (zod-normalized) input, so `countries=us~CN` and `countries=US~cn`
 * share an entry. `format` only changes the serialization, so it is left out.
 */
export function memoKey(name: string, q: object): string {
  const { format: _format, ...rest } = q as Record<string, unknown>;
  return `${name}:${JSON.stringify(rest)}`;
}

/** Memoises a computed answer per (data version, key). Concurrent callers share one computation; failures are not kept. */
export function memo<T>(version: number, key: string, compute: () => Promise<T>): Promise<T> {
  const k = `${version}|${key}`;
  const hit = results.get(k) as Promise<T> | undefined;
  if (hit) return hit;
  const p = compute();
  results.set(k, p);
  p.catch(() => results.delete(k));
  return p;
}

/** Forgets every memoised answer, every frame and the data version last read. For tests. */
export function resetReadCaches(): void {
  forgetDataVersion();
  resetFrames();
  results.clear();
}
