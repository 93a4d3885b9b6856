import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import path from "node:path";
import {
  DEFAULT_HF_ENDPOINT,
  getBytes,
  getJson,
  getJsonPages,
  hubUrl,
  parseNextLink,
  parseRetryAfter,
  redirectAllowed,
  type HubClock,
  type HubOptions,
  type HubProgress,
} from "@/lib/sources/hub";
import { SourceError } from "@/lib/sources/types";
import { createHubFixture, type HubFixture } from "@/tests/fixtures/hub-fixture";
import { startHubServer, type HubServer } from "@/tests/fixtures/hub-server";

const LIST = "api/list";
const BLOB = "files/blob.bin";
let fixture: HubFixture;
let server: HubServer;
let opts: HubOptions;
const events: HubProgress[] = [];

beforeAll(async () => {
  fixture = await createHubFixture({});
  await fixture.write(LIST, [1, 2, 3, 4, 5]);
  await fixture.write(BLOB, new Uint8Array(1000).fill(7).buffer);
  server = await startHubServer(fixture.root);
});
afterAll(async () => {
  await server.close();
  await fixture.cleanup();
});
beforeEach(() => {
  server.reset();
  events.length = 0;
  opts = { endpoint: server.url, retries: 3, backoffMs: 1, timeoutMs: 2000, onProgress: (e) => events.push(e) };
});

async function failure(p: Promise<unknown>): Promise<SourceError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

describe("hubUrl and parseNextLink", () => {
  test("joins bases with or without trailing slash and encodes segments", () => {
    expect(hubUrl(undefined, "api/x")).toBe(`${DEFAULT_HF_ENDPOINT}/api/x`);
    expect(hubUrl("http://h:1/mirror/", "/a b/c.parquet")).toBe("http://h:1/mirror/a%20b/c.parquet");
    expect(hubUrl("file:///data/hub", "api/tree/main/text")).toBe("file:///data/hub/api/tree/main/text");
    expect(() => hubUrl("ftp://h", "x")).toThrowError(/unsupported HF endpoint/);
  });
  test("parses rel=next among several links, absolute or relative", () => {
    const req = "https://hub/api/commits/main";
    expect(parseNextLink('<https://hub/api/c?cursor=2>; rel="next"', req)).toBe("https://hub/api/c?cursor=2");
    expect(parseNextLink('<?p=1>; rel="prev", </api/c?p=3>; rel=next', req)).toBe("https://hub/api/c?p=3");
    expect(parseNextLink('<https://hub/x>; rel="last"', req)).toBeNull();
    expect(parseNextLink(null, req)).toBeNull();
  });
});

describe("HTTP transport", () => {
  test("getJson returns data and the Link next URL; getJsonPages follows it", async () => {
    server.paginate.add(`/${LIST}`);
    const first = await getJson(hubUrl(server.url, LIST), opts);
    expect(first.data).toEqual([1, 2, 3]);
    expect(first.nextUrl).toBe(`${server.url}/${LIST}?cursor=page2`);
    server.requests.length = 0;
    expect(await getJsonPages(hubUrl(server.url, LIST), opts)).toEqual([1, 2, 3, 4, 5]);
    expect(server.requests).toEqual([`/${LIST}`, `/${LIST}?cursor=page2`]);
  });

  test("retries a 500 and then succeeds", async () => {
    server.faults.set(`/${BLOB}`, { status: 500, times: 1 });
    const bytes = await getBytes(hubUrl(server.url, BLOB), opts);
    expect(bytes.byteLength).toBe(1000);
    expect(server.requests).toHaveLength(2);
    expect(events.filter((e) => e.type === "retry")).toMatchObject([
      { attempt: 1, reason: expect.stringContaining("500") },
    ]);
  });

  test("retries 429 with exponential backoff", async () => {
    server.faults.set(`/${BLOB}`, { status: 429, times: 2 });
    await getBytes(hubUrl(server.url, BLOB), { ...opts, backoffMs: 5 });
    expect(events.filter((e) => e.type === "retry").map((e) => (e as { delayMs: number }).delayMs)).toEqual([5, 10]);
  });

  test("a persistent 500 fails after the configured attempts, naming URL and status", async () => {
    server.faults.set(`/${BLOB}`, { status: 503 });
    const url = hubUrl(server.url, BLOB);
    const err = await failure(getBytes(url, { ...opts, retries: 4 }));
    expect(err.kind).toBe("network");
    expect(err.url).toBe(url);
    expect(err.message).toContain(url);
    expect(err.message).toContain("HTTP 503");
    expect(server.requests).toHaveLength(4);
  });

  test("404 fails immediately without retrying", async () => {
    const url = hubUrl(server.url, "files/missing.bin");
    const err = await failure(getBytes(url, opts));
    expect(err.message).toMatch(new RegExp(`${url}.*HTTP 404`));
    expect(server.requests).toHaveLength(1);
  });

  test("a slow response times out", async () => {
    server.faults.set(`/${BLOB}`, { delayMs: 1000 });
    const err = await failure(getBytes(hubUrl(server.url, BLOB), { ...opts, retries: 2, timeoutMs: 50 }));
    expect(err.kind).toBe("network");
    expect(err.message).toContain("timeout after 50ms");
    expect(err.message).toContain(`/${BLOB}`);
  });

  test("a body cut short of Content-Length fails naming the URL, and recovers on retry", async () => {
    server.faults.set(`/${BLOB}`, { truncate: true });
    const url = hubUrl(server.url, BLOB);
    const err = await failure(getBytes(url, opts));
    expect(err.message).toContain(url);
    expect(err.message).toContain("truncated body: connection ended before Content-Length 1000 was received");
    expect(server.requests).toHaveLength(3);
    server.reset();
    server.faults.set(`/${BLOB}`, { truncate: true, times: 1 });
    expect((await getBytes(url, opts)).byteLength).toBe(1000);
  });

  test("HF_TOKEN goes as a bearer token to the endpoint's origin only", async () => {
    const seen: [string, string | null][] = [];
    const fakeFetch = (async (url: string, init?: RequestInit) => {
      seen.push([url, new Headers(init?.headers).get("authorization")]);
      return new Response("[]", { headers: { "content-length": "2" } });
    }) as unknown as typeof fetch;
    const hub = { ...opts, endpoint: "https://hub.test", token: "hf_secret_token", fetch: fakeFetch };
    await getJson("https://hub.test/api/x", hub);
    await getJson("https://elsewhere.test/api/x", hub);
    await getJson("https://hub.test/api/x", { ...hub, token: undefined });
    expect(seen).toEqual([
      ["https://hub.test/api/x", "Bearer hf_secret_token"],
      ["https://elsewhere.test/api/x", null],
      ["https://hub.test/api/x", null],
    ]);
  });

  test("redirects are followed within the origin (and from the public Hub to its own hosts), never to another site", async () => {
    const seen: [string, string | null][] = [];
    const routes: Record<string, Response | (() => Response)> = {};
    const fakeFetch = (async (url: string, init?: RequestInit) => {
      expect(init?.redirect).toBe("manual");
      seen.push([url, new Headers(init?.headers).get("authorization")]);
      const r = routes[url];
      return typeof r === "function" ? r() : (r ?? new Response("[7]", { headers: { "content-length": "3" } }));
    }) as unknown as typeof fetch;
    const moved = (to: string) => () => new Response(null, { status: 302, headers: { location: to } });
    const hub = { ...opts, endpoint: "https://hub.test", token: "hf_secret_token", fetch: fakeFetch, retries: 1 };

    routes["https://hub.test/a"] = moved("/b");
    expect((await getJson("https://hub.test/a", hub)).data).toEqual([7]);
    expect(seen).toEqual([
      ["https://hub.test/a", "Bearer hf_secret_token"],
      ["https://hub.test/b", "Bearer hf_secret_token"],
    ]);

    for (const to of [
      "https://evil.example/x",
      "http://hub.test/b",
      "file:///etc/passwd",
      "https://hub.test.evil.example/x",
    ]) {
      routes["https://hub.test/c"] = moved(to);
      const err = await failure(getJson("https://hub.test/c", hub));
      expect(err.message, to).toMatch(/refusing a redirect to another origin/);
    }

    // The public Hub hands large files to its CDN: followed, without the token.
    seen.length = 0;
    routes["https://huggingface.co/d"] = moved("https://cas-bridge.xethub.hf.co/blob?sig=1");
    await getJson("https://huggingface.co/d", { ...hub, endpoint: "https://huggingface.co" });
    expect(seen).toEqual([
      ["https://huggingface.co/d", "Bearer hf_secret_token"],
      ["https://cas-bridge.xethub.hf.co/blob?sig=1", null],
    ]);

    routes["https://hub.test/loop"] = moved("/loop");
    expect((await failure(getJson("https://hub.test/loop", hub))).message).toMatch(/more than 5 redirects/);

    expect(redirectAllowed("https://huggingface.co/x", "http://cdn-lfs.huggingface.co/y")).toBe(false);
    expect(redirectAllowed("https://mirror.example/x", "https://cdn-lfs.huggingface.co/y")).toBe(false);
  });

  test("a 429 is retried after its Retry-After", async () => {
    const times: number[] = [];
    const fakeFetch = (async () => {
      times.push(Date.now());
      return times.length === 1
        ? new Response("slow down", { status: 429, headers: { "retry-after": "1" } })
        : new Response("[1]", { headers: { "content-length": "3" } });
    }) as unknown as typeof fetch;
    const { data } = await getJson("https://hub.test/api/y", { ...opts, retries: 2, backoffMs: 1, fetch: fakeFetch });
    expect(data).toEqual([1]);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
  });

  test("an aborted signal stops a request in flight and one waiting to retry, without another attempt", async () => {
    let release!: () => void;
    server.faults.set(`/${LIST}`, { gate: new Promise<void>((r) => (release = r)) });
    try {
      const inFlight = new AbortController();
      const pending = failure(getJson(hubUrl(server.url, LIST), { ...opts, signal: inFlight.signal }));
      while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
      const t0 = performance.now();
      inFlight.abort(new Error("the server is gone"));
      const err = await pending;
      expect(performance.now() - t0).toBeLessThan(500);
      expect(err.message).toMatch(/stopped: the server is gone/);
      expect(events.filter((e) => e.type === "request")).toHaveLength(1);
    } finally {
      release();
    }

    // A Retry-After of ten minutes (within the default budget), cut short by the abort.
    let calls = 0;
    const fakeFetch = (async () => {
      calls += 1;
      return new Response("slow down", { status: 429, headers: { "retry-after": "600" } });
    }) as unknown as typeof fetch;
    const waiting = new AbortController();
    const pending = failure(getJson("https://hub.test/api/z", { ...opts, fetch: fakeFetch, signal: waiting.signal }));
    while (!events.some((e) => e.type === "retry")) await new Promise((r) => setTimeout(r, 10));
    waiting.abort(new Error("the server is gone"));
    expect((await pending).message).toMatch(/stopped: the server is gone/);
    expect(calls).toBe(1);
  });

  test("Content-Length larger than the delivered body is detected", async () => {
    const fakeFetch = (async () =>
      new Response(new Uint8Array(10), { headers: { "content-length": "99" } })) as unknown as typeof fetch;
    const err = await failure(getBytes("https://hub.test/f.parquet", { ...opts, fetch: fakeFetch, retries: 2 }));
    expect(err.message).toMatch(/https:\/\/hub\.test\/f\.parquet.*truncated body: Content-Length 99, received 10/);
  });

  test("a listed size that does not match is a data error", async () => {
    const err = await failure(getBytes(hubUrl(server.url, BLOB), opts, 2000));
    expect(err.kind).toBe("data");
    expect(err.message).toMatch(/size mismatch .*blob\.bin.*2000.*1000/);
  });

  test("invalid JSON is a data error naming the URL", async () => {
    const url = hubUrl(server.url, BLOB);
    const err = await failure(getJson(url, opts));
    expect(err.kind).toBe("data");
    expect(err.message).toContain(url);
  });
});

describe("Retry-After", () => {
  const NOW = Date.parse("2026-12-02T02:00:00Z");

  test("parses delay-seconds and the three HTTP-date forms, all GMT; a past date is 0; junk is null", () => {
    expect(parseRetryAfter("120", NOW)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", NOW)).toBe(0);
    expect(parseRetryAfter("Wed, 02 Dec 2026 02:05:00 GMT", NOW)).toBe(300_000);
    expect(parseRetryAfter("Wednesday, 02-Dec-26 02:01:30 GMT", NOW)).toBe(90_000);
    expect(parseRetryAfter("Wed Dec  2 02:00:10 2026", NOW)).toBe(10_000);
    expect(parseRetryAfter("Tue, 01 Dec 2026 23:00:00 GMT", NOW)).toBe(0);
    for (const junk of [null, "", "-5", "1.5", "soon", "2026-12-02T02:05:00Z", "Wed, 99 Foo 2026 GMT"]) {
      expect(parseRetryAfter(junk, NOW), String(junk)).toBeNull();
    }
  });

  /** A clock whose sleep only moves time on, recording each wait: no real sleeping. */
  function fakeClock(): HubClock & { slept: number[] } {
    let now = NOW;
    const slept: number[] = [];
    return { slept, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
  }

  /** Answers each request with the next of `statuses` (then 200), with the given Retry-After values. */
  function scripted(answers: { status: number; retryAfter?: string }[]) {
    const calls: number[] = [];
    const clockRef: { clock?: HubClock } = {};
    const fakeFetch = (async () => {
      calls.push(clockRef.clock!.now());
      const a = answers[calls.length - 1];
      if (!a) return new Response("[1]", { headers: { "content-length": "3" } });
      return new Response("wait", {
        status: a.status,
        headers: a.retryAfter !== undefined ? { "retry-after": a.retryAfter } : {},
      });
    }) as unknown as typeof fetch;
    return { calls, clockRef, fakeFetch };
  }

  test("waits out a long rate-limit window in full, beyond the old 60 s cap and the 3 attempts", async () => {
    const clock = fakeClock();
    const s = scripted([
      { status: 429, retryAfter: "300" },
      { status: 429, retryAfter: "Wed, 02 Dec 2026 02:07:00 GMT" },
      { status: 503, retryAfter: "60" },
      { status: 429, retryAfter: "30" },
    ]);
    s.clockRef.clock = clock;
    const { data } = await getJson("https://hub.test/api/z", {
      ...opts,
      retries: 3,
      backoffMs: 1,
      retryBudgetMs: 900_000,
      fetch: s.fakeFetch,
      clock,
    });
    expect(data).toEqual([1]);
    // 300 s; then until 02:07:00, asked at 02:05:00 → 120 s; 60 s; 30 s.
    expect(clock.slept).toEqual([300_000, 120_000, 60_000, 30_000]);
    expect(s.calls.map((t) => t - NOW)).toEqual([0, 300_000, 420_000, 480_000, 510_000]);
    expect(events.filter((e) => e.type === "retry").map((e) => (e as { delayMs: number }).delayMs)).toEqual(
      clock.slept,
    );
  });

  test("a wait beyond the budget fails at once, saying what failed, what was asked and when to retry", async () => {
    const clock = fakeClock();
    const s = scripted([
      { status: 429, retryAfter: "600" },
      { status: 429, retryAfter: "Wed, 02 Dec 2026 03:00:00 GMT" },
    ]);
    s.clockRef.clock = clock;
    const err = await failure(
      getJson("https://hub.test/api/w", { ...opts, retryBudgetMs: 900_000, fetch: s.fakeFetch, clock }),
    );
    // The first wait (600 s) fits; the second (until 03:00, 3,000 s from 02:10) does not, and is not slept.
    expect(clock.slept).toEqual([600_000]);
    expect(s.calls).toHaveLength(2);
    expect(err.kind).toBe("network");
    expect(err.message).toBe(
      "GET https://hub.test/api/w failed after 2 attempt(s): HTTP 429: the upstream asks to retry after " +
        "3000 s (at 2026-12-02T03:00:00.000Z), more than the 300 s of the 900 s retry budget (HF_RETRY_BUDGET_S) left. " +
        "Run the ingest again after 2026-12-02T03:00:00.000Z.",
    );
  });

  test("without Retry-After, failures still stop after the configured attempts, with backoff inside the budget", async () => {
    const clock = fakeClock();
    const s = scripted([{ status: 500 }, { status: 429 }, { status: 502 }]);
    s.clockRef.clock = clock;
    const err = await failure(
      getJson("https://hub.test/api/v", { ...opts, retries: 3, backoffMs: 100, fetch: s.fakeFetch, clock }),
    );
    expect(clock.slept).toEqual([100, 200]);
    expect(err.message).toMatch(/failed after 3 attempt\(s\): HTTP 502/);
    // A budget smaller than the next backoff ends it early, and says so.
    const clock2 = fakeClock();
    const t = scripted([{ status: 500 }, { status: 500 }]);
    t.clockRef.clock = clock2;
    const early = await failure(
      getJson("https://hub.test/api/u", {
        ...opts,
        retries: 5,
        backoffMs: 100,
        retryBudgetMs: 250,
        fetch: t.fakeFetch,
        clock: clock2,
      }),
    );
    expect(clock2.slept).toEqual([100]);
    expect(early.message).toMatch(
      /HTTP 500: the next retry would wait 0.2 s, more than the 0.15 s of the 0.25 s retry budget/,
    );
  });

  test("Retry-After: 0 over and over cannot spin: the backoff still doubles until the budget ends it", async () => {
    const clock = fakeClock();
    const s = scripted(Array.from({ length: 100 }, () => ({ status: 429, retryAfter: "0" })));
    s.clockRef.clock = clock;
    const err = await failure(
      getJson("https://hub.test/api/t", { ...opts, backoffMs: 1000, retryBudgetMs: 60_000, fetch: s.fakeFetch, clock }),
    );
    expect(clock.slept).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(s.calls).toHaveLength(6);
    expect(err.message).toMatch(/retry budget/);
  });
});

describe("file:// transport", () => {
  test("reads the same paths from disk", async () => {
    const fileOpts = { endpoint: fixture.fileEndpoint };
    expect(await getJson(hubUrl(fixture.fileEndpoint, LIST), fileOpts)).toEqual({
      data: [1, 2, 3, 4, 5],
      nextUrl: null,
    });
    expect((await getBytes(hubUrl(fixture.fileEndpoint, BLOB), fileOpts)).byteLength).toBe(1000);
  });
  test("a missing file names the path", async () => {
    const err = await failure(getBytes(hubUrl(fixture.fileEndpoint, "files/nope.parquet"), {}));
    expect(err.message).toContain(`file not found: ${path.join(fixture.root, "files/nope.parquet")}`);
  });
});

describe("pagination stays on the upstream's origin", () => {
  const page = (link: string) =>
    (async () =>
      new Response(JSON.stringify([1]), {
        status: 200,
        headers: { link, "content-type": "application/json" },
      })) as unknown as typeof fetch;
  for (const [what, target] of [
    ["a file:// URL", "file:///etc/hostname"],
    ["another host", "https://elsewhere.example/api/c?p=2"],
    ["another scheme on the same host", "http://hub.example/api/c?p=2"],
  ] as const) {
    test(`refuses a rel="next" link to ${what} and reads nothing from it`, async () => {
      const requested: string[] = [];
      const base = page(`<${target}>; rel="next"`);
      const fetchSpy = (async (input: string | URL | Request, init?: RequestInit) => {
        requested.push(String(input));
        return base(input, init);
      }) as typeof fetch;
      await expect(getJsonPages("https://hub.example/api/c", { fetch: fetchSpy, retries: 1 })).rejects.toThrow(
        /refusing a rel="next" link to another origin/,
      );
      expect(requested).toEqual(["https://hub.example/api/c"]);
    });
  }

  test("follows a same-origin relative next link", async () => {
    let calls = 0;
    const fetchTwo = (async () => {
      calls += 1;
      const headers: Record<string, string> = calls === 1 ? { link: '</api/c?p=2>; rel="next"' } : {};
      return new Response(JSON.stringify([calls]), { status: 200, headers });
    }) as unknown as typeof fetch;
    expect(await getJsonPages("https://hub.example/api/c", { fetch: fetchTwo, retries: 1 })).toEqual([1, 2]);
  });
});
