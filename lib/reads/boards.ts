// The runtime list of boards: the `board` table (ingest and the bundle import add a board when they first store it,
// migrations add the founding ones), with each board's snapshot count and date range. One query per data version.
import "server-only";
import { boardInfo, compareBoards, UnknownBoardError, type BoardInfo, type BoardSlug } from "@/lib/boards/info";
import { prisma } from "@/lib/core/db";
import { currentDataVersion } from "@/lib/core/data-version";
import { memo } from "@/lib/reads/memo";
import type { BoardItem } from "@/lib/reads/types/boards";

export interface StoredBoard {
  slug: BoardSlug;
  info: BoardInfo;
  /** Snapshots stored (category `overall`). */
  snapshots: number;
  /** The first and last snapshot dates, YYYY-MM-DD; null on a board with no snapshot yet. */
  first: string | null;
  last: string | null;
}

async function readBoards(): Promise<StoredBoard[]> {
  const rows = await prisma().$queryRaw<
    { slug: string; snapshots: number; first: string | null; last: string | null }[]
  >`
    SELECT b.slug, count(s.id)::int AS snapshots,
           to_char(min(s.date), 'YYYY-MM-DD') AS first, to_char(max(s.date), 'YYYY-MM-DD') AS last
    FROM board b LEFT JOIN snapshot s ON s.board_slug = b.slug
    GROUP BY b.slug`;
  return rows
    .map((r) => ({ slug: r.slug, info: boardInfo(r.slug), snapshots: r.snapshots, first: r.first, last: r.last }))
    .sort((a, b) => compareBoards(a.slug, b.slug));
}

/** Every stored board, in list order (compareBoards), with its facts and date range. */
export async function listBoards(): Promise<StoredBoard[]> {
  const version = await currentDataVersion();
  return memo(version, "boards", readBoards);
}

/** The stored boards' slugs, in list order. */
export async function boardSlugs(): Promise<BoardSlug[]> {
  return (await listBoards()).map((b) => b.slug);
}

/** Throws UnknownBoardError (404 in a path, 400 in a query) unless the database holds the board. */
export async function requireBoard(slug: BoardSlug, where: "path" | "query"): Promise<void> {
  const slugs = await boardSlugs();
  if (!slugs.includes(slug)) throw new UnknownBoardError(slug, slugs, where);
}

/** GET /api/v1/boards: every stored board with its facts and date range, in list order. */
export async function getBoards(): Promise<BoardItem[]> {
  const boards = await listBoards();
  const stored = (slug: BoardSlug | null) => (slug !== null && boards.some((b) => b.slug === slug) ? slug : null);
  return boards.map(({ info, snapshots, first, last }) => ({
    slug: info.slug,
    name: info.name,
    shortName: info.shortName,
    source: info.source,
    curated: info.curated,
    scoreLabel: info.scoreLabel,
    scoreUnit: info.scoreUnit,
    scoreDecimals: info.scoreDecimals,
    modelKey: info.modelKey,
    attributedBy: info.attributedBy,
    hasCategories: info.hasCategories,
    hasCis: info.hasCis,
    hasParameters: info.hasParameters,
    hasOfficial: info.hasOfficial,
    publishedRank: info.publishedRank,
    openWeightsOnly: info.openWeightsOnly,
    retiredOn: info.retiredOn,
    styleControlVariant: stored(info.styleControlVariant),
    plainVariant: stored(info.plainVariant),
    snapshots,
    first,
    last,
  }));
}
