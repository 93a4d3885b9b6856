// The /scoreboard page's URL state: the API's scoreboard parameters (lib/standings/scoreboard-query.ts) read one at a
// time with the same zod schemas, so a bad value falls back to its default with a notice rather than an error page,
// plus `embed=1`. The page, its preview image and its embed all read the URL with this.
import { scoreboardQuerySchema, scoreboardQueryString, type ScoreboardQuery } from "@/lib/standings/scoreboard-query";
import { quoteInput } from "@/lib/core/quote-input";
import { ownParams, type ParamNotice, type RawSearchParams } from "@/lib/view/url/view-state";

export interface ScoreboardState {
  query: ScoreboardQuery;
  embed: boolean;
  notices: ParamNotice[];
}

const DEFAULTS: ScoreboardQuery = scoreboardQuerySchema.parse({});
const FIELDS = ["a", "b", "also", "categories"] as const;

function first(v: string | string[] | undefined): string | undefined {
  const x = Array.isArray(v) ? v[0] : v;
  return x === undefined || x.trim() === "" ? undefined : x;
}

/** The page's query → its state; each invalid parameter is replaced by its default and said in a notice. */
export function readScoreboardState(raw: RawSearchParams): ScoreboardState {
  const params = ownParams(raw);
  const shape = scoreboardQuerySchema.shape;
  const query: ScoreboardQuery = { ...DEFAULTS };
  const notices: ParamNotice[] = [];
  for (const name of FIELDS) {
    const value = first(params[name]);
    if (value === undefined) continue;
    const r = shape[name].safeParse(value);
    if (r.success) (query as Record<string, unknown>)[name] = r.data;
    else {
      const why = r.error.issues[0]?.message ?? "is not valid";
      const shown = quoteInput(value);
      const text = why.includes(shown) ? why : `${shown} ${why}`;
      const fallback = Array.isArray(DEFAULTS[name]) ? (DEFAULTS[name] as string[]).join("~") : String(DEFAULTS[name]);
      notices.push({ key: name, value, message: `${name}: ${text}; showing ${fallback} instead.` });
    }
  }
  if (query.a === query.b) {
    // A pair of one key compares nothing: keep a, and give b the default that differs from it.
    const b = query.a === DEFAULTS.b ? DEFAULTS.a : DEFAULTS.b;
    notices.push({ key: "b", value: query.b, message: `b: must differ from a; showing ${b} instead.` });
    query.b = b;
  }
  const embed = first(params.embed);
  return { query, embed: embed === "1" || embed === "true", notices };
}

/** The page's path for a state: `/scoreboard` plus the non-default parameters (the permalink). */
export function scoreboardPath(q: Partial<ScoreboardQuery>, extra: { embed?: boolean } = {}): string {
  const qs = scoreboardQueryString({ ...q, format: "json" });
  const all = [qs, extra.embed ? "embed=1" : ""].filter(Boolean).join("&");
  return `/scoreboard${all ? `?${all}` : ""}`;
}
