// The anchors of /methodology. Chart source lines link here by these names, and a test checks that every in-site
// link on the page resolves, so an anchor is renamed in one place or not at all.
import { isKnownBoard, type BoardSlug } from "@/lib/boards/info";
import { boardSource } from "@/lib/boards/upstreams";
import type { MetricKind } from "@/lib/standings/metric-kinds";

export const METHODOLOGY_PATH = "/methodology";

export const SECTION_IDS = {
  sources: "sources",
  licences: "licences",
  ranks: "ranks",
  metrics: "metrics",
  gap: "metric-gap",
  lag: "metric-lag",
  scoreboard: "scoreboard",
  attribution: "attribution",
  countrySources: "country-sources",
  contested: "contested",
  lenses: "lenses",
  caveats: "caveats",
  concentration: "concentration",
  reconciliation: "reconciliation",
  events: "events",
  milestones: "milestones",
  styleControl: "style-control",
  cite: "cite",
} as const;

export const sourceSectionId = (board: BoardSlug) => `source-${board}`;
/**
 * Where /methodology describes a board's source: a curated board's own entry, else its source's (an arena config
 * upstream added later is described with the LMArena dataset).
 */
export const boardSourceSectionId = (board: BoardSlug) =>
  sourceSectionId(isKnownBoard(board) ? board : (boardSource(board).board ?? board));
export const metricSectionId = (metric: MetricKind) => `metric-${metric}`;

export function methodologyHref(section: string): string {
  return `${METHODOLOGY_PATH}#${section}`;
}
