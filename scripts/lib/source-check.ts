// Requests the country sources of the attribution registry and says, per URL, whether it still answers.
// For `npm run attribution:sources -- --check` on a machine with network: every URL gets its own verdict (a
// failure never stops the others), each request has a deadline, and servers that refuse HEAD are asked with GET.

export type SourceCheck =
  | { url: string; ok: true; status: number; finalUrl: string; method: "HEAD" | "GET"; ms: number }
  | { url: string; ok: false; status: number | null; problem: string; ms: number };

export interface CheckOptions {
  /** Deadline of each request (HEAD and the GET fallback each get it), in milliseconds. */
  timeoutMs: number;
  /** Injected for tests; the global fetch otherwise. */
  fetchImpl?: typeof fetch;
  userAgent?: string;
}

/** Statuses that mean "this server does not answer HEAD like GET", so the check asks again with GET. */
const RETRY_WITH_GET = new Set([400, 403, 404, 405, 429, 500, 501, 503]);

const USER_AGENT = "leaderboard-atlas-source-check/1 (attribution registry link check; one request per link)";

/** Why a fetch threw, in a line a person can act on. */
export function describeFetchError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return `timed out after ${timeoutMs / 1000} s`;
  const cause = e?.cause;
  if (cause?.code) return `network error: ${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
  if (cause?.message) return `network error: ${cause.message}`;
  return `request failed: ${e?.message ?? String(err)}`;
}

async function request(
  url: string,
  method: "HEAD" | "GET",
  opts: CheckOptions,
): Promise<{ status: number; finalUrl: string } | { error: string }> {
  const fetchImpl = opts.fetchImpl ?? fetch;
  try {
    const res = await fetchImpl(url, {
      method,
      redirect: "follow",
      signal: AbortSignal.timeout(opts.timeoutMs),
      headers: { "user-agent": opts.userAgent ?? USER_AGENT, accept: "text/html,*/*;q=0.8" },
    });
    // Only the status matters: drop the body instead of downloading it.
    await res.body?.cancel().catch(() => {});
    return { status: res.status, finalUrl: res.url || url };
  } catch (err) {
    return { error: describeFetchError(err, opts.timeoutMs) };
  }
}

/** One URL: HEAD, then GET when HEAD fails or is refused. A 2xx answer (after redirects) is a pass. */
export async function checkSource(url: string, opts: CheckOptions): Promise<SourceCheck> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, ok: false, status: null, problem: "not a valid URL", ms: ms() };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return { url, ok: false, status: null, problem: `unsupported protocol ${parsed.protocol}`, ms: ms() };
  }
  let method: "HEAD" | "GET" = "HEAD";
  let answer = await request(url, "HEAD", opts);
  if ("error" in answer || RETRY_WITH_GET.has(answer.status)) {
    const timedOut = "error" in answer && answer.error.startsWith("timed out");
    if (!timedOut) {
      method = "GET";
      answer = await request(url, "GET", opts);
    }
  }
  if ("error" in answer) return { url, ok: false, status: null, problem: answer.error, ms: ms() };
  if (answer.status >= 200 && answer.status < 300) {
    return { url, ok: true, status: answer.status, finalUrl: answer.finalUrl, method, ms: ms() };
  }
  return { url, ok: false, status: answer.status, problem: `HTTP ${answer.status}`, ms: ms() };
}

/** Checks every URL, `concurrency` at a time, calling `onResult` as each finishes; results in input order. */
export async function checkSources(
  urls: readonly string[],
  opts: CheckOptions & { concurrency: number; onResult?: (result: SourceCheck, index: number) => void },
): Promise<SourceCheck[]> {
  const results: SourceCheck[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      results[i] = await checkSource(urls[i], opts);
      opts.onResult?.(results[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, urls.length)) }, worker));
  return results;
}
