// Human text for a view: chart titles, axis labels, filter summaries. Pure, shared by page metadata and panels.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { boardHasOfficial } from "@/lib/frame/filters";
import { formatDate, formatDateLong, formatPercent, formatScore } from "@/lib/standings/format";
import { METRIC_INFO, metricLabel, type MetricKind } from "@/lib/standings/metric-kinds";
import type { ViewState } from "@/lib/view/url/search-params";

export function chartTitle(view: { metric: MetricKind; n: number }): string {
  return `${metricLabel(view.metric, view.n)} by country`;
}

export function yAxisLabel(board: BoardSlug, metric: MetricKind, n: number): string {
  switch (METRIC_INFO[metric].unit) {
    case "rank":
      return "Best rank (1 = top)";
    case "score":
      return boardInfo(board).scoreLabel;
    case "share":
      return `Share of the top ${n}`;
    case "count":
      return metric === "model-count" ? "Models" : `Models in the top ${n}`;
  }
}

/** Short axis tick text for a metric. */
export function tickFormatter(board: BoardSlug, metric: MetricKind): (v: number) => string {
  switch (METRIC_INFO[metric].unit) {
    case "rank":
      return (v) => `#${v}`;
    case "share":
      return (v) => formatPercent(v, 0);
    case "score":
      return (v) => formatScore(v, board).replace(/\.0+$/, "");
    case "count":
      return (v) => String(v);
  }
}

/** "Open-weight models, attributed by base-model lineage, official providers only" (empty for the defaults). */
export function filterSummary(view: Pick<ViewState, "board" | "license" | "attribution" | "official">): string {
  const parts: string[] = [];
  if (view.license === "open") parts.push("open-weight models only");
  if (view.license === "proprietary") parts.push("proprietary models only");
  parts.push(view.attribution === "base" ? "attributed by base-model lineage" : "attributed to the developer");
  if (boardHasOfficial(view.board)) parts.push(view.official ? "official providers only" : "all submissions");
  const s = parts.join(", ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "LMArena text arena, overall (…); data as of 1 Nov 2025". */
export function sourceLine(board: BoardSlug, asOf: string | null): string {
  return `Source: ${boardInfo(board).source}${asOf ? `; data as of ${formatDateLong(asOf)}` : ""}.`;
}

export function retiredNotice(board: BoardSlug): string | null {
  const retired = boardInfo(board).retiredOn;
  return retired
    ? `${boardInfo(board).name} was retired in ${formatDate(retired)} (last update ${formatDateLong(retired)}): its history ends there.`
    : null;
}

const GROUP_DEFINITIONS: Record<string, string> = {
  europe: "Europe is the EU-27 plus the United Kingdom, Switzerland, Norway, Iceland and Liechtenstein.",
  other: "Other is every attributed country outside the United States, China and Europe.",
  unknown: "Unknown is models whose developer is not attributed to any country.",
};

/** What a group key means, said where the group appears; null for a single country. */
export function groupDefinition(key: string): string | null {
  return GROUP_DEFINITIONS[key] ?? null;
}

/** Items as running text joins them: "A", "A or B", "A, B or C" (no comma before the last, as the site writes lists). */
export function joinInProse(items: readonly string[], last: "and" | "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

/**
 * The boards a model can still be published on, as a sentence names them: "the LMArena text arena or the LMArena
 * vision arena". Retired boards take no new models; when every board is retired, all are named.
 */
export function boardsInProse(boards: readonly BoardSlug[], last: "and" | "or"): string {
  const open = boards.filter((b) => boardInfo(b).retiredOn === null);
  return joinInProse(
    (open.length > 0 ? open : boards).map((b) => `the ${boardInfo(b).name}`),
    last,
  );
}
