// The standings query: one zod schema shared by the API route handlers, the dashboard's URL state
// and the OG image route. Parameter names and defaults are public API (permalinks): never change them.
import { z } from "zod";
import { isCountryKey } from "@/lib/attribution/countries";
import { BOARD_SLUGS } from "@/lib/boards";
import { ATTRIBUTION_MODES, LICENSE_FILTERS } from "./frame";
import { DEFAULT_METRIC, DEFAULT_N, METRICS } from "./metric-kinds";

export const TOP_N_CHOICES = [5, 10, 20, 30, 50] as const;
export const DEFAULT_COUNTRIES = ["US", "CN", "europe"];
export const DEFAULT_BOARD = "lmarena-text";
export const MAX_COUNTRIES = 12;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "is not a real calendar date");

/** `US~CN~europe` → ["US","CN","europe"]; ISO codes are upper-cased, groups lower-cased. */
export const countryList = z
  .string()
  .transform((s) => s.split("~").map((k) => k.trim()).filter(Boolean).map((k) => (k.length === 2 ? k.toUpperCase() : k.toLowerCase())))
  .pipe(
    z
      .array(
        z.string().refine(isCountryKey, {
          error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 code or a group (europe, other, unknown)`,
        }),
      )
      .min(1, "needs at least one country key")
      .max(MAX_COUNTRIES, `takes at most ${MAX_COUNTRIES} keys`)
      .transform((keys) => [...new Set(keys)]),
  );

const booleanParam = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const filtersShape = {
  attribution: z.enum(ATTRIBUTION_MODES).default("developer"),
  license: z.enum(LICENSE_FILTERS).default("all"),
  /** HF only; ignored elsewhere. Default: false for the API; the dashboard turns it on for HF. */
  official: booleanParam.default(false),
  from: isoDate.optional(),
  to: isoDate.optional(),
};

export const formatParam = z.enum(["json", "csv"]).default("json");

export const standingsQuerySchema = z
  .object({
    board: z.enum(BOARD_SLUGS),
    metric: z.enum(METRICS).default(DEFAULT_METRIC),
    n: z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(100, "must be at most 100")
      .default(DEFAULT_N),
    countries: countryList.default(DEFAULT_COUNTRIES),
    format: formatParam,
    ...filtersShape,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] });
export type StandingsQuery = z.output<typeof standingsQuerySchema>;

export const gapQuerySchema = z
  .object({
    board: z.enum(BOARD_SLUGS),
    a: z.string().transform((k) => (k.length === 2 ? k.toUpperCase() : k.toLowerCase())).refine(isCountryKey, "is not a country key").default("US"),
    b: z.string().transform((k) => (k.length === 2 ? k.toUpperCase() : k.toLowerCase())).refine(isCountryKey, "is not a country key").default("CN"),
    format: formatParam,
    ...filtersShape,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] });
export type GapQuery = z.output<typeof gapQuerySchema>;

export const snapshotTableQuerySchema = z.object({
  format: formatParam,
  attribution: filtersShape.attribution,
  license: filtersShape.license,
  official: filtersShape.official,
});
export type SnapshotTableQuery = z.output<typeof snapshotTableQuerySchema>;

export { isoDate };
