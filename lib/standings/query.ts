// Every query parameter of the API and of the dashboard's URL, defined once: how its text parses (zod), its default and
// how it is written back. The API's zod schemas (./api-query.ts) and the nuqs parsers in lib/view/url/search-params.ts are both
// derived from these fields, so a parameter is added in one place. Names, values and defaults are public API and
// permalinks: add new ones, never rename or re-default old ones.
// The browser parses its URL with these, so they are zod/mini schemas (functional checks, no method chains): zod's
// full API made the home page's first-load script markedly larger (bench/results.md, "Measurements moved out of
// comments"), and every schema it built carried that API's methods. The API's schemas (./api-query.ts, server-only) wrap them with full zod, which takes any zod schema.
import * as z from "zod/mini";
import { isoDate } from "@/lib/core/dates";
import { isCountryKey, normalizeCountryKey } from "@/lib/core/countries";
import { DEFAULT_BOARD, type BoardSlug } from "@/lib/boards/info";
import { ATTRIBUTION_MODES, LICENSE_FILTERS } from "@/lib/frame/filters";
import { DEFAULT_METRIC, DEFAULT_N, METRICS } from "./metric-kinds";
import { categoryParam, OVERALL } from "@/lib/boards/categories";
import { quoteInput } from "@/lib/core/quote-input";
import { DEFAULT_RANK_RULE, RANK_RULES } from "@/lib/frame/rank";

/** The cut-offs the dashboard offers; the API and permalinks accept any n from 1 to MAX_N. */
export const TOP_N_CHOICES = [5, 10, 20, 30, 50] as const;
export const MAX_N = 100;
export const DEFAULT_COUNTRIES = ["US", "CN", "europe"];
export const MAX_COUNTRIES = 12;

export { isoDate };

const countryKey = z.pipe(z.string(), z.transform(normalizeCountryKey)).check(
  z.refine(isCountryKey, {
    error: (issue) =>
      `${quoteInput(issue.input)} is not an ISO 3166-1 alpha-2 code or a group (europe, other, unknown)`,
  }),
);

/**
 * Between the keys of a list: `~` (what every link writes), or `,` (what people type by hand; accepted the same, so
 * `US,CN` and `US~CN` are one view).
 */
export const LIST_SEPARATOR = /[~,]/;

/** `US~CN~europe` (or `US,CN,europe`) → ["US","CN","europe"]; ISO codes are upper-cased, groups lower-cased, duplicates dropped. */
export const countryList = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s: string) => s.split(LIST_SEPARATOR).filter((k) => k.trim() !== "")),
  ),
  z.pipe(
    z
      .array(countryKey)
      .check(
        z.minLength(1, "needs at least one country key"),
        z.maxLength(MAX_COUNTRIES, `takes at most ${MAX_COUNTRIES} keys`),
      ),
    z.transform((keys: string[]) => [...new Set(keys)]),
  ),
);

/** Stricter than a plain boolean cast, which would read every unknown word as false. */
const booleanParam = z.pipe(
  z.enum(["true", "false", "1", "0"]),
  z.transform((v: "true" | "false" | "1" | "0") => v === "true" || v === "1"),
);

/** One parameter: its text → value (zod), its default, and value → text (the inverse of `schema`). */
export interface QueryField<T> {
  schema: z.ZodMiniType<T>;
  /** The value when the parameter is absent. */
  default: T;
  serialize(value: T): string;
  eq?(a: T, b: T): boolean;
}

/** A parameter with no default: absent means "none" (an open date bound, the latest snapshot). */
export interface OptionalField<T> {
  schema: z.ZodMiniType<T>;
  default: null;
  serialize(value: T): string;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function enumField<const V extends readonly [string, ...string[]]>(
  values: V,
  fallback: V[number],
): QueryField<V[number]> {
  return { schema: z.enum(values), default: fallback, serialize: String };
}

function keyField(fallback: string): QueryField<string> {
  return { schema: countryKey, default: fallback, serialize: String };
}

const dateField: OptionalField<string> = { schema: isoDate, default: null, serialize: String };

/** The ranking table's columns; `score` sorts ascending, `-score` descending. */
export const SORT_COLUMNS = [
  "rank",
  "published",
  "model",
  "organization",
  "country",
  "score",
  "votes",
  "license",
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export const SORT_VALUES = SORT_COLUMNS.flatMap((c) => [c, `-${c}`] as const);
export type SortValue = (typeof SORT_VALUES)[number];

/** The ranking table's country filter: every country, or these keys (groups count their members). */
export type TableKeys = "all" | string[];

/** Rows per page of the ranking table (the dashboard's first HTML carries one page, not the whole snapshot). */
export const TABLE_PAGE_SIZE = 50;
export const MAX_TABLE_PAGE = 10_000;

/**
 * A board: any text here, because which boards exist is data (the `board` table), not a list this code holds. The
 * API checks the value against the stored boards (lib/api/respond.ts: a 400 worded like an enum's), and a page shows
 * the default board, with a notice, for one the database does not hold (lib/view/load/stored-view.ts).
 */
const boardField: QueryField<BoardSlug> = { schema: z.string(), default: DEFAULT_BOARD, serialize: String };

export const FIELDS = {
  board: boardField,
  metric: enumField(METRICS, DEFAULT_METRIC),
  n: {
    schema: z.coerce
      .number()
      .check(
        z.int("must be a whole number"),
        z.minimum(1, "must be at least 1"),
        z.maximum(MAX_N, `must be at most ${MAX_N}`),
      ),
    default: DEFAULT_N,
    serialize: String,
  } satisfies QueryField<number>,
  countries: {
    schema: countryList,
    default: DEFAULT_COUNTRIES,
    serialize: (keys) => keys.join("~"),
    eq: sameList,
  } satisfies QueryField<string[]>,
  a: keyField("US"),
  b: keyField("CN"),
  from: dateField,
  to: dateField,
  attribution: enumField(ATTRIBUTION_MODES, "developer"),
  license: enumField(LICENSE_FILTERS, "all"),
  /**
   * HF only; ignored elsewhere. The API's default is false; the dashboard's is true (VIEW_DEFAULT_OVERRIDES in
   * lib/view/url/search-params.ts). Both are public (API clients and permalinks), so neither may change.
   */
  official: { schema: booleanParam, default: false, serialize: String } satisfies QueryField<boolean>,
  /** Which rank best-rank, top-n-* and the table's `rank` use: `score` (one rule on every date) or the board's own. */
  rank: enumField(RANK_RULES, DEFAULT_RANK_RULE),
  format: enumField(["json", "csv"] as const, "json"),
  /** The arena's prompt category (open-ended upstream names); `overall` is every board's only category elsewhere. */
  category: { schema: categoryParam, default: OVERALL, serialize: String } satisfies QueryField<string>,
  /** The ranking table's order: a column, `-` first for descending. */
  sort: { schema: z.enum(SORT_VALUES), default: "rank", serialize: String } satisfies QueryField<SortValue>,
  /**
   * The ranking table's rows: `all`, or a `~` (or `,`) list of country keys (groups included). Invalid keys make the whole
   * value invalid. Absent: every row in the API; the chosen countries on the dashboard (lib/view/url/search-params.ts).
   */
  only: {
    schema: z.pipe(
      z.string(),
      z.transform((v: string, ctx): TableKeys => {
        if (v.trim().toLowerCase() === "all") return "all";
        const keys = [...new Set(v.split(LIST_SEPARATOR).filter(Boolean).map(normalizeCountryKey))];
        if (keys.length === 0 || !keys.every(isCountryKey)) {
          ctx.issues.push({ code: "custom", message: "is not all or a list of country keys", input: v });
          return z.NEVER;
        }
        return keys;
      }),
    ),
    default: null,
    serialize: (v: TableKeys) => (v === "all" ? "all" : v.join("~")),
  } satisfies OptionalField<TableKeys>,
  /**
   * The ranking table's page (TABLE_PAGE_SIZE rows each; past the last page, the last page). Absent: the whole table
   * in the API (as before pages existed); page 1 on the dashboard.
   */
  page: {
    schema: z.coerce
      .number()
      .check(
        z.int("must be a whole number"),
        z.minimum(1, "must be at least 1"),
        z.maximum(MAX_TABLE_PAGE, `must be at most ${MAX_TABLE_PAGE}`),
      ),
    default: null,
    serialize: String,
  } satisfies OptionalField<number>,
};
export type FieldName = keyof typeof FIELDS;

/**
 * The population filters every standings resource takes (standings, gap, snapshot table). A new filter (a category,
 * a price band) added here reaches all three routes, the OpenAPI document and the dashboard's URL at once.
 */
export const FILTER_FIELDS = {
  attribution: FIELDS.attribution,
  license: FIELDS.license,
  official: FIELDS.official,
  category: FIELDS.category,
};

// The API's request schemas (standingsQuerySchema, gapQuerySchema, snapshotTableQuerySchema) are built from these
// fields in ./api-query.ts, a server-only module: the browser parses only the dashboard's URL, so it never builds them.
// A type-only re-export (erased, so no load order): the one cycle left between query.ts and api-query.ts, which the
// renovation's step 9 (docs/renovation/plan.md) removes by declaring these types here.
// eslint-disable-next-line import-x/no-cycle
export type { GapQuery, SnapshotTableQuery, StandingsQuery } from "@/lib/standings/query-schemas";

/**
 * A parsed query → its query string, writing only what differs from the API's defaults, in the fields' order. The
 * inverse of parsing with the schema, so `parse(toQueryString(q))` equals `q`.
 */
export function toQueryString(query: Record<string, unknown>): string {
  const sp = new URLSearchParams();
  for (const name of Object.keys(FIELDS)) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    const f = FIELDS[name as FieldName] as unknown as QueryField<unknown>;
    const same = f.eq ? f.eq(value as never, f.default as never) : value === f.default;
    if (f.default !== null && same && name !== "board") continue;
    sp.set(name, f.serialize(value as never));
  }
  // `~` is safe in a query string; keep it readable as the API documents it.
  return sp.toString().replaceAll("%7E", "~");
}
