// The dashboard's URL state: one set of nuqs parsers read by the page (server), the client hooks and the OG route.
// Parameter names, values and defaults are permalinks: add new ones, never rename or re-default old ones.
import { createLoader, createParser, parseAsNumberLiteral, parseAsStringLiteral, type inferParserType } from "nuqs/server";
import { BOARD_SLUGS, type BoardSlug } from "@/lib/boards";
import { ATTRIBUTION_MODES, LICENSE_FILTERS } from "@/lib/standings/frame";
import { METRICS } from "@/lib/standings/metric-kinds";
import { countryList, DEFAULT_BOARD, DEFAULT_COUNTRIES, isoDate, TOP_N_CHOICES } from "@/lib/standings/query";
import { isCountryKey } from "@/lib/attribution/countries";

export const RANGE_PRESETS = ["1y", "2y", "all"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const SORT_COLUMNS = ["rank", "model", "organization", "country", "score", "votes", "license"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
/** `score` sorts ascending, `-score` descending. */
export const SORT_VALUES = SORT_COLUMNS.flatMap((c) => [c, `-${c}`] as const);
export type SortValue = (typeof SORT_VALUES)[number];

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Normalises a key's case as the API does: ISO codes upper, groups lower. */
export function normalizeKey(key: string): string {
  const k = key.trim();
  return k.length === 2 ? k.toUpperCase() : k.toLowerCase();
}

/** `US~CN~europe`, validated by the API's own zod schema (same keys, case rules and limit). */
const parseAsCountryList = createParser<string[]>({
  parse: (v) => {
    const r = countryList.safeParse(v);
    return r.success ? r.data : null;
  },
  serialize: (keys) => keys.join("~"),
  eq: sameList,
});

/** A `~` list that may be empty (the table's country chips); invalid keys make the whole value invalid. */
const parseAsKeyFilter = createParser<string[]>({
  parse: (v) => {
    const keys = v.split("~").filter(Boolean).map(normalizeKey);
    return keys.every(isCountryKey) ? [...new Set(keys)] : null;
  },
  serialize: (keys) => keys.join("~"),
  eq: sameList,
});

const parseAsCountryKey = createParser<string>({
  parse: (v) => (isCountryKey(normalizeKey(v)) ? normalizeKey(v) : null),
  serialize: (k) => k,
});

const parseAsIsoDay = createParser<string>({
  parse: (v) => (isoDate.safeParse(v).success ? v : null),
  serialize: (d) => d,
});

/** Stricter than nuqs's parseAsBoolean, which reads every unknown word as false. */
const parseAsFlag = createParser<boolean>({
  parse: (v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : null),
  serialize: (b) => String(b),
});

export const viewParsers = {
  board: parseAsStringLiteral(BOARD_SLUGS).withDefault(DEFAULT_BOARD as BoardSlug),
  metric: parseAsStringLiteral(METRICS).withDefault("best-rank"),
  n: parseAsNumberLiteral(TOP_N_CHOICES).withDefault(10),
  countries: parseAsCountryList.withDefault(DEFAULT_COUNTRIES),
  range: parseAsStringLiteral(RANGE_PRESETS).withDefault("all"),
  /** Custom range; either bound overrides `range`. */
  from: parseAsIsoDay,
  to: parseAsIsoDay,
  license: parseAsStringLiteral(LICENSE_FILTERS).withDefault("all"),
  attribution: parseAsStringLiteral(ATTRIBUTION_MODES).withDefault("developer"),
  /** HF only: official providers. On by default in the dashboard (the API's default is off). */
  official: parseAsFlag.withDefault(true),
  /** Ranking table's snapshot date; absent = the latest. */
  date: parseAsIsoDay,
  a: parseAsCountryKey.withDefault("US"),
  b: parseAsCountryKey.withDefault("CN"),
  sort: parseAsStringLiteral(SORT_VALUES).withDefault("rank"),
  /** Ranking table's country chips; empty = every country. */
  only: parseAsKeyFilter.withDefault([]),
};

export type ViewParsers = typeof viewParsers;
export type ViewState = inferParserType<ViewParsers>;
export const VIEW_KEYS = Object.keys(viewParsers) as (keyof ViewParsers)[];

/** Server-side: the page's `searchParams` → view state, invalid values replaced by defaults. */
export const loadViewState = createLoader(viewParsers);
