// The prompt categories a board has, with how many snapshots carry each: one query per (board, data version).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoardSlug } from "@/lib/boards/info";
import { prisma } from "@/lib/core/db";
import { currentDataVersion } from "@/lib/core/data-version";
import { memo } from "@/lib/reads/memo";
import { categoryLabel, OVERALL, UnknownCategoryError, type CategoryInfo } from "@/lib/boards/categories";

async function readCategories(board: BoardSlug): Promise<CategoryInfo[]> {
  const rows = await prisma().$queryRaw<
    { name: string; snapshots: number; first: string | null; last: string | null }[]
  >(Prisma.sql`
    SELECT ${OVERALL} AS name, count(*)::int AS snapshots,
           to_char(min(s.date), 'YYYY-MM-DD') AS first, to_char(max(s.date), 'YYYY-MM-DD') AS last
    FROM snapshot s WHERE s.board_slug = ${board}
    UNION ALL
    SELECT c.category, count(DISTINCT s.id)::int, to_char(min(s.date), 'YYYY-MM-DD'), to_char(max(s.date), 'YYYY-MM-DD')
    FROM category_entry c JOIN snapshot s ON s.id = c.snapshot_id
    WHERE s.board_slug = ${board}
    GROUP BY c.category`);
  const out = rows
    .filter((r) => r.first !== null && r.last !== null)
    .map((r) => ({
      name: r.name,
      label: categoryLabel(r.name),
      snapshots: r.snapshots,
      first: r.first!,
      last: r.last!,
    }));
  // Overall first, then by label, so a menu reads in a stable, human order.
  return out.sort((a, b) => (a.name === OVERALL ? -1 : b.name === OVERALL ? 1 : a.label.localeCompare(b.label, "en")));
}

/** The board's categories, overall first; overall is listed even on an empty board, so it is always a valid choice. */
export async function listCategories(board: BoardSlug): Promise<CategoryInfo[]> {
  const version = await currentDataVersion();
  return memo(version, `categories:${board}`, async () => {
    const found = await readCategories(board);
    return found.some((c) => c.name === OVERALL)
      ? found
      : [{ name: OVERALL, label: categoryLabel(OVERALL), snapshots: 0, first: "", last: "" }, ...found];
  });
}

/** Throws UnknownCategoryError (a 400) unless the board has each named category; `overall` always passes. */
export async function requireCategories(board: BoardSlug, named: Record<string, string>): Promise<void> {
  const entries = Object.entries(named).filter(([, c]) => c !== OVERALL);
  if (entries.length === 0) return;
  const known = (await listCategories(board)).map((c) => c.name);
  for (const [param, category] of entries) {
    if (!known.includes(category)) throw new UnknownCategoryError(board, category, known, param);
  }
}
