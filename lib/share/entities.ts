// The shared views of entity pages (/models/…, /orgs/…, /countries/…): for any such path, its title, description
// and the chart it shows as a chart spec (rank over time), so every entity page gets the same preview image,
// metadata and embed as the home view. A new kind of page joins by adding a case to `entityShare`.
import "server-only";
import { countryLabel } from "@/lib/attribution/countries";
import { BOARDS, BOARD_SLUGS, type BoardSlug } from "@/lib/boards";
import { countryHref, modelHref, orgHref } from "@/lib/explore/hrefs";
import type { StandingsResponse } from "@/lib/standings/types";
import { standingsSpec, type ChartSpec } from "@/lib/view/chart-spec";
import { loadCountryPage, loadModelPage, loadOrganizationPage, modelKeyFromSegments } from "@/lib/view/entity-loaders";
import { VIEW_DEFAULTS } from "@/lib/view/view-state";

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
function rankSpec(board: BoardSlug, key: string, label: string, points: Point[], title: string): ChartSpec {
  const data: StandingsResponse = {
    board,
    metric: "best-rank",
    n: 10,
    attribution: "developer",
    license: "all",
    official: false,
    category: "overall",
    series: [{ key, label, points }],
    updatedAt: null,
    asOf: points[points.length - 1]?.date ?? null,
  } as StandingsResponse;
  return { ...standingsSpec({ ...VIEW_DEFAULTS, board }, data), title };
}

/** The shared view of an entity page path (segments after the first slash), or null when it names nothing. */
export async function entityShare(segments: string[]): Promise<EntityShare | null> {
  const [kind, ...rest] = segments;
  if (kind === "models" && rest.length >= 2) {
    const data = await loadModelPage(rest[0], modelKeyFromSegments(rest.slice(1)));
    if (!data) return null;
    const d = data.detail;
    const board = BOARDS[d.board];
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
    const board = BOARD_SLUGS.find((b) => data.history[b]?.some((p) => p.rank !== null));
    const points = board ? data.history[board].map((p) => ({ date: p.date, value: p.rank, model: p.model })) : [];
    return {
      path: orgHref(o.slug),
      title: `${o.name} (${countryLabel(o.country)})`,
      description: `${o.name}, ${countryLabel(o.country)}: its models on LMArena and the Open LLM Leaderboard, and its best rank over time.`,
      spec: rankSpec(board ?? "lmarena-text", o.country, o.name, points, `${o.name}: best rank on the ${BOARDS[board ?? "lmarena-text"].name}`),
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
      spec: rankSpec(b?.board ?? "lmarena-text", data.key, data.label, b?.bestRank ?? [], `${data.label}: best rank on the ${BOARDS[b?.board ?? "lmarena-text"].name}`),
    };
  }
  return null;
}
