// Query parameters of the lens routes. Built from the same fields as the standings queries (countries, filters, range,
// format), so a lens link reads like a standings link. Names and defaults are public API: never change them.
import { z } from "zod";
import { LENS_BOARDS } from "@/lib/boards/info";
import { LENS_FIELDS } from "./fields";
import { countryList, DEFAULT_COUNTRIES, FIELDS, isoDate } from "../query";
import { filtersShape, formatParam } from "@/lib/standings/query-schemas";

// The lenses take the standings' filters and rank rule; the language and efficiency lenses name their categories
// themselves (or have none), so they leave `category` out.
const { category: _category, ...filtersNoCategory } = filtersShape;
const rank = z._default(FIELDS.rank.schema, FIELDS.rank.default);

const rangeRule = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const rangeIssue = { message: "from must not be after to", path: ["from"] };

/**
 * The language lens: two arena categories compared, on any stored board that has both (the endpoint checks the board
 * and the categories against the data); the text arena when none is named.
 */
export const languageQuerySchema = z
  .object({
    board: z.string().default(LENS_BOARDS.language),
    a: z._default(LENS_FIELDS.a.schema, LENS_FIELDS.a.default),
    b: z._default(LENS_FIELDS.b.schema, LENS_FIELDS.b.default),
    countries: z._default(countryList, DEFAULT_COUNTRIES),
    rank,
    format: formatParam,
    ...filtersNoCategory,
  })
  .refine(rangeRule, rangeIssue)
  .refine((q) => q.a !== q.b, {
    message: "must differ from a (a category cannot be compared with itself)",
    path: ["b"],
  });
export type LanguageQuery = z.output<typeof languageQuerySchema>;

/** The price lens: one date's scatter and frontiers, and the cheapest-within-X series over the range. */
export const priceQuerySchema = z
  .object({
    board: z.enum([LENS_BOARDS.price]).default(LENS_BOARDS.price),
    /** The scatter's date; absent = the newest snapshot. */
    date: z.optional(isoDate),
    within: z._default(LENS_FIELDS.within.schema, LENS_FIELDS.within.default),
    countries: z._default(countryList, DEFAULT_COUNTRIES),
    rank,
    format: formatParam,
    ...filtersShape,
  })
  .refine(rangeRule, rangeIssue);
export type PriceQuery = z.output<typeof priceQuerySchema>;

/** The efficiency lens (HF board). */
export const efficiencyQuerySchema = z
  .object({
    board: z.enum([LENS_BOARDS.efficiency]).default(LENS_BOARDS.efficiency),
    countries: z._default(countryList, DEFAULT_COUNTRIES),
    rank,
    format: formatParam,
    ...filtersNoCategory,
  })
  .refine(rangeRule, rangeIssue);
export type EfficiencyQuery = z.output<typeof efficiencyQuerySchema>;
