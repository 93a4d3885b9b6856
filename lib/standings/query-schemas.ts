// The API's request schemas, built from the one registry of query fields (./query.ts). Kept apart from it so that the
// browser, which imports the fields to parse the dashboard's URL, never builds (or downloads) these object schemas.
import { z } from "zod";
import type * as core from "zod/v4/core";
import { FIELDS, FILTER_FIELDS, type OptionalField, type QueryField } from "@/lib/standings/query";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field type; each is read back by inference below
type Fields = Record<string, QueryField<any> | OptionalField<any>>;
type ApiShape<F> = {
  [K in keyof F]: F[K] extends { schema: infer S extends core.SomeType; default: infer D }
    ? D extends null
      ? z.ZodOptional<S>
      : z.ZodDefault<S>
    : never;
};

/** Fields → a zod object shape: defaults applied, optional fields optional (the fields are zod/mini schemas). */
function apiShape<F extends Fields>(fields: F): ApiShape<F> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, f] of Object.entries(fields) as [string, QueryField<unknown> | OptionalField<unknown>][]) {
    shape[name] = f.default === null ? z.optional(f.schema) : z._default(f.schema, f.default as NonNullable<unknown>);
  }
  return shape as ApiShape<F>;
}

export const formatParam = apiShape({ format: FIELDS.format }).format;
export const filtersShape = apiShape({ ...FILTER_FIELDS, from: FIELDS.from, to: FIELDS.to });

/**
 * The API's required `board`: any text, checked against the stored boards by endpoint() (lib/api/respond.ts), which
 * also answers an absent one (read as "") with the list: "board: is required; one of …". The OpenAPI document marks
 * it required and lists the known boards (lib/api/openapi.ts).
 */
export const REQUIRED_BOARD = "";
const boardParam = z._default(FIELDS.board.schema, REQUIRED_BOARD);

const rangeRule = <T extends { from?: string; to?: string }>(q: T) => !q.from || !q.to || q.from <= q.to;
const rangeIssue = { message: "from must not be after to", path: ["from"] };

export const standingsQuerySchema = z
  .object({
    board: boardParam,
    ...apiShape({
      metric: FIELDS.metric,
      n: FIELDS.n,
      countries: FIELDS.countries,
      rank: FIELDS.rank,
      format: FIELDS.format,
    }),
    ...filtersShape,
  })
  .refine(rangeRule, rangeIssue);
export type StandingsQuery = z.output<typeof standingsQuerySchema>;

export const gapQuerySchema = z
  .object({
    board: boardParam,
    ...apiShape({ a: FIELDS.a, b: FIELDS.b, format: FIELDS.format }),
    ...filtersShape,
  })
  .refine(rangeRule, rangeIssue)
  .refine((q) => q.a !== q.b, { message: "must differ from a (a key cannot be compared with itself)", path: ["b"] });
export type GapQuery = z.output<typeof gapQuerySchema>;

export const snapshotTableQuerySchema = z.object({
  ...apiShape({
    ...FILTER_FIELDS,
    rank: FIELDS.rank,
    sort: FIELDS.sort,
    only: FIELDS.only,
    page: FIELDS.page,
    format: FIELDS.format,
  }),
});
export type SnapshotTableQuery = z.output<typeof snapshotTableQuerySchema>;
