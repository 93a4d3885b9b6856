// Query schemas of the API v1 resources that take no standings filters. The standings, gap and snapshot-table
// schemas live in lib/standings/query.ts, shared with the dashboard.
import { z } from "zod";
import { countryList, FIELDS } from "@/lib/standings/query";
import { formatParam } from "@/lib/standings/query-schemas";

export const formatQuerySchema = z.object({ format: formatParam });
/** `GET /api/v1/models/{board}/{key}`: which rank each point's `rank` is (score by default, as everywhere). */
export const modelQuerySchema = z.object({
  rank: z._default(FIELDS.rank.schema, FIELDS.rank.default),
  format: formatParam,
});
/** `GET /api/v1/boards/{board}/snapshots`: the snapshots that have a category (default overall). */
export const snapshotListQuerySchema = z.object({
  category: z._default(FIELDS.category.schema, FIELDS.category.default),
  format: formatParam,
});
export const SEARCH_MAX_LIMIT = 50;

/** `GET /api/v1/search`: a free-text query (blank gives no results) and how many results to return. */
export const searchQuerySchema = z.object({
  q: z.string().max(200, "must be at most 200 characters").default(""),
  limit: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(SEARCH_MAX_LIMIT, `must be at most ${SEARCH_MAX_LIMIT}`)
    .default(20),
  format: formatParam,
});
export type SearchQuery = z.output<typeof searchQuerySchema>;

/** `GET /api/v1/events`: milestones and markers, of one board or all, of some country keys or all. */
export const eventsQuerySchema = z.object({
  board: z.optional(FIELDS.board.schema),
  countries: z.optional(countryList),
  format: formatParam,
});
export type EventsQuery = z.output<typeof eventsQuerySchema>;
