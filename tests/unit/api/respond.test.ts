import { beforeEach, describe, expect, test, vi } from "vitest";

vi.mock("server-only", () => ({}));
const version = vi.hoisted(() => ({ current: 1 as number | Error }));
vi.mock("@/lib/core/data-version", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/core/data-version")>()),
  currentDataVersion: async () => {
    if (version.current instanceof Error) throw version.current;
    return version.current;
  },
}));

const { endpoint, resetResponseCache, CACHE_CONTROL } = await import("@/lib/api/respond");
const { parseQuery } = await import("@/lib/api/params");
const { formatQuerySchema } = await import("@/lib/api/schemas");
const { isDatabaseUnavailable } = await import("@/lib/api/errors");

const load = vi.fn(async (q: { format: string }) => (q.format ? [{ date: "2025-01-01", entries: 2 }] : null));
const GET = endpoint({
  name: "test",
  input: ({ url }) => parseQuery(formatQuerySchema, url.searchParams),
  load,
  csv: (list) => ({ filename: "t.csv", body: list.map((r) => r.date).join("\r\n") }),
});
const get = (qs = "", headers: Record<string, string> = {}) => GET(new Request(`http://x/api/v1/t${qs}`, { headers }));

beforeEach(() => {
  version.current = 1;
  load.mockClear();
  resetResponseCache();
});

describe("endpoint", () => {
  test("a CSV answer links its metadata sidecar (Link rel=describedby); a JSON answer does not", async () => {
    const linked = endpoint({
      name: "linked",
      input: ({ url }) => parseQuery(formatQuerySchema, url.searchParams),
      load,
      csv: (list) => ({ filename: "t.csv", body: list.map((r) => r.date).join("\r\n") }),
      describedBy: () => "/api/v1/t/metadata.json?board=x",
    });
    const csv = await linked(new Request("http://x/api/v1/t?format=csv"));
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("link")).toBe(
      '</api/v1/t/metadata.json?board=x>; rel="describedby"; type="application/json"',
    );
    expect(csv.headers.get("access-control-expose-headers")).toContain("Link");
    expect((await linked(new Request("http://x/api/v1/t"))).headers.get("link")).toBeNull();
  });

  test("JSON with ETag, cache headers and CORS; the second hit is served from the body cache", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe(CACHE_CONTROL);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("etag")).toMatch(/^W\/"v1-/);
    expect(await res.json()).toEqual([{ date: "2025-01-01", entries: 2 }]);
    await get();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test("If-None-Match with the current tag is 304 without loading; a new data version changes the tag", async () => {
    const etag = (await get()).headers.get("etag")!;
    load.mockClear();
    resetResponseCache();
    const res = await get("", { "If-None-Match": etag });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
    expect(load).not.toHaveBeenCalled();
    version.current = 2;
    const fresh = await get("", { "If-None-Match": etag });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).not.toBe(etag);
  });

  test("each request runs in a store of its own, so its reads share the version its ETag names (no custom server here)", async () => {
    const { requestStore, requestStorage } = await import("@/lib/core/request-context.mjs");
    const stores: unknown[] = [];
    const seen = endpoint({
      name: "seen",
      input: ({ url }) => parseQuery(formatQuerySchema, url.searchParams),
      load: async () => (stores.push(requestStore()), []),
    });
    await seen(new Request("http://x/api/v1/seen"));
    await seen(new Request("http://x/api/v1/seen?format=csv"));
    expect(stores).toHaveLength(2);
    expect(stores[0]).toEqual({});
    expect(stores[1]).not.toBe(stores[0]);
    // Inside the custom server's store, the endpoint reads through that one.
    resetResponseCache();
    const outer = {};
    await requestStorage().run(outer, () => seen(new Request("http://x/api/v1/seen")));
    expect(stores[2]).toBe(outer);
  });

  test("CSV and JSON of one query have different tags; CSV is an attachment", async () => {
    const json = await get();
    const csv = await get("?format=csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="t.csv"');
    expect(csv.headers.get("etag")).not.toBe(json.headers.get("etag"));
  });

  test("bad input is a 400 in the error shape, and not cached downstream", async () => {
    const res = await get("?format=xml");
    expect(res.status).toBe(400);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({
      error: { code: "invalid_parameter", message: 'format: "xml" is not one of json, csv' },
    });
  });

  test("a database that is down is a 503 with Retry-After; another fault is a 500", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    version.current = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const down = await get();
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("30");
    expect((await down.json()).error.code).toBe("database_unavailable");
    version.current = new TypeError("x is undefined");
    expect((await get()).status).toBe(500);
    spy.mockRestore();
  });
});

describe("isDatabaseUnavailable", () => {
  test("looks through causes and aggregate errors", () => {
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "57P03" } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error(""), { errors: [{ code: "ECONNREFUSED" }] }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("database timeout after 5000 ms"))).toBe(true);
    expect(isDatabaseUnavailable(new Error('relation "entry" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
