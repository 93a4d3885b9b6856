// The dashboard's URL state: nuqs parsers derived from the query fields in lib/standings/query.ts (the same zod text
// rules and defaults as the API), plus the parameters only the dashboard has. Read by the page (server), the client
// hooks and the OG route. Parameter names, values and defaults are permalinks: add new ones, never rename or
// re-default old ones.
import { createLoader, createParser, type inferParserType } from "nuqs/server";
import * as z from "zod/mini";
import { FIELDS, FILTER_FIELDS, type OptionalField, type QueryField } from "@/lib/standings/query";
import { LENS_FIELDS } from "@/lib/standings/lenses/fields";

export const RANGE_PRESETS = ["1y", "2y", "all"] as const;
/** The gap chart's units (`gapunit`). */
export const GAP_UNITS = ["points", "percent"] as const;
export type GapUnit = (typeof GAP_UNITS)[number];
export type RangePreset = (typeof RANGE_PRESETS)[number];

export { SORT_COLUMNS, SORT_VALUES, type SortColumn, type SortValue, type TableKeys } from "@/lib/standings/query";

/** A nuqs parser from a field: the field's zod schema reads the text; a rejected value is null (nuqs: use the default). */
function parserOf<T>(f: Pick<QueryField<T>, "schema" | "serialize" | "eq">) {
  return createParser<T>({
    parse: (v) => {
      const r = f.schema.safeParse(v);
      return r.success ? r.data : null;
    },
    serialize: f.serialize,
    ...(f.eq ? { eq: f.eq } : {}),
  });
}

function withFieldDefault<T>(f: QueryField<T>, viewDefault?: T) {
  return parserOf(f).withDefault((viewDefault ?? f.default) as NonNullable<T>);
}

function optional<T>(f: OptionalField<T>) {
  return parserOf(f);
}

/** Parameters only the dashboard has; they follow the same field shape. */
const VIEW_FIELDS = {
  range: { schema: z.enum(RANGE_PRESETS), default: "all", serialize: String } satisfies QueryField<RangePreset>,
  /** Ranking table's snapshot date; absent = the latest. */
  date: FIELDS.from,
  /** Event markers on the time charts (retirement, method changes, notable releases): on unless `events=0`. */
  events: {
    schema: z.pipe(
      z.enum(["0", "1"]),
      z.transform((v: "0" | "1") => v === "1"),
    ),
    default: true,
    serialize: (on: boolean) => (on ? "1" : "0"),
  } satisfies QueryField<boolean>,
  /** The gap chart's unit: score points (the default, as before this parameter existed) or percent of b's best. */
  gapunit: { schema: z.enum(GAP_UNITS), default: "points", serialize: String } satisfies QueryField<GapUnit>,
  /** Embed mode: the chart without the site's chrome, for other sites' iframes (`embed=1`). */
  embed: {
    schema: z.pipe(
      z.enum(["1", "true", "0", "false"]),
      z.transform((v: "1" | "true" | "0" | "false") => v === "1" || v === "true"),
    ),
    default: false,
    serialize: (b: boolean) => (b ? "1" : "0"),
  } satisfies QueryField<boolean>,
};

/** The one place the dashboard's defaults differ from the API's. */
const VIEW_DEFAULT_OVERRIDES = {
  /** HF: official providers only, on by default in the dashboard (the API's default is off). */
  official: true,
};

export const viewParsers = {
  board: withFieldDefault(FIELDS.board),
  metric: withFieldDefault(FIELDS.metric),
  n: withFieldDefault(FIELDS.n),
  countries: withFieldDefault(FIELDS.countries),
  range: withFieldDefault(VIEW_FIELDS.range),
  /** Custom range; either bound overrides `range`. */
  from: optional(FIELDS.from),
  to: optional(FIELDS.to),
  license: withFieldDefault(FILTER_FIELDS.license),
  attribution: withFieldDefault(FILTER_FIELDS.attribution),
  official: withFieldDefault(FILTER_FIELDS.official, VIEW_DEFAULT_OVERRIDES.official),
  /** Arena prompt category (open-ended upstream names); the page checks it against the board's list. */
  category: withFieldDefault(FILTER_FIELDS.category),
  rank: withFieldDefault(FIELDS.rank),
  date: optional(VIEW_FIELDS.date),
  /** The gap pair; absent = the first two chosen countries (see `gapPair`). */
  a: optional({ ...FIELDS.a, default: null }),
  b: optional({ ...FIELDS.b, default: null }),
  sort: withFieldDefault(FIELDS.sort),
  /** The table's rows; absent = the chosen countries (the API's absent is every row). */
  only: optional(FIELDS.only),
  /** The table's page; page 1 is left out of the URL. */
  page: parserOf(FIELDS.page).withDefault(1),
  events: withFieldDefault(VIEW_FIELDS.events),
  gapunit: withFieldDefault(VIEW_FIELDS.gapunit),
  pair: withFieldDefault(LENS_FIELDS.pair),
  within: withFieldDefault(LENS_FIELDS.within),
  embed: withFieldDefault(VIEW_FIELDS.embed),
};

export type ViewParsers = typeof viewParsers;
export type ViewState = inferParserType<ViewParsers>;
export const VIEW_KEYS = Object.keys(viewParsers) as (keyof ViewParsers)[];

/** Server-side: the page's `searchParams` → view state, invalid values replaced by defaults. */
export const loadViewState = createLoader(viewParsers);
