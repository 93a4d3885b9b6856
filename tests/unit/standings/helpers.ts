// Hand-made frames for the standings tests.
import type { BoardSlug } from "@/lib/boards/info";
import type { BoardFrame, FrameEntry } from "@/lib/frame/objects";
import type { StandingsFilters } from "@/lib/frame/filters";

export function entry(
  model: string,
  rank: number,
  score: number,
  country: string | null,
  more: Partial<FrameEntry> = {},
): FrameEntry {
  return {
    model,
    rank,
    // Tests that read the score rank set it; by default it equals the published one.
    scoreRank: rank,
    scoreRankOfficial: more.rankOfficial ?? null,
    rankOfficial: null,
    score,
    official: null,
    license: "Proprietary",
    countryDeveloper: country,
    countryBase: country,
    ...more,
  };
}

export function frame(board: BoardSlug, snapshots: Record<string, FrameEntry[]>): BoardFrame {
  return { board, snapshots: Object.entries(snapshots).map(([date, entries]) => ({ date, entries })) };
}

export function filters(more: Partial<StandingsFilters> = {}): StandingsFilters {
  return { attribution: "developer", license: "all", official: false, rank: "published", ...more };
}
