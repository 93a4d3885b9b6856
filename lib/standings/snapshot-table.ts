// The ranking table of one snapshot, with both attributions: one query per (board, date, data version).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoardSlug } from "@/lib/boards";
import { prisma } from "@/lib/db";
import { ATTRIBUTION_COLUMNS } from "./attribution-columns";
import { currentDataVersion, frameFor, memo } from "./cache";
import { requireCategories } from "./category-list";
import { OVERALL } from "./categories";
import type { SnapshotTableQuery } from "./query";
import { rankingRows, type StoredEntryRow } from "./shape";
import { tablePage } from "./table-page";
import type { SnapshotTableResponse } from "./types";

async function readSnapshotEntries(board: BoardSlug, date: string, category: string): Promise<StoredEntryRow[]> {
  if (category !== OVERALL) {
    return prisma().$queryRaw<StoredEntryRow[]>(Prisma.sql`
      SELECT m.key AS model, m.name, c.rank, NULL::int AS "rankOfficial", c.score,
             c.ci_lower AS "ciLower", c.ci_upper AS "ciUpper", c.votes, c.license, NULL::bool AS official, ${ATTRIBUTION_COLUMNS}
      FROM snapshot s
      JOIN category_entry c ON c.snapshot_id = s.id AND c.category = ${category}
      JOIN model m ON m.id = c.model_id
      LEFT JOIN organization dev ON dev.id = m.developer_org_id
      LEFT JOIN organization base ON base.id = m.base_org_id
      WHERE s.board_slug = ${board} AND s.date = ${date}::date
      ORDER BY c.rank, m.key`);
  }
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

/** The snapshot's ranking in a category under the filters, or null when the board has no snapshot on that date in it. */
export async function getSnapshotTable(
  board: BoardSlug,
  date: string,
  q: SnapshotTableQuery,
): Promise<SnapshotTableResponse | null> {
  await requireCategories(board, { category: q.category });
  const version = await currentDataVersion();
  const frame = await frameFor(board, version, q.category);
  if (!frame.snapshots.some((s) => s.date === date)) return null;
  const rows = await memo(version, `snapshot-entries:${board}:${q.category}:${date}`, () => readSnapshotEntries(board, date, q.category));
  return { board, date, category: q.category, attribution: q.attribution, ...tablePage(rankingRows(board, rows, q), q) };
}
