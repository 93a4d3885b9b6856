// The shared views of entity and lens pages (/models/…, /orgs/…, /countries/…, /lenses/…): for any such path (and,
// for lenses, the view state its query holds), its title, description and the chart it shows as a chart spec, so
// every such page gets the same preview image, metadata and embed as the home view. A new kind of page joins by
// adding a case to `entityShare`.
import "server-only";
import { countryLabel } from "@/lib/core/countries";
import { boardInfo, compareBoards, DEFAULT_BOARD, LENS_BOARDS, type BoardSlug } from "@/lib/boards/info";
import { countryHref, modelHref, orgHref } from "@/lib/view/url/hrefs";
import type { StandingsResponse } from "@/lib/standings/types";
import { standingsSpec, type ChartSpec } from "@/lib/view/chart/spec";
import { loadCountryPage, loadModelPage, loadOrganizationPage, modelKeyFromSegments } from "@/lib/view/load/entities";
import { VIEW_DEFAULTS } from "@/lib/view/url/view-state";
import { categoryLabel, OVERALL } from "@/lib/boards/categories";
import type { MetricKind } from "@/lib/standings/metric-kinds";
import type { ChartSeries } from "@/lib/view/chart/data";
import { languageSeries, cheapestSeries } from "@/lib/view/chart/lens-charts";
import { loadEfficiencyLens, loadLanguageLens, loadPriceLens } from "@/lib/view/load/lenses";
import type { ViewState } from "@/lib/view/url/search-params";
import { comparedText, permalinkPath } from "@/lib/view/url/view-meta";

export interface EntityShare {
  /** Canonical path of the page. */
  path: string;
  title: string;
  description: string;
  /** The page's main chart (no series values when the entity has no ranked data). */
  spec: ChartSpec;
}

type Point = { date: string; value: number | null; model: string | null };

/** A best-rank chart of one series on a board, titled for the entity. */
function rankSpec(
  board: BoardSlug,
  key: string,
  label: string,
  points: Point[],
  title: string,
  official = false,
): ChartSpec {
  const data: StandingsResponse = {
    board,
    metric: "best-rank",
    n: 10,
    attribution: "developer",
    license: "all",
    // The population the points were counted in (a country page counts official providers only on the HF board).
    official,
    category: "overall",
    series: [{ key, label, points }],
    updatedAt: null,
    asOf: points[points.length - 1]?.date ?? null,
  } as StandingsResponse;
  return { ...standingsSpec({ ...VIEW_DEFAULTS, board, official }, data), title };
}

/** A lens chart: the lens's series on its board, with the view's filters in the subtitle. */
function lensSpec(
  view: ViewState,
  board: BoardSlug,
  metric: MetricKind,
  series: ChartSeries[],
  asOf: string | null,
  title: string,
): ChartSpec {
  const data = {
    board,
    metric,
    n: 10,
    attribution: view.attribution,
    license: view.license,
    official: boardInfo(board).hasOfficial && view.official,
    category: "overall",
    series,
    updatedAt: null,
    asOf,
  } as StandingsResponse;
  return { ...standingsSpec({ ...view, board, official: data.official }, data), title };
}

/** The shared view of a lens (/lenses/language, /lenses/price, /lenses/efficiency) for a view state. */
async function lensShare(lens: string, view: ViewState): Promise<EntityShare | null> {
  const countries = comparedText(view.countries);
  if (lens === "language") {
    const { data, query } = await loadLanguageLens(view);
    const title = `Language lens: ${data.aLabel} against ${data.bLabel}`;
    return {
      path: permalinkPath("/lenses/language", { ...view, board: query.board, pair: [query.a, query.b] }),
      title,
      description: `${title}: best rank and score per country on the ${boardInfo(query.board).name} (${countries}).`,
      spec: {
        ...lensSpec(
          view,
          query.board,
          "best-rank",
          languageSeries(data, "rankA"),
          data.asOf,
          `Best rank on ${data.aLabel}`,
        ),
        yLabel: `Best rank on ${data.aLabel} (1 = top)`,
      },
    };
  }
  if (lens === "price") {
    const { data, query, dates } = await loadPriceLens(view);
    const on = query.category === OVERALL ? "" : ` on ${categoryLabel(query.category)}`;
    const title = `Price lens: cheapest model within ${data.within} points of the top${on}`;
    const spec = lensSpec(
      view,
      LENS_BOARDS.price,
      "best-score",
      cheapestSeries(data),
      data.asOf,
      `Cheapest model within ${data.within} points of the top`,
    );
    return {
      path: permalinkPath("/lenses/price", {
        ...view,
        category: query.category,
        date: view.date && dates.includes(view.date) ? view.date : null,
      }),
      title,
      description: `Arena score against blended price per million tokens${on}, per country (${countries}), with each country's price-performance frontier.`,
      spec: {
        ...spec,
        kind: "line",
        lowerIsBetter: false,
        yLabel: "Blended price, USD per million tokens",
        value: { kind: "usd" },
        tick: { kind: "usd" },
      },
    };
  }
  if (lens === "efficiency") {
    const { data } = await loadEfficiencyLens(view);
    const filled = (c: EfficiencyResponseClass) =>
      c.series.reduce((n, s) => n + s.points.filter((p) => p.value !== null).length, 0);
    const cls = data.classes.reduce<EfficiencyResponseClass | null>(
      (best, c) => (best && filled(best) >= filled(c) ? best : c),
      null,
    );
    return {
      path: permalinkPath("/lenses/efficiency", view),
      title: `Efficiency lens: ${countries}`,
      description: `${boardInfo(LENS_BOARDS.efficiency).shortName}: best score per parameter class and per kg of CO₂, per country (${countries}), over time.`,
      spec: lensSpec(
        view,
        LENS_BOARDS.efficiency,
        "best-score",
        cls?.series ?? [],
        data.asOf,
        `Best score, ${cls?.label ?? "all"} parameters`,
      ),
    };
  }
  return null;
}

type EfficiencyResponseClass = Awaited<ReturnType<typeof loadEfficiencyLens>>["data"]["classes"][number];

/**
 * The shared view of an entity or lens page path (segments after the first slash), or null when it names nothing.
 * `view` is the page's view state, read from its query by the view schema; only lens pages depend on it.
 */
export async function entityShare(segments: string[], view: ViewState = VIEW_DEFAULTS): Promise<EntityShare | null> {
  const [kind, ...rest] = segments;
  if (kind === "lenses" && rest.length === 1) return lensShare(rest[0], view);
  if (kind === "models" && rest.length >= 2) {
    const data = await loadModelPage(rest[0], modelKeyFromSegments(rest.slice(1)));
    if (!data) return null;
    const d = data.detail;
    const board = boardInfo(d.board);
    const org = d.developer.organization ?? d.upstreamOrganization ?? "an unattributed developer";
    const points = d.points.map((p) => ({ date: p.date, value: p.rank, model: d.key }));
    return {
      path: modelHref(d.board, d.key),
      title: `${d.name} on the ${board.name}`,
      description: `${d.name} by ${org}: rank and score history on the ${board.name}, attribution and lineage.`,
      spec: rankSpec(d.board, d.developer.country ?? "unknown", d.name, points, `${d.name}: rank over time`),
    };
  }
  if (kind === "orgs" && rest.length === 1) {
    const data = await loadOrganizationPage(rest[0]);
    if (!data) return null;
    const o = data.organization;
    const board = Object.keys(data.history)
      .sort(compareBoards)
      .find((b) => data.history[b]?.some((p) => p.rank !== null));
    const points = board ? data.history[board].map((p) => ({ date: p.date, value: p.rank, model: p.model })) : [];
    return {
      path: orgHref(o.slug),
      title: `${o.name} (${countryLabel(o.country)})`,
      description: `${o.name}, ${countryLabel(o.country)}: its models on LMArena and the Open LLM Leaderboard, and its best rank over time.`,
      spec: rankSpec(
        board ?? DEFAULT_BOARD,
        o.country,
        o.name,
        points,
        `${o.name}: best rank on the ${boardInfo(board ?? DEFAULT_BOARD).name}`,
      ),
    };
  }
  if (kind === "countries" && rest.length === 1) {
    const data = await loadCountryPage(rest[0]);
    if (!data) return null;
    const b = data.boards.find((x) => x.bestRank.some((p) => p.value !== null)) ?? data.boards[0];
    return {
      path: countryHref(data.key),
      title: `${data.label}: AI models and developers`,
      description: `${data.label} on LMArena and the Open LLM Leaderboard: its developers, its best model over time, its share of the top 10 and its leading models now.`,
      spec: rankSpec(
        b?.board ?? DEFAULT_BOARD,
        data.key,
        data.label,
        b?.bestRank ?? [],
        `${data.label}: best rank on the ${boardInfo(b?.board ?? DEFAULT_BOARD).name}`,
        b?.population.official ?? false,
      ),
    };
  }
  return null;
}
