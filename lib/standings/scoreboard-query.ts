// The scoreboard's request (GET /api/v1/scoreboard and the /scoreboard page): the pair compared (`a`, `b`, the
// dashboard's gap pair, US and CN by default), the keys shown beside it (`also`, Europe by default), whether each
// board's categories get rows of their own (`categories`), and the format. Built from the query fields of
// ./query.ts, so a country key parses, and a bad one is refused, as everywhere else on the site.
import { z } from "zod";
import { FIELDS } from "@/lib/standings/query";

/** The keys shown beside the pair unless asked otherwise. */
export const DEFAULT_ALSO = ["europe"];

export const scoreboardQuerySchema = z
  .object({
    a: z._default(FIELDS.a.schema, FIELDS.a.default),
    b: z._default(FIELDS.b.schema, FIELDS.b.default),
    also: z._default(FIELDS.countries.schema, DEFAULT_ALSO),
    categories: z._default(FIELDS.official.schema, false),
    format: z._default(FIELDS.format.schema, FIELDS.format.default),
  })
  .refine((q) => q.a !== q.b, { message: "must differ from a (a key cannot be compared with itself)", path: ["b"] });
export type ScoreboardQuery = z.output<typeof scoreboardQuerySchema>;

/** The scoreboard's query string for a request, writing only what differs from the defaults, in the schema's order. */
export function scoreboardQueryString(q: Partial<ScoreboardQuery>): string {
  const sp = new URLSearchParams();
  if (q.a !== undefined && q.a !== FIELDS.a.default) sp.set("a", q.a);
  if (q.b !== undefined && q.b !== FIELDS.b.default) sp.set("b", q.b);
  if (q.also !== undefined && q.also.join("~") !== DEFAULT_ALSO.join("~")) sp.set("also", q.also.join("~"));
  if (q.categories) sp.set("categories", "true");
  if (q.format === "csv") sp.set("format", "csv");
  return sp.toString().replaceAll("%7E", "~");
}
