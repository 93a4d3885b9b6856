// The lens parameters the standings' FIELDS do not have, defined once: how each parses (zod/mini, which the browser
// loads), its default and how it is written back. The lens routes' schemas (./query.ts), the dashboard's URL parsers
// (lib/view/url/search-params.ts) and the lens links (lib/view/url/lens-requests.ts) all read them. Names, values and
// defaults are public API and permalinks: never rename or re-default them.
import * as z from "zod/mini";
import { categoryParam } from "@/lib/boards/categories";
import type { QueryField } from "@/lib/standings/query";

export const MAX_WITHIN = 500;

const category = (fallback: string): QueryField<string> => ({
  schema: categoryParam,
  default: fallback,
  serialize: String,
});
const a = category("chinese");
const b = category("english");

export const LENS_FIELDS = {
  /** Language lens (API): the two prompt categories compared. */
  a,
  b,
  /** Language lens (dashboard URL): the same two categories as one parameter, `a~b`. */
  pair: {
    schema: z
      .pipe(
        z.pipe(
          z.string(),
          z.transform((v: string) => v.split("~")),
        ),
        z.tuple([categoryParam, categoryParam]),
      )
      .check(z.refine(([x, y]: [string, string]) => x !== y)),
    default: [a.default, b.default] as [string, string],
    serialize: (p: [string, string]) => p.join("~"),
    eq: (x: [string, string], y: [string, string]) => x[0] === y[0] && x[1] === y[1],
  } satisfies QueryField<[string, string]>,
  /** Price lens: points below the top within which the cheapest model counts. */
  within: {
    schema: z.coerce
      .number()
      .check(z.minimum(0, "must be at least 0"), z.maximum(MAX_WITHIN, `must be at most ${MAX_WITHIN}`)),
    default: 50 as number,
    serialize: String,
  } satisfies QueryField<number>,
};
