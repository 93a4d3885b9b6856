// The anchors of /methodology. Chart source lines link here by these names, and a test checks that every in-site
// link on the page resolves, so an anchor is renamed in one place or not at all.
import type { BoardSlug } from "@/lib/boards/info";
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
  cite: "cite",
} as const;

export const sourceSectionId = (board: BoardSlug) => `source-${board}`;
export const metricSectionId = (metric: MetricKind) => `metric-${metric}`;

export function methodologyHref(section: string): string {
  return `${METHODOLOGY_PATH}#${section}`;
}
