import "server-only";
// Milestones per board, found in each board's frame under the dashboard's default view (developer attribution, our
// score rank, every licence, official rows only on the Open LLM Leaderboard) and cached per data version.
import { BOARDS, BOARD_SLUGS, type BoardSlug } from "@/lib/boards";
import { currentDataVersion, frameFor, memo } from "@/lib/standings/cache";
import { countryBests } from "@/lib/standings/columnar";
import { boardHasOfficial } from "@/lib/standings/frame";
import { milestoneHref } from "./links";
import { markersFor } from "./markers";
import { detectMilestones } from "./milestones";
import type { EventsResponse, MilestoneItem } from "./types";

async function boardMilestones(board: BoardSlug, version: number): Promise<MilestoneItem[]> {
  return memo(version, `milestones:${board}`, async () => {
    const frame = await frameFor(board, version);
    const filters = { attribution: "developer", license: "all", official: boardHasOfficial(board), rank: "score" } as const;
    // Each country's best-ranked and best-scoring rows decide every milestone, so only those are handed on.
    const p = frame.population(filters);
    const snapshots = frame.dates.map((date, s) => ({ date, entries: countryBests(p, s) }));
    return detectMilestones(board, BOARDS[board].name, snapshots).map((m) => ({ ...m, href: milestoneHref(m) }));
  });
}

export async function getEvents(q: { board?: BoardSlug; countries?: string[] }): Promise<EventsResponse> {
  const version = await currentDataVersion();
  const boards = q.board ? [q.board] : [...BOARD_SLUGS];
  const all = (await Promise.all(boards.map((b) => boardMilestones(b, version)))).flat();
  const wanted = q.countries ? new Set(q.countries) : null;
  const milestones = all
    .filter((m) => !wanted || m.countries.some((c) => wanted.has(c)))
    .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.id < b.id ? -1 : 1));
  const markers = boards.flatMap((b) => markersFor(b).map((m) => ({ ...m, board: b })));
  return { board: q.board ?? null, countries: q.countries ?? null, milestones, markers };
}
