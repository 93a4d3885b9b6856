// The one read of the data version: its timeout, the per-process TTL, one query for concurrent callers, the
// per-request pin, and the version published to the server's fast path.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

vi.mock("server-only", () => ({}));
const db = vi.hoisted(() => ({ version: 1, queries: 0, hang: false }));
vi.mock("@/lib/core/db", () => ({
  prisma: () => ({
    $queryRaw: () => {
      db.queries++;
      if (db.hang) return new Promise(() => {});
      return Promise.resolve([{ version: db.version }]);
    },
  }),
}));

const { currentDataVersion, forgetDataVersion, readDataVersion, VERSION_TTL_MS } =
  await import("@/lib/core/data-version");
const { hotTable, requestStorage } = await import("@/lib/core/request-context.mjs");

beforeEach(() => {
  Object.assign(db, { version: 1, queries: 0, hang: false });
  forgetDataVersion();
  vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
});
afterEach(() => vi.useRealTimers());

describe("readDataVersion", () => {
  test("reads the stored version every call", async () => {
    expect(await readDataVersion()).toBe(1);
    db.version = 2;
    expect(await readDataVersion()).toBe(2);
    expect(db.queries).toBe(2);
  });

  test("a database that does not answer fails after the timeout instead of hanging", async () => {
    db.hang = true;
    const read = readDataVersion(300);
    const failed = expect(read).rejects.toThrow("database timeout after 300 ms");
    await vi.advanceTimersByTimeAsync(300);
    await failed;
  });
});

describe("currentDataVersion", () => {
  test("is read at most once per TTL, with one query for concurrent callers, and published to the fast path", async () => {
    expect(await Promise.all([currentDataVersion(), currentDataVersion(), currentDataVersion()])).toEqual([1, 1, 1]);
    expect(db.queries).toBe(1);
    expect(hotTable()).toMatchObject({ version: 1, readAt: Date.now(), ttlMs: VERSION_TTL_MS });
    db.version = 2;
    vi.advanceTimersByTime(VERSION_TTL_MS - 1);
    expect(await currentDataVersion()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await currentDataVersion()).toBe(2);
    expect(db.queries).toBe(2);
    expect(hotTable().version).toBe(2);
  });

  test("inside a request the first version read is kept for the rest of it, whatever the database says later", async () => {
    const seen = await requestStorage().run({}, async () => {
      const first = await currentDataVersion();
      db.version = 2;
      vi.advanceTimersByTime(VERSION_TTL_MS);
      return [first, await currentDataVersion()];
    });
    expect(seen).toEqual([1, 1]);
    // The next request, and a read outside any request, see the new version.
    expect(await requestStorage().run({}, () => currentDataVersion())).toBe(2);
    expect(await currentDataVersion()).toBe(2);
  });
});
