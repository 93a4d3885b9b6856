// The reads' memo (on lru-cache): one computation per (data version, key), failures not kept, bounded in entries,
// and one key helper for every read.
import { describe, expect, test, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { memo, memoKey, resetReadCaches } = await import("@/lib/reads/memo");

describe("memoKey", () => {
  test("names the read and its parsed input; the output format does not count", () => {
    expect(memoKey("gap", { board: "lmarena-text", a: "US", format: "csv" })).toBe(
      'gap:{"board":"lmarena-text","a":"US"}',
    );
    expect(memoKey("gap", { board: "lmarena-text", a: "US", format: "json" })).toBe(
      memoKey("gap", { board: "lmarena-text", a: "US" }),
    );
    expect(memoKey("gap", { a: "US" })).not.toBe(memoKey("standings", { a: "US" }));
  });
});

describe("memo", () => {
  test("computes once per version and key; concurrent callers share the computation", async () => {
    resetReadCaches();
    const compute = vi.fn(async () => ({ n: compute.mock.calls.length }));
    const [a, b] = await Promise.all([memo(1, "k", compute), memo(1, "k", compute)]);
    expect(a).toBe(b);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(await memo(2, "k", compute)).not.toBe(a);
    expect(await memo(1, "other", compute)).not.toBe(a);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  test("a failure is not kept: the next call computes again", async () => {
    resetReadCaches();
    let fail = true;
    const compute = async () => {
      if (fail) throw new Error("database down");
      return "ok";
    };
    await expect(memo(1, "k", compute)).rejects.toThrow("database down");
    fail = false;
    expect(await memo(1, "k", compute)).toBe("ok");
  });

  test("holds at most 300 answers, dropping the least recently used", async () => {
    resetReadCaches();
    const compute = vi.fn(async () => "x");
    for (let i = 0; i < 300; i++) await memo(1, `k${i}`, compute);
    await memo(1, "k0", compute); // read: k0 is now the most recently used
    await memo(1, "k300", compute); // one over the bound: k1 goes
    compute.mockClear();
    await memo(1, "k0", compute);
    await memo(1, "k2", compute);
    expect(compute).not.toHaveBeenCalled();
    await memo(1, "k1", compute);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
