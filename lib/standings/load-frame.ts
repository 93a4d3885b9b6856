// Reads one board's whole history into a BoardFrame: every entry of every snapshot, with the developer's and the
// base organization's country, in one query. Cached per data version by ./cache.ts, so this runs rarely.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { BoardSlug } from "@/lib/boards";
import { OVERALL } from "./categories";
import { rowsToFrame, type FrameRow, type LoadedFrame } from "./frame-rows";

export { rowsToFrame, type LoadedFrame } from "./frame-rows";

/**
 * One board's frame in one prompt category. `overall` reads `entry` (every snapshot, so a snapshot without entries
 * keeps its date); another category reads `category_entry`, and only the snapshots that have it, so a series does not
 * show "no models" on dates before the category existed.
 */
export async function loadFrame(board: BoardSlug, category: string = OVERALL): Promise<LoadedFrame> {
  if (category !== OVERALL) {
    const rows = await prisma().$queryRaw<FrameRow[]>(Prisma.sql`
      SELECT to_char(s.date, 'YYYY-MM-DD') AS date, s.created_at,
             m.key AS model, c.rank, NULL::int AS rank_official, c.score, c.ci_lower, c.ci_upper, NULL::bool AS official,
             c.license, dev.country AS country_developer, base.country AS country_base
      FROM snapshot s
      JOIN category_entry c ON c.snapshot_id = s.id AND c.category = ${category}
      JOIN model m ON m.id = c.model_id
      LEFT JOIN organization dev ON dev.id = m.developer_org_id
      LEFT JOIN organization base ON base.id = m.base_org_id
      WHERE s.board_slug = ${board}
      ORDER BY s.date, c.rank, m.key`);
    return rowsToFrame(board, rows);
  }
  const rows = await prisma().$queryRaw<FrameRow[]>(Prisma.sql`
    SELECT to_char(s.date, 'YYYY-MM-DD') AS date, s.created_at,
           m.key AS model, e.rank, e.rank_official, e.score, e.ci_lower, e.ci_upper, e.official, e.license,
           dev.country AS country_developer, base.country AS country_base
    FROM snapshot s
    LEFT JOIN entry e ON e.snapshot_id = s.id
    LEFT JOIN model m ON m.id = e.model_id
    LEFT JOIN organization dev ON dev.id = m.developer_org_id
    LEFT JOIN organization base ON base.id = m.base_org_id
    WHERE s.board_slug = ${board}
    ORDER BY s.date, e.rank, m.key`);
  return rowsToFrame(board, rows);
}
