// The one date rule for every boundary: a real calendar date written YYYY-MM-DD. Upstream rows (lib/sources), query
// parameters and URL state (lib/standings/query.ts) and the method-change list all parse dates with it.
// zod/mini, as every schema the browser loads: the same parsing core as zod without its method-chaining API, which
// keeps the home page's first-load script smaller (lib/standings/query.ts).
import * as z from "zod/mini";

export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD"),
  z.refine((s: string) => {
    const time = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
  }, "is not a real calendar date"),
);

/** Whole days from `from` to `to` (both YYYY-MM-DD, read as UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
