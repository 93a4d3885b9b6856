// The Lru behind the memo and body caches: recency order, the entry bound, and the byte bound.
import { describe, expect, test, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { Lru } = await import("@/lib/frame/cache");

describe("Lru", () => {
  test("evicts the least recently used entry beyond max; a read marks recency", () => {
    const lru = new Lru<number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1);
    lru.set("c", 3);
    expect(lru.get("b")).toBeUndefined();
    expect([lru.get("a"), lru.get("c"), lru.size]).toEqual([1, 3, 2]);
  });

  test("with a byte bound, evicts old entries until the weights fit, and keeps the count", () => {
    const lru = new Lru<string>(100, { maxBytes: 10, sizeOf: (s) => s.length });
    lru.set("a", "xxxx");
    lru.set("b", "xxxx");
    expect(lru.totalBytes).toBe(8);
    lru.set("c", "xxxx");
    expect(lru.get("a")).toBeUndefined();
    expect(lru.totalBytes).toBe(8);
    lru.set("b", "x");
    expect(lru.totalBytes).toBe(5);
    lru.delete("c");
    expect([lru.size, lru.totalBytes]).toEqual([1, 1]);
    lru.clear();
    expect([lru.size, lru.totalBytes]).toEqual([0, 0]);
  });

  test("a value heavier than the whole bound is not kept and evicts nothing", () => {
    const lru = new Lru<string>(100, { maxBytes: 10, sizeOf: (s) => s.length });
    lru.set("a", "xxxx");
    lru.set("huge", "x".repeat(11));
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.get("a")).toBe("xxxx");
    expect(lru.totalBytes).toBe(4);
  });
});
