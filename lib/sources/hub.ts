// Hugging Face Hub transport: URL building, bounded retries, Link pagination, and file:// mirrors.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { SourceError } from "@/lib/sources/types";

export const DEFAULT_HF_ENDPOINT = "https://huggingface.co";

export type HubProgress =
  | { type: "request"; url: string; attempt: number }
  | { type: "retry"; url: string; attempt: number; reason: string; delayMs: number }
  | { type: "downloaded"; url: string; bytes: number }
  | { type: "parsed"; file: string; rows: number };

export interface HubOptions {
  /** Base for every upstream URL: http(s)://host[/prefix] or file:///dir (the HF_ENDPOINT value). */
  endpoint?: string;
  /** Total attempts per request (default 3). */
  retries?: number;
  /** Per-attempt timeout covering headers and body (default 30 s). */
  timeoutMs?: number;
  /** First backoff delay; doubles on each retry (default 500 ms). */
  backoffMs?: number;
  /** Deadline for decoding one parquet file (default 30 s); a damaged file can otherwise decode forever. */
  decodeTimeoutMs?: number;
  /** Hugging Face access token (HF_TOKEN), sent as `Authorization: Bearer` to the endpoint's own origin only. */
  token?: string;
  /** Injected fetch, for tests. Defaults to the global fetch. */
  fetch?: typeof fetch;
  onProgress?: (event: HubProgress) => void;
}

export const HUB_DEFAULTS = { retries: 3, timeoutMs: 30_000, backoffMs: 500 } as const;
const MAX_RETRY_AFTER_MS = 60_000;
const MAX_PAGES = 10_000;

/** Joins an endpoint base and an upstream path, percent-encoding each path segment. */
export function hubUrl(endpoint: string | undefined, path: string): string {
  const base = (endpoint ?? DEFAULT_HF_ENDPOINT).trim().replace(/\/+$/, "");
  if (!/^(https?|file):\/\//i.test(base)) {
    throw new SourceError(`unsupported HF endpoint "${base}": expected http(s):// or file://`, "network", base);
  }
  const encoded = path
    .replace(/^\/+/, "")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
  return `${base}/${encoded}`;
}

/** Parses `Link: <url>; rel="next"` (RFC 8288), resolving a relative target against the request URL. */
export function parseNextLink(header: string | null, requestUrl: string): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]);
    const rel = (rels?.[1] ?? rels?.[2] ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("next")) return new URL(match[1], requestUrl).toString();
  }
  return null;
}

interface Fetched {
  body: ArrayBuffer;
  headers: Headers | null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function describeError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { message?: string; code?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return `timeout after ${timeoutMs}ms`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `network error: ${e?.message ?? String(err)}${cause ? ` (${cause})` : ""}`;
}

async function readFileUrl(url: string): Promise<Fetched> {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (err) {
    throw new SourceError(`invalid file URL ${url}: ${(err as Error).message}`, "network", url);
  }
  try {
    const buf = await readFile(path);
    return { body: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, headers: null };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const what = code === "ENOENT" ? "file not found" : `cannot read file (${code ?? (err as Error).message})`;
    throw new SourceError(`${what}: ${path} (${url})`, "network", url);
  }
}

/** One attempt: fetch and read the whole body under the timeout. Throws {retryable, reason} or SourceError. */
async function attemptHttp(url: string, opts: HubOptions, timeoutMs: number): Promise<Fetched> {
  const doFetch = opts.fetch ?? fetch;
  let res: Response;
  try {
    // The Hub's convention for private or rate-limited access. Only to the endpoint's origin: fetch drops the header
    // itself when a redirect leaves that origin (the Hub redirects large files to its CDN).
    const sameOrigin = opts.token && opts.endpoint && new URL(url).origin === new URL(opts.endpoint).origin;
    const headers: Record<string, string> = sameOrigin ? { authorization: `Bearer ${opts.token}` } : {};
    res = await doFetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow", headers });
  } catch (err) {
    throw { retryable: true, reason: describeError(err, timeoutMs) };
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    const reason = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`;
    if (res.status === 429 || res.status >= 500) {
      const retryAfter = Number(res.headers.get("retry-after"));
      throw { retryable: true, reason, retryAfterMs: Number.isFinite(retryAfter) ? retryAfter * 1000 : 0 };
    }
    throw new SourceError(`GET ${url} failed: ${reason}`, "network", url);
  }
  const declared = res.headers.get("content-length");
  let body: ArrayBuffer;
  try {
    body = await res.arrayBuffer();
  } catch (err) {
    const why = describeError(err, timeoutMs);
    const reason = why.startsWith("timeout")
      ? `${why} while reading body`
      : `truncated body: connection ended before Content-Length ${declared ?? "(none)"} was received (${why})`;
    throw { retryable: true, reason };
  }
  const encoding = (res.headers.get("content-encoding") ?? "identity").toLowerCase();
  if (declared !== null && encoding === "identity" && Number(declared) !== body.byteLength) {
    throw { retryable: true, reason: `truncated body: Content-Length ${declared}, received ${body.byteLength} bytes` };
  }
  return { body, headers: res.headers };
}

async function request(url: string, opts: HubOptions): Promise<Fetched> {
  if (/^file:/i.test(url)) return readFileUrl(url);
  const retries = Math.max(1, opts.retries ?? HUB_DEFAULTS.retries);
  const timeoutMs = opts.timeoutMs ?? HUB_DEFAULTS.timeoutMs;
  const backoffMs = opts.backoffMs ?? HUB_DEFAULTS.backoffMs;
  let lastReason = "no attempt made";
  for (let attempt = 1; attempt <= retries; attempt++) {
    opts.onProgress?.({ type: "request", url, attempt });
    try {
      return await attemptHttp(url, opts, timeoutMs);
    } catch (err) {
      if (err instanceof SourceError) throw err;
      const failure = err as { reason: string; retryAfterMs?: number };
      lastReason = failure.reason;
      if (attempt < retries) {
        const delayMs = Math.min(Math.max(backoffMs * 2 ** (attempt - 1), failure.retryAfterMs ?? 0), MAX_RETRY_AFTER_MS);
        opts.onProgress?.({ type: "retry", url, attempt, reason: lastReason, delayMs });
        await sleep(delayMs);
      }
    }
  }
  throw new SourceError(`GET ${url} failed after ${retries} attempt(s): ${lastReason}`, "network", url);
}

/** Fetches and parses JSON. `nextUrl` comes from `Link: <...>; rel="next"` (always null for file://). */
export async function getJson(url: string, opts: HubOptions = {}): Promise<{ data: unknown; nextUrl: string | null }> {
  const { body, headers } = await request(url, opts);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch (err) {
    throw new SourceError(`invalid JSON from ${url}: ${(err as Error).message}`, "data", url);
  }
  return { data, nextUrl: parseNextLink(headers?.get("link") ?? null, url) };
}

function sameOrigin(a: string, b: string): boolean {
  const x = new URL(a);
  const y = new URL(b);
  return x.protocol === y.protocol && x.host === y.host;
}

/** Follows rel="next" pages and concatenates their JSON arrays. */
export async function getJsonPages(url: string, opts: HubOptions = {}): Promise<unknown[]> {
  const items: unknown[] = [];
  const seen = new Set<string>();
  let next: string | null = url;
  while (next) {
    if (seen.has(next) || seen.size >= MAX_PAGES) {
      throw new SourceError(`pagination loop at ${next} (started at ${url})`, "data", next);
    }
    seen.add(next);
    const page: { data: unknown; nextUrl: string | null } = await getJson(next, opts);
    if (!Array.isArray(page.data)) throw new SourceError(`expected a JSON array from ${next}`, "data", next);
    items.push(...page.data);
    next = page.nextUrl;
    // Follow only same-origin pages: an upstream must not steer ingest to another host or scheme (file://).
    if (next !== null && !sameOrigin(next, url)) {
      const to = new URL(next);
      throw new SourceError(`refusing a rel="next" link to another origin (${to.protocol}//${to.host}) from ${url}`, "data", url);
    }
  }
  return items;
}

/** Downloads a whole file, checking Content-Length (HTTP) and, when given, the expected size. */
export async function getBytes(url: string, opts: HubOptions = {}, expectedSize?: number): Promise<ArrayBuffer> {
  const { body } = await request(url, opts);
  if (expectedSize !== undefined && body.byteLength !== expectedSize) {
    throw new SourceError(
      `size mismatch for ${url}: listed as ${expectedSize} bytes, received ${body.byteLength} (truncated?)`,
      "data",
      url,
    );
  }
  opts.onProgress?.({ type: "downloaded", url, bytes: body.byteLength });
  return body;
}
