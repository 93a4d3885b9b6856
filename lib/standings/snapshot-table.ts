// The ranking table of one snapshot, with both attributions: one query per (board, date, data version).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoardSlug } from "@/lib/boards";
import { prisma } from "@/lib/db";
import { ATTRIBUTION_COLUMNS } from "./attribution-columns";
import { currentDataVersion, frameFor, memo } from "./cache";
import type { SnapshotTableQuery } from "./query";
import { rankingRows, type StoredEntryRow } from "./shape";
import type { SnapshotTableResponse } from "./types";

async function readSnapshotEntries(board: BoardSlug, date: string): Promise<StoredEntryRow[]> {
  return prisma().$queryRaw<StoredEntryRow[]>(Prisma.sql`
    SELECT m.key AS model, m.name, e.rank, e.rank_official AS "rankOfficial", e.score,
           e.ci_lower AS "ciLower", e.ci_upper AS "ciUpper", e.votes, e.license, e.official, ${ATTRIBUTION_COLUMNS}
    FROM snapshot s
    JOIN entry e ON e.snapshot_id = s.id
    JOIN model m ON m.id = e.model_id
    LEFT JOIN organization dev ON dev.id = m.developer_org_id
    LEFT JOIN organization base ON base.id = m.base_org_id
    WHERE s.board_slug = ${board} AND s.date = ${date}::date
    ORDER BY e.rank, m.key`);
}

/** The snapshot's ranking under the filters, or null when the board has no snapshot on that date. */
export async function getSnapshotTable(
  board: BoardSlug,
  date: string,
  q: SnapshotTableQuery,
): Promise<SnapshotTableResponse | null> {
  const version = await currentDataVersion();
  const frame = await frameFor(board, version);
  if (!frame.snapshots.some((s) => s.date === date)) return null;
  const rows = await memo(version, `snapshot-entries:${board}:${date}`, () => readSnapshotEntries(board, date));
  return { board, date, attribution: q.attribution, rows: rankingRows(board, rows, q) };
}
