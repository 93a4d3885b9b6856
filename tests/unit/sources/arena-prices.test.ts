import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { arenaPriceSource, parsePriceTable, PRICES_PATH, priceTableHash } from "@/lib/sources/arena-prices";
import type { PlanContext } from "@/lib/sources/source";
import { SourceError } from "@/lib/sources/types";

const row = (key: string, input: unknown, output: unknown, extra: Record<string, unknown> = {}) => ({
  name: key.toUpperCase(),
  model_api_name: key,
  input_token_price: input,
  output_token_price: output,
  organization: "Org",
  license: "Proprietary",
  price_source: "n/a",
  model_source: "",
  ...extra,
});

describe("parsePriceTable", () => {
  test("prices as strings or numbers; blank means listed without a price; rows sorted by key", () => {
    const rows = parsePriceTable(
      [row("b", "2.5", "10"), row("a", 0.5, 3, { hidden: true }), row("c", "", "")],
      "f.json",
    );
    expect(rows.map((r) => [r.modelKey, r.inputPrice, r.outputPrice, r.hidden])).toEqual([
      ["a", 0.5, 3, true],
      ["b", 2.5, 10, null],
      ["c", null, null, null],
    ]);
    expect(rows[0].modelSource).toBeNull();
  });

  test("a bad price names the file, row, field and value, and every bad row is counted", () => {
    let error: unknown;
    try {
      parsePriceTable([row("a", "1", "2"), row("b", "cheap", "2"), row("c", -1, "2")], "f.json");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toBe(
      'f.json: row 1: field "input_token_price" is not a price (a non-negative number) (value: "cheap") (and 1 more invalid row)',
    );
    expect((error as SourceError).rejectedRows).toBe(2);
  });

  test("a key listed twice is an error; a non-array is an error", () => {
    expect(() => parsePriceTable([row("a", "1", "2"), row("a", "1", "3")], "f.json")).toThrow(
      /row 1: model_api_name "a" is listed twice/,
    );
    expect(() => parsePriceTable({ a: 1 }, "f.json")).toThrow(/expected a JSON array/);
  });

  test("the hash follows the content, not the order", () => {
    const a = parsePriceTable([row("a", "1", "2"), row("b", "1", "2")], "f");
    const b = parsePriceTable([row("b", "1", "2"), row("a", "1", "2")], "f");
    expect(priceTableHash(a)).toBe(priceTableHash(b));
    expect(priceTableHash(a)).not.toBe(
      priceTableHash(parsePriceTable([row("a", "1", "2.5"), row("b", "1", "2")], "f")),
    );
  });
});

describe("arenaPriceSource", () => {
  const ctx = (endpoint: string, stored: PlanContext["stored"] = []): PlanContext => ({
    endpoints: { hub: {}, catalog: { endpoint } },
    stored,
    lastRunFailed: false,
    today: "2026-12-01",
    note: () => {},
  });

  test("plans today's table unless today's is stored, and reads it from a file:// base", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "catalog-"));
    try {
      await mkdir(path.dirname(path.join(root, PRICES_PATH)), { recursive: true });
      await writeFile(path.join(root, PRICES_PATH), JSON.stringify([row("x", "1", "4")]));
      const c = ctx(pathToFileURL(root).toString());
      const items = await arenaPriceSource.plan(c);
      expect(items).toEqual([{ date: "2026-12-01" }]);
      const payload = await arenaPriceSource.load(items[0], c);
      expect(payload).toMatchObject({
        kind: "prices",
        table: {
          date: "2026-12-01",
          source: "lmarena-prices",
          rows: [{ modelKey: "x", inputPrice: 1, outputPrice: 4 }],
        },
      });
      const stored = [{ date: "2026-12-01", contentHash: "h", sourceRef: PRICES_PATH, categories: [] }];
      expect(await arenaPriceSource.plan(ctx(c.endpoints.catalog!.endpoint!, stored))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  const MIRROR = path.resolve(process.cwd(), "../shared/data/mirror/raw.githubusercontent.com");
  test.skipIf(!existsSync(MIRROR))("the real catalog: 141 models, 3 without a price", async () => {
    const payload = await arenaPriceSource.load({ date: "2026-12-01" }, ctx(pathToFileURL(MIRROR).toString()));
    if (payload.kind !== "prices") throw new Error("expected prices");
    expect(payload.table.rows).toHaveLength(141);
    expect(payload.table.rows.filter((r) => r.inputPrice === null)).toHaveLength(3);
  });
});
