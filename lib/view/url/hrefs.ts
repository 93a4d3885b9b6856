// Page URLs of entities and milestones, for links from every view. Pure and client-safe.
import type { BoardSlug } from "@/lib/boards/info";
import type { Milestone } from "@/lib/standings/milestones/types";
import { serializeView, VIEW_DEFAULTS } from "@/lib/view/url/view-state";
import type { ViewState } from "@/lib/view/url/search-params";

/** `/models/{board}/{key}`: each `/`-separated part of the key encoded, so an HF key keeps its slashes. */
export function modelHref(board: BoardSlug | string, key: string): string {
  return `/models/${board}/${key.split("/").map(encodeURIComponent).join("/")}`;
}

export function orgHref(slug: string): string {
  return `/orgs/${encodeURIComponent(slug)}`;
}

export function countryHref(key: string): string {
  return `/countries/${encodeURIComponent(key)}`;
}

/**
 * The view that shows a milestone: its board, the metric it is about, the countries involved, and the ranking table on
 * its date. Written through the one URL-state serializer, so the link is a permalink like any other.
 */
export function milestoneHref(m: Milestone): string {
  const board = m.board as BoardSlug;
  const base = { ...VIEW_DEFAULTS, board, date: m.date, countries: m.countries };
  const view =
    m.kind === "lead-change" || m.kind === "contested"
      ? { ...base, metric: "best-score" as const, a: m.countries[0], b: m.countries[1] }
      : m.kind === "first-top-n"
        ? { ...base, metric: "top-n-count" as const, n: m.value === 1 ? 5 : (m.value ?? 10) }
        : { ...base, metric: "best-rank" as const };
  return `/${serializeView(view)}`;
}

/**
 * The same view with each model counted for its base model's developer (`attribution=base`): where a concentration
 * flag (lib/standings/concentration.ts) sends a reader, to see whose models the one account built on.
 */
export function baseAttributionHref(view: ViewState): string {
  return `/${serializeView({ ...view, attribution: "base" })}`;
}

/**
 * The dashboard's view of one key's top-n slots on a board and date, under base-model attribution: a country page's
 * concentration flag links here. `official` picks the population (official providers only, or every row).
 */
export function concentrationViewHref(q: {
  board: BoardSlug;
  key: string;
  n: number;
  official: boolean;
  date: string;
}): string {
  return baseAttributionHref({
    ...VIEW_DEFAULTS,
    board: q.board,
    countries: [q.key],
    metric: "top-n-count",
    n: q.n,
    official: q.official,
    to: q.date,
    date: q.date,
  });
}
