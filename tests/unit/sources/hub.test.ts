import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import path from "node:path";
import { DEFAULT_HF_ENDPOINT, getBytes, getJson, getJsonPages, hubUrl, parseNextLink, type HubOptions, type HubProgress } from "@/lib/sources/hub";
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
  const err = await p.then(() => null, (e: unknown) => e);
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
    expect(events.filter((e) => e.type === "retry")).toMatchObject([{ attempt: 1, reason: expect.stringContaining("500") }]);
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

describe("file:// transport", () => {
  test("reads the same paths from disk", async () => {
    const fileOpts = { endpoint: fixture.fileEndpoint };
    expect(await getJson(hubUrl(fixture.fileEndpoint, LIST), fileOpts)).toEqual({ data: [1, 2, 3, 4, 5], nextUrl: null });
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
      new Response(JSON.stringify([1]), { status: 200, headers: { link, "content-type": "application/json" } })) as unknown as typeof fetch;
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
