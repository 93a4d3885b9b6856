// The one population milestones are found in, shared by the events service and the pages that state it beside them
// (a country page's "Best placed now" counts the same rows): developer attribution, the score rank (the default rule),
// every licence, and on boards with the official flag only the official providers' rows, ranked among themselves.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import type { StandingsFilters } from "@/lib/frame/filters";

export function milestoneFilters(board: BoardSlug): StandingsFilters {
  return { attribution: "developer", license: "all", official: boardInfo(board).hasOfficial, rank: "score" };
}

/** The population in words, for the pages that show milestones or standings counted in it. */
export function populationLabel(board: BoardSlug): string {
  return boardInfo(board).hasOfficial
    ? "official providers' models only, ranked among themselves"
    : "every model on the board";
}
