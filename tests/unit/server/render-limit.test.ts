// The server's render limit: never more than `max` tasks at once, the rest in arrival order, slots freed on failure.
import { describe, expect, test } from "vitest";
import path from "node:path";
import { createLimiter, isRender, publicFiles, renderConcurrency } from "@/lib/server/render-limit.mjs";

const tick = () => new Promise((r) => setTimeout(r, 0));

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("createLimiter", () => {
  test("runs at most max tasks at once and starts the others in arrival order", async () => {
    const limit = createLimiter(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((g, i) => limit(async () => (started.push(i), await g.promise, i)));
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limit.stats()).toEqual({ active: 2, waiting: 2, max: 2 });
    gates[1].resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0].resolve();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    gates[2].resolve();
    gates[3].resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(limit.stats()).toEqual({ active: 0, waiting: 0, max: 2 });
  });

  test("a failing task frees its slot and its caller sees the error", async () => {
    const limit = createLimiter(1);
    const failed = limit(() => Promise.reject(new Error("boom")));
    const next = limit(() => "ok");
    await expect(failed).rejects.toThrow("boom");
    expect(await next).toBe("ok");
    expect(limit.stats().active).toBe(0);
  });

  test("refuses a limit below one", () => {
    expect(() => createLimiter(0)).toThrow();
    expect(() => createLimiter(1.5)).toThrow();
  });
});

describe("renderConcurrency", () => {
  test("defaults to 4 and reads RENDER_CONCURRENCY", () => {
    expect(renderConcurrency({})).toBe(4);
    expect(renderConcurrency({ RENDER_CONCURRENCY: " 8 " })).toBe(8);
  });

  test("names the variable when it is not a whole number ≥ 1", () => {
    for (const bad of ["0", "-2", "two", "1.5"])
      expect(() => renderConcurrency({ RENDER_CONCURRENCY: bad })).toThrow(/RENDER_CONCURRENCY/);
  });
});

describe("isRender", () => {
  const files = publicFiles(path.resolve(import.meta.dirname, "../../.."));

  test("lists the files of public/ by URL path", () => {
    expect(files.has("/bench-static.json")).toBe(true);
  });

  test("pages (dots in model keys included), images and the API are renders", () => {
    for (const url of [
      "/",
      "/?board=hf-open-llm-v2",
      "/models/hf-open-llm-v2/Qwen/Qwen2.5-72B-Instruct_bfloat16",
      "/og?board=lmarena-text",
      "/api/v1/standings?board=x",
    ]) {
      expect(isRender(url, files)).toBe(true);
    }
  });

  test("build output, public files, health and metrics are not", () => {
    for (const url of ["/_next/static/chunks/a.js", "/bench-static.json?x=1", "/api/health", "/api/metrics"]) {
      expect(isRender(url, files)).toBe(false);
    }
  });
});
