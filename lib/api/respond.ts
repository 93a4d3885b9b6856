// One wrapper for every cached GET: parse → data version → ETag/304 → cached body or load+render → response.
// Any body type: JSON and CSV for API v1 (the default renderer), PNG for Open Graph images, SVG, HTML. Every body
// is stored once per (data version, normalized input) and published to the server's fast path.
// Whatever the query string, the answer is 2xx/304, 400 or 404; only a server fault (database down: 503) is 5xx.
import "server-only";
import { LRUCache } from "lru-cache";
import { currentDataVersion } from "@/lib/core/data-version";
import { requestStorage, requestStore } from "@/lib/core/request-context.mjs";
import type { CsvBody } from "./csv";
import { clearHot, etagFor, hotKey, ifNoneMatchHits, publishResponse } from "@/lib/server/hot-path.mjs";
import { boardSlugs, requireBoard } from "@/lib/reads/boards";
import { UnknownBoardError } from "@/lib/boards/info";
import { badRequest, notFound, toApiError } from "./errors";
import { InvalidQueryError } from "./params";

export type Format = "json" | "csv";
export type RouteParams = Record<string, string | string[] | undefined>;

export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=86400";
/** For bodies whose URL names the whole view and whose ETag names the data version (images): a day, then revalidate. */
export const IMMUTABLE_VIEW_CACHE_CONTROL = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800";
const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag, X-Data-Version, Link" };

/** A rendered body and how to label it. */
export interface Rendered {
  body: string | Uint8Array;
  contentType: string;
  /** Sent as an attachment with this name. */
  filename?: string;
}

export interface Endpoint<I extends object, T> {
  /** Names the resource in cache keys and ETags. */
  name: string;
  /** Path params and query string into typed input; throws ApiError (400/404). */
  input(req: { url: URL; params: RouteParams }): I;
  /** The data, or null when the resource does not exist (404 with `missing`). */
  load(input: I): Promise<T | null>;
  missing?(input: I): string;
  /** The body for a value. Default: JSON, or CSV (through `csv`) when the input's `format` is "csv". */
  render?(value: T, input: I): Rendered | Promise<Rendered>;
  csv?(value: T, input: I): CsvBody;
  /**
   * The path (with query) of the metadata sidecar that describes this input's CSV (lib/view/url/provenance.ts): CSV
   * answers then carry `Link: <path>; rel="describedby"; type="application/json"`.
   */
  describedBy?(input: I): string;
  /** Default CACHE_CONTROL. */
  cacheControl?: string;
}

interface Stored {
  /** Encoded once: a warm request neither serializes nor UTF-8-encodes. */
  body: Uint8Array;
  headers: Record<string, string>;
}

/**
 * Bodies per (data version, normalized request): a warm request renders nothing. Bounded by bytes too: a snapshot
 * table can weigh megabytes, and 500 of them must not pile up.
 */
export const BODY_CACHE_MAX_BYTES = 64 * 1024 * 1024;
const bodies = new LRUCache<string, Stored>({
  max: 500,
  maxSize: BODY_CACHE_MAX_BYTES,
  sizeCalculation: (s) => Math.max(1, s.body.byteLength),
});

export function resetResponseCache(): void {
  bodies.clear();
  clearHot();
}

export function errorResponse(err: unknown): Response {
  const e = toApiError(err);
  if (e.status >= 500) console.error(`[api] ${e.code}:`, err);
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    ...CORS,
  };
  if (e.status === 503) headers["Retry-After"] = "30";
  return new Response(JSON.stringify({ error: { code: e.code, message: e.message } }), { status: e.status, headers });
}

function defaultRender<I extends object, T>(spec: Endpoint<I, T>, value: T, input: I): Rendered {
  if ((input as { format?: Format }).format === "csv" && spec.csv) {
    const csv = spec.csv(value, input);
    return { body: csv.body, contentType: "text/csv; charset=utf-8", filename: csv.filename };
  }
  return { body: JSON.stringify(value), contentType: "application/json; charset=utf-8" };
}

async function store<I extends object, T>(
  spec: Endpoint<I, T>,
  value: T,
  input: I,
  etag: string,
  version: number,
): Promise<Stored> {
  const out = spec.render ? await spec.render(value, input) : defaultRender(spec, value, input);
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": spec.cacheControl ?? CACHE_CONTROL,
    "X-Data-Version": String(version),
    "Content-Type": out.contentType,
    ...CORS,
  };
  if (out.filename) headers["Content-Disposition"] = `attachment; filename="${out.filename}"`;
  if (spec.describedBy && out.contentType.startsWith("text/csv"))
    headers.Link = `<${spec.describedBy(input)}>; rel="describedby"; type="application/json"`;
  // Buffer.from encodes a large JSON string several times faster than TextEncoder (bench/results.md, "Measurements
  // moved out of comments").
  return { body: typeof out.body === "string" ? Buffer.from(out.body, "utf8") : out.body, headers };
}

export function endpoint<I extends object, T>(spec: Endpoint<I, T>) {
  const handle = answer(spec);
  // One data version per request (lib/core/data-version.ts): the custom server opens the request's store; without it
  // (plain `next start`, tests) the endpoint opens one, so the ETag and every read of the answer name one version.
  return function GET(request: Request, context?: { params?: Promise<RouteParams> }): Promise<Response> {
    return requestStore() ? handle(request, context) : requestStorage().run({}, () => handle(request, context));
  };
}

/**
 * The endpoint's input. A query's board is any text to the schema (which boards exist is data), so when another
 * parameter is rejected, the board is checked here too and both are reported in one 400, board first.
 */
async function parseInput<I extends object, T>(spec: Endpoint<I, T>, url: URL, params: RouteParams): Promise<I> {
  try {
    return spec.input({ url, params });
  } catch (err) {
    if (!(err instanceof InvalidQueryError) || err.board === undefined) throw err;
    const slugs = await boardSlugs();
    if (slugs.includes(err.board)) throw err;
    throw badRequest(`${new UnknownBoardError(err.board, slugs, "query").message}; ${err.message}`);
  }
}

function answer<I extends object, T>(spec: Endpoint<I, T>) {
  return async (request: Request, context?: { params?: Promise<RouteParams> }): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const params = (await context?.params) ?? {};
      const input = await parseInput(spec, url, params);
      const version = await currentDataVersion();
      // Which boards exist is data (the `board` table), so every input's `board` is checked here, once, against it.
      const board = (input as { board?: unknown }).board;
      if (typeof board === "string") await requireBoard(board, params.board !== undefined ? "path" : "query");
      // Zod output has a fixed key order, so equal queries give equal keys whatever the query string's order.
      const key = `${spec.name}:${JSON.stringify(input)}`;
      let stored = bodies.get(`${version}|${key}`);
      const etag = stored?.headers.ETag ?? etagFor(version, key);
      const cacheControl = spec.cacheControl ?? CACHE_CONTROL;
      if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
        return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl, ...CORS } });
      }
      if (!stored) {
        const value = await spec.load(input);
        if (value === null) throw notFound(spec.missing?.(input) ?? "not found");
        stored = await store(spec, value, input, etag, version);
        bodies.set(`${version}|${key}`, stored);
      }
      publishResponse(hotKey(url), { version, ...stored });
      return new Response(stored.body as Uint8Array<ArrayBuffer>, { status: 200, headers: stored.headers });
    } catch (err) {
      return errorResponse(err);
    }
  };
}
