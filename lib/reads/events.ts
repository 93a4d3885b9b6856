import "server-only";
// Milestones per board, found in each board's frame under the dashboard's default view (developer attribution, our
// score rank, every licence, official rows only on the Open LLM Leaderboard) and cached per data version.
import { Prisma } from "@/lib/generated/prisma/client";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { boardSlugs } from "@/lib/reads/boards";
import { prisma } from "@/lib/core/db";
import { currentDataVersion } from "@/lib/core/data-version";
import { frameFor } from "@/lib/frame/cache";
import { memo } from "@/lib/reads/memo";
import { forEachCounted, rankAt } from "@/lib/frame/walkers";
import { milestoneHref } from "@/lib/view/url/hrefs";
import { markersFor } from "@/lib/boards/markers";
import { dataCaveatsFor } from "@/lib/boards/data-caveats";
import { detectMilestones } from "@/lib/standings/milestones/detect";
import { type BaseOrigin, type MilestoneEntry } from "@/lib/standings/milestones/types";
import { milestoneFilters } from "@/lib/standings/milestones/population";
import type { EventsResponse, MilestoneItem } from "@/lib/reads/types/events";

/** Per model key of a board: the base model's organization, for models built on another organization's base model. */
async function baseOrigins(board: BoardSlug): Promise<Map<string, BaseOrigin>> {
  const rows = await prisma().$queryRaw<{ key: string; name: string; country: string }[]>(Prisma.sql`
    SELECT m.key, base.name, base.country
    FROM model m JOIN organization base ON base.id = m.base_org_id
    WHERE m.board_slug = ${board} AND m.base_org_id IS DISTINCT FROM m.developer_org_id`);
  return new Map(rows.map((r) => [r.key, { organization: r.name, country: r.country.trim() }]));
}

async function boardMilestones(board: BoardSlug, version: number): Promise<MilestoneItem[]> {
  return memo(version, `milestones:${board}`, async () => {
    const [frame, bases] = await Promise.all([frameFor(board, version), baseOrigins(board)]);
    // The population the ranks are counted in (official rows only on the Open LLM Leaderboard), in rank order, with
    // the intervals the qualifiers compare.
    const p = frame.population(milestoneFilters(board));
    const { ciLower, ciUpper } = frame;
    const ci = (col: Float64Array | null, r: number) => (col === null || Number.isNaN(col[r]) ? null : col[r]);
    const snapshots = frame.dates.map((date, s) => {
      const entries: MilestoneEntry[] = [];
      forEachCounted(p, s, (r) => {
        const model = frame.modelKeys[frame.model[r]];
        entries.push({
          model,
          rank: rankAt(p, r),
          score: frame.score[r],
          country: frame.countries[p.countryOf[frame.model[r]]],
          ciLower: ci(ciLower, r),
          ciUpper: ci(ciUpper, r),
          base: bases.get(model) ?? null,
        });
      });
      return { date, entries };
    });
    return detectMilestones(board, boardInfo(board).name, snapshots, {
      retired: boardInfo(board).retiredOn !== null,
    }).map((m) => ({ ...m, href: milestoneHref(m) }));
  });
}

export async function getEvents(q: { board?: BoardSlug; countries?: string[] }): Promise<EventsResponse> {
  const version = await currentDataVersion();
  const boards = q.board ? [q.board] : await boardSlugs();
  const all = (await Promise.all(boards.map((b) => boardMilestones(b, version)))).flat();
  const wanted = q.countries ? new Set(q.countries) : null;
  const milestones = all
    .filter((m) => !wanted || m.countries.some((c) => wanted.has(c)))
    .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.id < b.id ? -1 : 1));
  const markers = boards.flatMap((b) => markersFor(b).map((m) => ({ ...m, board: b })));
  const dataCaveats = boards.flatMap((b) => dataCaveatsFor(b));
  return {
    board: q.board ?? null,
    countries: q.countries ?? null,
    rankRule: "score",
    milestones,
    markers,
    dataCaveats,
  };
}
