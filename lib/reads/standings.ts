// The named reads behind API v1 and the pages. Each is served from the per-data-version caches (the frame cache,
// lib/frame/cache.ts, and the memo, ./memo.ts): a warm call touches no database and recomputes nothing.
import "server-only";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { currentDataVersion } from "@/lib/core/data-version";
import { frameFor } from "@/lib/frame/cache";
import { memo, memoKey } from "@/lib/reads/memo";
import { requireCategories } from "@/lib/reads/categories";
import { OVERALL } from "@/lib/boards/categories";
import type { GapQuery, StandingsQuery } from "@/lib/standings/query";
import { gapFromFrame, standingsFromFrame, standingsJson } from "@/lib/standings/answers";
import type { GapResponse, SnapshotListItem, StandingsResponse } from "@/lib/standings/types";

export { getSnapshotTable } from "@/lib/reads/snapshot-table";
export { getModelHistory } from "@/lib/reads/model-history";
export { getOrganizations } from "@/lib/reads/organizations";

export async function getStandings(q: StandingsQuery): Promise<StandingsResponse> {
  await requireCategories(q.board, { category: q.category });
  const version = await currentDataVersion();
  return memo(version, memoKey("standings", q), async () =>
    standingsFromFrame(await frameFor(q.board, version, q.category), q),
  );
}

/**
 * The standings answer as API v1's JSON text, written from columns (see standingsJson). Not memoised here: the
 * route's body cache keeps the encoded answer, bounded by bytes, where a memo of megabyte strings would not be.
 */
export async function getStandingsJson(q: StandingsQuery): Promise<string> {
  await requireCategories(q.board, { category: q.category });
  const version = await currentDataVersion();
  return standingsJson(await frameFor(q.board, version, q.category), q);
}

export async function getGap(q: GapQuery): Promise<GapResponse> {
  await requireCategories(q.board, { category: q.category });
  const version = await currentDataVersion();
  return memo(version, memoKey("gap", q), async () => gapFromFrame(await frameFor(q.board, version, q.category), q));
}

/** The board's snapshots in a category (default overall), oldest first, with their entry counts in it. */
export async function listSnapshots(board: BoardSlug, category: string = OVERALL): Promise<SnapshotListItem[]> {
  await requireCategories(board, { category });
  const version = await currentDataVersion();
  const frame = await frameFor(board, version, category);
  return memo(version, `snapshots:${board}:${category}`, async () =>
    frame.dates.map((date, s) => ({
      date,
      entries: frame.size(s),
      officialEntries: boardInfo(board).hasOfficial ? (frame.officialCount?.[s] ?? 0) : null,
    })),
  );
}
