// validateColumns (fast field checks, zod only for rows they are unsure of) must give exactly what validateRows (zod
// on every row) gives: the same rows out, or the same error with the same count of rejected rows. Random columns mix
// valid values with every kind of wrong one.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { arenaRowFast, arenaRowSchema } from "@/lib/sources/lmarena";
import { hfRowFast, hfRowSchema } from "@/lib/sources/hf-open-llm";
import {
  fast,
  UNSURE,
  validateColumns,
  validateRows,
  type ColumnBatch,
  type FastRow,
  type RawRow,
} from "@/lib/sources/parquet";
import { toObjects } from "@/lib/sources/parquet-worker";
import { SourceError } from "@/lib/sources/types";

/** Any value a decoded column can hold, weighted toward the edges the checks must get right. */
const anyValue = fc.oneof(
  fc.constantFrom(null, undefined, "", "x", "2025-01-31", "2025-02-30", "2025-1-1", "1234.5", true, false),
  fc.constantFrom(0, -0, 1, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER),
  fc.constantFrom(0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n)),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constant({}),
);

function outcome(run: () => unknown[]): { rows: unknown[] } | { error: string; rejected: number } {
  try {
    return { rows: run() };
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    return { error: err.message, rejected: err.rejectedRows };
  }
}

/** Columns shaped like the schema's: each field's column either absent, all valid-looking, or mixed with anything. */
function batchArb(fields: string[], good: Record<string, fc.Arbitrary<unknown>>) {
  return fc.integer({ min: 0, max: 12 }).chain((rows) =>
    fc
      .tuple(
        ...fields.map((f) =>
          fc.oneof(
            { weight: 1, arbitrary: fc.constant(null) },
            { weight: 4, arbitrary: fc.array(good[f], { minLength: rows, maxLength: rows }) },
            { weight: 2, arbitrary: fc.array(fc.oneof(good[f], anyValue), { minLength: rows, maxLength: rows }) },
          ),
        ),
      )
      .map((cols): ColumnBatch => {
        const names = fields.filter((_, i) => cols[i] !== null);
        return { names, columns: cols.filter((c): c is unknown[] => c !== null), rows };
      }),
  );
}

function agree<S extends z.ZodObject>(
  schema: S,
  checks: () => FastRow<S>,
  good: Record<string, fc.Arbitrary<unknown>>,
) {
  const fields = Object.keys(schema.shape);
  fc.assert(
    fc.property(batchArb(fields, good), fc.nat(1000), (batch, offset) => {
      const raw: RawRow[] = toObjects(batch.names, batch.columns, batch.rows);
      const expected = outcome(() => validateRows(raw, schema, "f.parquet", undefined, offset));
      const actual = outcome(() => validateColumns(batch, schema, checks(), "f.parquet", undefined, offset));
      expect(actual).toEqual(expected);
    }),
    { numRuns: 1500 },
  );
}

const num = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
);
const int = fc.oneof(fc.integer(), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }));
const optOf = (a: fc.Arbitrary<unknown>) => fc.oneof(a, fc.constant(null));

describe("validateColumns agrees with zod on every row", () => {
  test("arena rows", () => {
    agree(arenaRowSchema, arenaRowFast, {
      model_name: fc.string(),
      organization: optOf(fc.string()),
      license: optOf(fc.string()),
      rating: num,
      rating_lower: optOf(num),
      rating_upper: optOf(num),
      variance: optOf(num),
      vote_count: optOf(int),
      rank: int,
      category: fc.string(),
      leaderboard_publish_date: fc
        .date({ min: new Date(-1e14), max: new Date(1e14), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    });
  });

  test("HF rows", () => {
    const good: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [field, schema] of Object.entries(hfRowSchema.shape)) {
      const probe = (v: unknown) => schema.safeParse(v).success;
      good[field] = probe(true)
        ? optOf(fc.boolean())
        : probe(1.5)
          ? optOf(num)
          : probe(1)
            ? optOf(int)
            : optOf(fc.string());
    }
    agree(hfRowSchema, () => hfRowFast, good);
  });
});

describe("fast checks", () => {
  test("leave to zod what they cannot vouch for", () => {
    expect(fast.num(NaN)).toBe(UNSURE);
    expect(fast.num(Infinity)).toBe(UNSURE);
    expect(fast.num("1")).toBe(UNSURE);
    expect(fast.num(3n)).toBe(3);
    expect(fast.int(1)(0)).toBe(UNSURE);
    expect(fast.int(0)(0n)).toBe(0);
    expect(fast.int()(2 ** 53)).toBe(UNSURE);
    expect(fast.string(1)("")).toBe(UNSURE);
    expect(fast.opt(fast.bool)(null)).toBe(null);
    const date = fast.date();
    expect(date("2024-02-29")).toBe("2024-02-29");
    expect(date("2023-02-29")).toBe(UNSURE);
    expect(date("2023-02-29")).toBe(UNSURE);
  });

  test("a bad row among good ones is named as zod names it", () => {
    const batch: ColumnBatch = {
      names: ["model_name", "rating", "rank", "category", "leaderboard_publish_date"],
      columns: [
        ["a", "b", "c"],
        [1, "1234.5", 3],
        [1, 2, 0],
        ["overall", "overall", "overall"],
        ["2025-01-01", "2025-01-01", "2025-01-01"],
      ],
      rows: 3,
    };
    expect(() => validateColumns(batch, arenaRowSchema, arenaRowFast(), "f.parquet", undefined, 10)).toThrow(
      `f.parquet: row 11: field "rating" Invalid input: expected number, received string (value: "1234.5") (and 1 more invalid row)`,
    );
  });
});
