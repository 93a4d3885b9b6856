// View state → the lens routes' queries, and their URLs (CSV links). Pure, like viewToQuery for the dashboard.
import { boardInfo, LENS_BOARDS, type BoardSlug } from "@/lib/boards/info";
import { LENS_FIELDS } from "@/lib/standings/lenses/fields";
import type { EfficiencyQuery, LanguageQuery, PriceQuery } from "@/lib/standings/lenses/query";
import { FIELDS, type QueryField } from "@/lib/standings/query";
import type { ViewState } from "@/lib/view/url/search-params";
import { resolveRange } from "@/lib/view/url/view-state";

/** The view's `official` where the lens's board has the flag; elsewhere there is nothing to filter on. */
const officialOn = (board: BoardSlug, view: ViewState) => boardInfo(board).hasOfficial && view.official;

export function viewToLensQueries(
  view: ViewState,
  latest: string | null,
): { language: LanguageQuery; price: PriceQuery; efficiency: EfficiencyQuery } {
  const { from, to } = resolveRange(view, latest);
  const common = {
    countries: view.countries,
    attribution: view.attribution,
    license: view.license,
    rank: view.rank,
    format: "json" as const,
    from,
    to,
  };
  return {
    // The language lens reads the view's board (its loader makes it one that has both categories); the others have
    // their own.
    language: {
      board: view.board,
      a: view.pair[0],
      b: view.pair[1],
      official: officialOn(view.board, view),
      ...common,
    },
    price: {
      board: LENS_BOARDS.price,
      category: view.category,
      date: view.date ?? undefined,
      within: view.within,
      official: officialOn(LENS_BOARDS.price, view),
      ...common,
    },
    efficiency: { board: LENS_BOARDS.efficiency, official: officialOn(LENS_BOARDS.efficiency, view), ...common },
  };
}

/** Each lens parameter's default as written in a URL, from the fields that define them. */
const DEFAULTS: Record<string, string> = Object.fromEntries(
  [
    ...(["countries", "attribution", "license", "rank", "official", "category", "format"] as const).map(
      (n) => [n, FIELDS[n]] as const,
    ),
    ...(["a", "b", "within"] as const).map((n) => [n, LENS_FIELDS[n]] as const),
  ].map(([name, f]) => [name, (f as QueryField<unknown>).serialize(f.default)]),
);

/** A lens route URL with only the non-default parameters; the board when it is not the route's own. */
export function lensUrl(lens: "language" | "price" | "efficiency", q: object, format?: "csv"): string {
  const sp = new URLSearchParams();
  for (const [k, raw] of Object.entries({ ...q, format: format ?? "json" })) {
    if (raw === undefined || raw === null || (k === "board" && raw === LENS_BOARDS[lens])) continue;
    const v = Array.isArray(raw) ? raw.join("~") : String(raw);
    if (DEFAULTS[k] === v) continue;
    sp.set(k, v);
  }
  const qs = sp.toString().replaceAll("%7E", "~");
  return `/api/v1/lenses/${lens}${qs ? `?${qs}` : ""}`;
}
