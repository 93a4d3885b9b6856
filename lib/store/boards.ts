import "server-only";
import { prisma } from "@/lib/db";

export interface BoardSummary {
  slug: string;
  name: string;
  snapshots: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** Every board with its snapshot count and date span. */
export async function getBoardSummaries(): Promise<BoardSummary[]> {
  const rows = await prisma().$queryRaw<
    { slug: string; name: string; snapshots: bigint; first: Date | null; last: Date | null }[]
  >`SELECT b.slug, b.name, count(s.id) AS snapshots, min(s.date) AS first, max(s.date) AS last
    FROM board b LEFT JOIN snapshot s ON s.board_slug = b.slug
    GROUP BY b.slug, b.name ORDER BY b.slug DESC`;
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    snapshots: Number(r.snapshots),
    firstDate: r.first ? r.first.toISOString().slice(0, 10) : null,
    lastDate: r.last ? r.last.toISOString().slice(0, 10) : null,
  }));
}
