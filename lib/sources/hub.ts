// Hugging Face Hub transport: URL building, bounded retries, Link pagination, and file:// mirrors.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { SourceError } from "@/lib/sources/types";

export const DEFAULT_HF_ENDPOINT = "https://huggingface.co";

export type HubProgress =
  | { type: "request"; url: string; attempt: number }
  | { type: "retry"; url: string; attempt: number; reason: string; delayMs: number }
  | { type: "downloaded"; url: string; bytes: number; range?: string }
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
  /**
   * Longest total wait between the attempts of one request, ms (default 15 min; HF_RETRY_BUDGET_S). A rate limit's
   * Retry-After is honoured in full while it fits; one that does not fails the request at once, saying when to retry.
   */
  retryBudgetMs?: number;
  /**
   * Stops every request at once when aborted: the one in flight, its retries and the wait between them (the
   * scheduled ingest's process is stopped this way when the server that started it is gone).
   */
  signal?: AbortSignal;
  /** Injected fetch, for tests. Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Injected clock (now and sleep), for tests. Defaults to Date.now and setTimeout. */
  clock?: HubClock;
  onProgress?: (event: HubProgress) => void;
}

export interface HubClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const HUB_DEFAULTS = { retries: 3, timeoutMs: 30_000, backoffMs: 500, retryBudgetMs: 15 * 60_000 } as const;
const realClock: HubClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};
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
  /** HTTP status (200 for file://). */
  status: number;
}

/**
 * A Retry-After value as a wait in ms from `nowMs`: delay-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00
 * GMT", and the obsolete RFC 850 and asctime forms, all GMT). A date in the past is 0; anything else is null.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // HTTP-dates start with a day name; asctime carries no zone, and every HTTP-date is GMT.
  if (!/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s/i.test(v)) return null;
  const at = Date.parse(/\b(GMT|UTC)$/i.test(v) ? v : `${v} GMT`);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(ms < 10_000 ? 3 : 0))} s`;

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
    return {
      body: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
      headers: null,
      status: 200,
    };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const what = code === "ENOENT" ? "file not found" : `cannot read file (${code ?? (err as Error).message})`;
    throw new SourceError(`${what}: ${path} (${url})`, "network", url);
  }
}

/** One attempt: fetch and read the whole body under the timeout. Throws {retryable, reason} or SourceError. */
async function attemptHttp(
  url: string,
  opts: HubOptions,
  timeoutMs: number,
  clock: HubClock,
  extra: Record<string, string>,
): Promise<Fetched> {
  const doFetch = opts.fetch ?? fetch;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  let res: Response;
  let at = url;
  for (let hops = 0; ; hops++) {
    try {
      // The Hub's convention for private or rate-limited access: only to the endpoint's own origin, at every hop.
      const toEndpoint = opts.token && opts.endpoint && new URL(at).origin === new URL(opts.endpoint).origin;
      const headers: Record<string, string> = toEndpoint
        ? { ...extra, authorization: `Bearer ${opts.token}` }
        : { ...extra };
      res = await doFetch(at, { signal, redirect: "manual", headers });
    } catch (err) {
      throw { retryable: true, reason: describeError(err, timeoutMs) } satisfies Failure;
    }
    const location = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
    if (location === null) break;
    await res.body?.cancel().catch(() => undefined);
    const next = new URL(location, at).toString();
    if (!redirectAllowed(at, next)) {
      const to = new URL(next);
      throw new SourceError(
        `refusing a redirect to another origin (${to.protocol}//${to.host}) from ${at}`,
        "network",
        url,
      );
    }
    if (hops >= MAX_REDIRECTS)
      throw new SourceError(`more than ${MAX_REDIRECTS} redirects from ${url}`, "network", url);
    at = next;
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    const reason = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`;
    if (res.status === 429 || res.status >= 500) {
      const retryAfterMs = parseRetryAfter(res.headers.get("retry-after"), clock.now());
      throw { retryable: true, reason, ...(retryAfterMs !== null ? { retryAfterMs } : {}) } satisfies Failure;
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
  return { body, headers: res.headers, status: res.status };
}

interface Failure {
  retryable: true;
  reason: string;
  /** The wait the upstream asked for (Retry-After), when it gave a valid one. */
  retryAfterMs?: number;
}

/**
 * One GET with retries. A failure without Retry-After (network, timeout, 5xx, 429 without it) is retried with
 * exponential backoff up to `retries` attempts in all. A 429 or 5xx with a valid Retry-After is waited out in full and
 * does not use up those attempts, since the upstream said when it will answer; the waits of one request together stay
 * within `retryBudgetMs`, and a wait that would exceed it fails the request at once with the time to retry at.
 */
async function request(url: string, opts: HubOptions, extraHeaders: Record<string, string> = {}): Promise<Fetched> {
  throwIfStopped(url, opts.signal);
  if (/^file:/i.test(url)) return readFileUrl(url);
  const retries = Math.max(1, opts.retries ?? HUB_DEFAULTS.retries);
  const timeoutMs = opts.timeoutMs ?? HUB_DEFAULTS.timeoutMs;
  const backoffMs = opts.backoffMs ?? HUB_DEFAULTS.backoffMs;
  const budgetMs = Math.max(0, opts.retryBudgetMs ?? HUB_DEFAULTS.retryBudgetMs);
  const clock = opts.clock ?? realClock;
  let failures = 0;
  let waitedMs = 0;
  for (let attempt = 1; ; attempt++) {
    throwIfStopped(url, opts.signal);
    opts.onProgress?.({ type: "request", url, attempt });
    let failure: Failure;
    try {
      return await attemptHttp(url, opts, timeoutMs, clock, extraHeaders);
    } catch (err) {
      if (err instanceof SourceError) throw err;
      throwIfStopped(url, opts.signal);
      failure = err as Failure;
    }
    const askedMs = failure.retryAfterMs;
    if (askedMs === undefined && ++failures >= retries) {
      throw new SourceError(`GET ${url} failed after ${attempt} attempt(s): ${failure.reason}`, "network", url);
    }
    // Backoff doubles with every retry, rate-limited or not, so a stream of "Retry-After: 0" cannot spin.
    const delayMs = Math.max(backoffMs * 2 ** (attempt - 1), askedMs ?? 0);
    if (waitedMs + delayMs > budgetMs) {
      const retryAt = new Date(clock.now() + (askedMs ?? delayMs)).toISOString();
      const left = `${seconds(budgetMs - waitedMs)} of the ${seconds(budgetMs)} retry budget (HF_RETRY_BUDGET_S) left`;
      const why =
        askedMs !== undefined
          ? `${failure.reason}: the upstream asks to retry after ${seconds(askedMs)} (at ${retryAt}), more than the ${left}`
          : `${failure.reason}: the next retry would wait ${seconds(delayMs)}, more than the ${left}`;
      throw new SourceError(
        `GET ${url} failed after ${attempt} attempt(s): ${why}. Run the ingest again after ${retryAt}.`,
        "network",
        url,
      );
    }
    opts.onProgress?.({ type: "retry", url, attempt, reason: failure.reason, delayMs });
    waitedMs += delayMs;
    await untilStopped(clock.sleep(delayMs), opts.signal);
  }
}

/** Fails the request when its signal was aborted: a stop is never retried. */
function throwIfStopped(url: string, signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const why = signal.reason instanceof Error ? signal.reason.message : String(signal.reason);
  throw new SourceError(`GET ${url} stopped: ${why}`, "network", url);
}

/** Resolves when `wait` does, or at once when `signal` is aborted (the caller then checks it). */
function untilStopped(wait: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return wait;
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      signal.removeEventListener("abort", done);
      resolve();
    };
    signal.addEventListener("abort", done, { once: true });
    void wait.then(done);
  });
}

/** The Hub's own domains: a redirect from the public Hub to its file CDN or storage bridge stays within them. */
const HUB_DOMAINS = ["huggingface.co", "hf.co"];
const MAX_REDIRECTS = 5;
const onHub = (hostname: string) => HUB_DOMAINS.some((d) => hostname === d || hostname.endsWith(`.${d}`));

/**
 * Whether ingest follows a redirect: to the same origin (the rule rel="next" links follow too), or from the public
 * Hub over https to another of its own hosts (it sends large files to its CDN). Never to another site or scheme.
 */
export function redirectAllowed(from: string, to: string): boolean {
  if (sameOrigin(from, to)) return true;
  const b = new URL(to);
  return b.protocol === "https:" && onHub(new URL(from).hostname) && onHub(b.hostname);
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
      throw new SourceError(
        `refusing a rel="next" link to another origin (${to.protocol}//${to.host}) from ${url}`,
        "data",
        url,
      );
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

/** What a range request returned: the range asked for (206), or the whole file when the server ignored Range (200). */
export interface RangeBody {
  /** True for a 206 with the range; false when `body` is the whole file. */
  partial: boolean;
  body: ArrayBuffer;
  /** Where `body` starts in the file. */
  start: number;
  /** The whole file's size, from Content-Range (or the body, when the whole file came). */
  size: number;
}

/**
 * Reads bytes [start, end) of a file over HTTP(S) with a Range request, or its last `suffix` bytes. A server that
 * ignores Range answers 200 with the whole file, which is returned as such (the caller then has it all).
 */
export async function getRange(
  url: string,
  opts: HubOptions,
  range: { start: number; end: number } | { suffix: number },
): Promise<RangeBody> {
  const header = "suffix" in range ? `bytes=-${range.suffix}` : `bytes=${range.start}-${range.end - 1}`;
  const { body, headers, status } = await request(url, opts, { range: header });
  if (status !== 206) {
    opts.onProgress?.({ type: "downloaded", url, bytes: body.byteLength });
    return { partial: false, body, start: 0, size: body.byteLength };
  }
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers?.get("content-range")?.trim() ?? "");
  if (!m)
    throw new SourceError(
      `GET ${url} (Range ${header}): a 206 without a usable Content-Range (${headers?.get("content-range")})`,
      "network",
      url,
    );
  const [first, last, size] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const wanted =
    "suffix" in range
      ? { start: Math.max(0, size - range.suffix), end: size }
      : { start: range.start, end: Math.min(range.end, size) };
  if (first !== wanted.start || last + 1 !== wanted.end || body.byteLength !== wanted.end - wanted.start) {
    throw new SourceError(
      `GET ${url} (Range ${header}): got bytes ${first}-${last} of ${size} (${body.byteLength} bytes), expected ${wanted.start}-${wanted.end - 1}`,
      "network",
      url,
    );
  }
  opts.onProgress?.({ type: "downloaded", url, bytes: body.byteLength, range: `${first}-${last}/${size}` });
  return { partial: true, body, start: first, size };
}
