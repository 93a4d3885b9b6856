// The one date rule for every boundary: a real calendar date written YYYY-MM-DD. Upstream rows (lib/sources), query
// parameters and URL state (lib/standings/query.ts) and the method-change list all parse dates with it.
import { z } from "zod";

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((s) => {
    const time = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
  }, "is not a real calendar date");
