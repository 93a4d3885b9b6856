// Pure view-state helpers: defaults, invalid-parameter notices, cross-field rules and the view's permalink.
import { createSerializer } from "nuqs/server";
import { viewParsers, VIEW_KEYS, loadViewState, type ViewState } from "@/lib/view/url/search-params";
import { hrefOf, migrateQuery, URL_MIGRATIONS, type UrlMigration } from "@/lib/view/url/url-migrations";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The view with every parameter at its default: what `/` shows. */
export const VIEW_DEFAULTS: ViewState = loadViewState({});

/** View state → query string with only the non-default parameters (`?countries=US~FR`), "" for the default view. */
export const serializeView = createSerializer(viewParsers);

export interface ParamNotice {
  key: string;
  value: string;
  message: string;
}

function first(v: unknown): string | undefined {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === "string" ? x : undefined;
}

/**
 * The query's own parameters only, as strings, in an object without a prototype. A `__proto__` parameter can give the
 * object Next hands the page a prototype, and inherited names (`sort` → Array.prototype.sort) must never be read as
 * parameters.
 */
export function ownParams(raw: RawSearchParams): RawSearchParams {
  const out: RawSearchParams = Object.create(null);
  for (const key of Object.keys(raw)) {
    const v: unknown = raw[key];
    if (typeof v === "string") out[key] = v;
    else if (Array.isArray(v)) out[key] = v.filter((x): x is string => typeof x === "string");
  }
  return out;
}

function defaultText(key: keyof ViewState): string {
  switch (key) {
    case "from":
    case "to":
      return "the full date range";
    case "date":
      return "the snapshot at the end of the date range";
    case "a":
    case "b":
      return "the first two chosen countries";
    case "only":
      return "the chosen countries";
    default: {
      const parser = viewParsers[key] as { serialize: (v: unknown) => string };
      return `the default (${parser.serialize(VIEW_DEFAULTS[key])})`;
    }
  }
}

/**
 * Parameters present in the URL whose values the parsers reject. nuqs silently falls back to the default for these;
 * the page says so instead. Unknown parameter names (utm_source…) are left alone.
 */
export function findInvalidParams(input: RawSearchParams): ParamNotice[] {
  const raw = ownParams(input);
  const notices: ParamNotice[] = [];
  for (const key of VIEW_KEYS) {
    const value = first(raw[key]);
    if (value === undefined) continue;
    const parser = viewParsers[key] as { parse: (v: string) => unknown };
    if (parser.parse(value) === null) {
      // Echo a bounded prefix only: a 15 kB value must not come back in the page.
      const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
      notices.push({
        key,
        value: shown,
        message: `Ignored invalid parameter ${key}=${shown}; showing ${defaultText(key)}.`,
      });
    }
  }
  return notices;
}

/**
 * The two keys the gap compares: the URL's `a` and `b`, else the first two chosen countries. A key is never compared
 * with itself (the API answers 400): the second falls back to the next chosen key, or to US/CN.
 */
export function gapPair(view: Pick<ViewState, "a" | "b" | "countries">): [string, string] {
  const a = view.a ?? view.countries[0];
  const b = view.b ?? view.countries[1] ?? null;
  if (b !== null && b !== a) return [a, b];
  return [a, view.countries.find((k) => k !== a) ?? (a === "US" ? "CN" : "US")];
}

/** Rules across parameters: a custom range whose start is after its end is dropped. */
export function applyCrossFieldRules(view: ViewState): { view: ViewState; notices: ParamNotice[] } {
  if (view.from && view.to && view.from > view.to) {
    return {
      view: { ...view, from: null, to: null },
      notices: [
        {
          key: "from",
          value: view.from,
          message: `Ignored from=${view.from} and to=${view.to}: the start is after the end; showing ${defaultText("from")}.`,
        },
      ],
    };
  }
  return { view, notices: [] };
}

/**
 * Reads the search params of the view at `path`: the view to show, a notice for each parameter that was ignored, and,
 * when the URL still spells a parameter or value the way it was before a rename (lib/view/url/url-migrations.ts),
 * the URL that spells it today (`redirect`), so a page can send the reader there; it is read as that URL either way.
 */
export function readView(
  input: RawSearchParams,
  path = "/",
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): { view: ViewState; notices: ParamNotice[]; redirect: string | null } {
  const migrated = migrateQuery(path, ownParams(input), migrations);
  const raw = migrated.query;
  const parsed = loadViewState(raw);
  const { view, notices } = applyCrossFieldRules(parsed);
  return {
    view,
    notices: [...findInvalidParams(raw), ...notices],
    redirect: migrated.changed ? hrefOf(path, raw) : null,
  };
}

/** YYYY-MM-DD minus whole years, clamping 29 Feb to 28 Feb. */
export function minusYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const yy = y - years;
  const leap = (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(yy).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The date range the charts ask for. A custom `from`/`to` wins over the preset; a preset counts back from the board's
 * newest snapshot (not from today), so a retired board's "last year" still shows its last year of data.
 */
export function resolveRange(
  view: Pick<ViewState, "range" | "from" | "to">,
  latest: string | null,
): { from?: string; to?: string } {
  if (view.from || view.to) return { from: view.from ?? undefined, to: view.to ?? undefined };
  if (view.range === "all" || latest === null) return {};
  return { from: minusYears(latest, view.range === "1y" ? 1 : 2) };
}

/** Whether the range needs the board's newest snapshot date to be known. */
export function rangeNeedsLatest(view: Pick<ViewState, "range" | "from" | "to">): boolean {
  return !view.from && !view.to && view.range !== "all";
}

/** `path` with the query's own parameters kept, in order: a redirect to a page's one URL keeps `embed=1` and the view. */
export function withQuery(path: string, input: RawSearchParams): string {
  const raw = ownParams(input);
  const qs = new URLSearchParams();
  for (const key of Object.keys(raw)) {
    const v = raw[key];
    for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) qs.append(key, x);
  }
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}
