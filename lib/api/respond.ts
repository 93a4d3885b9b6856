// One wrapper for every API v1 GET: parse → data version → ETag/304 → cached body or load+serialize → response.
// Whatever the query string, the answer is 2xx/304, 400 or 404; only a server fault (database down: 503) is 5xx.
import "server-only";
import { currentDataVersion, dataVersionReadAt, Lru, VERSION_TTL_MS } from "@/lib/standings/cache";
import type { CsvBody } from "./csv";
import { etagFor, ifNoneMatchHits } from "./etag";
import { clearHot, hotKey, publishResponse, publishVersion } from "./hot-cache";
import { notFound, toApiError } from "./errors";

export type Format = "json" | "csv";
export type RouteParams = Record<string, string | string[] | undefined>;

export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=86400";
const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag, X-Data-Version" };

export interface Endpoint<I extends { format: Format }, T> {
  /** Names the resource in cache keys and ETags. */
  name: string;
  /** Path params and query string into typed input; throws ApiError (400/404). */
  input(req: { url: URL; params: RouteParams }): I;
  /** The data, or null when the resource does not exist (404 with `missing`). */
  load(input: I): Promise<T | null>;
  missing?(input: I): string;
  csv(value: T, input: I): CsvBody;
}

interface Stored {
  /** Encoded once: a warm request neither serializes nor UTF-8-encodes. */
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

/** Serialized bodies per (data version, normalized request): a warm request re-serializes nothing. */
const bodies = new Lru<Stored>(500);
const utf8 = new TextEncoder();

export function resetResponseCache(): void {
  bodies.clear();
  clearHot();
}

export function errorResponse(err: unknown): Response {
  const e = toApiError(err);
  if (e.status >= 500) console.error(`[api] ${e.code}:`, err);
  const headers: Record<string, string> = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...CORS };
  if (e.status === 503) headers["Retry-After"] = "30";
  return new Response(JSON.stringify({ error: { code: e.code, message: e.message } }), { status: e.status, headers });
}

function serialize<I extends { format: Format }, T>(spec: Endpoint<I, T>, value: T, input: I, etag: string, version: number): Stored {
  const headers: Record<string, string> = { ETag: etag, "Cache-Control": CACHE_CONTROL, "X-Data-Version": String(version), ...CORS };
  if (input.format === "csv") {
    const csv = spec.csv(value, input);
    headers["Content-Type"] = "text/csv; charset=utf-8";
    headers["Content-Disposition"] = `attachment; filename="${csv.filename}"`;
    return { body: utf8.encode(csv.body), headers };
  }
  headers["Content-Type"] = "application/json; charset=utf-8";
  return { body: utf8.encode(JSON.stringify(value)), headers };
}

export function endpoint<I extends { format: Format }, T>(spec: Endpoint<I, T>) {
  return async function GET(request: Request, context?: { params?: Promise<RouteParams> }): Promise<Response> {
    try {
      const url = new URL(request.url);
      const input = spec.input({ url, params: (await context?.params) ?? {} });
      const version = await currentDataVersion();
      publishVersion(version, dataVersionReadAt(), VERSION_TTL_MS);
      // Zod output has a fixed key order, so equal queries give equal keys whatever the query string's order.
      const key = `${spec.name}:${JSON.stringify(input)}`;
      let stored = bodies.get(`${version}|${key}`);
      const etag = stored?.headers.ETag ?? etagFor(version, key);
      if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
        return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": CACHE_CONTROL, ...CORS } });
      }
      if (!stored) {
        const value = await spec.load(input);
        if (value === null) throw notFound(spec.missing?.(input) ?? "not found");
        stored = serialize(spec, value, input, etag, version);
        bodies.set(`${version}|${key}`, stored);
      }
      publishResponse(hotKey(url), { version, ...stored });
      return new Response(stored.body, { status: 200, headers: stored.headers });
    } catch (err) {
      return errorResponse(err);
    }
  };
}
