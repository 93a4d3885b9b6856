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
import { rankingRows, type AttributionColumns, type StoredEntryRow } from "./shape";
import { framePage, type FrameTableRow } from "./table-frame";
import { tablePage } from "./table-page";
import type { RankingRow, SnapshotTableResponse } from "./types";

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

/** Snapshots up to this many rows keep their rows in the response cache for the whole-table reads. */
const MEMO_ROWS = 5000;

interface RowDetails extends AttributionColumns {
  model: string;
  name: string;
  votes: number | null;
}

/** Names, organizations and votes of some models' rows in one snapshot: what a table page needs beyond the frame. */
async function readRowDetails(board: BoardSlug, date: string, category: string, keys: string[]): Promise<Map<string, RowDetails>> {
  if (keys.length === 0) return new Map();
  const rows =
    category !== OVERALL
      ? await prisma().$queryRaw<RowDetails[]>(Prisma.sql`
          SELECT m.key AS model, m.name, c.votes, ${ATTRIBUTION_COLUMNS}
          FROM snapshot s
          JOIN category_entry c ON c.snapshot_id = s.id AND c.category = ${category}
          JOIN model m ON m.id = c.model_id
          LEFT JOIN organization dev ON dev.id = m.developer_org_id
          LEFT JOIN organization base ON base.id = m.base_org_id
          WHERE s.board_slug = ${board} AND s.date = ${date}::date AND m.board_slug = ${board} AND m.key = ANY(${keys}::text[])`)
      : await prisma().$queryRaw<RowDetails[]>(Prisma.sql`
          SELECT m.key AS model, m.name, e.votes, ${ATTRIBUTION_COLUMNS}
          FROM snapshot s
          JOIN entry e ON e.snapshot_id = s.id
          JOIN model m ON m.id = e.model_id
          LEFT JOIN organization dev ON dev.id = m.developer_org_id
          LEFT JOIN organization base ON base.id = m.base_org_id
          WHERE s.board_slug = ${board} AND s.date = ${date}::date AND m.board_slug = ${board} AND m.key = ANY(${keys}::text[])`);
  return new Map(rows.map((r) => [r.model, r]));
}

function rankingRow(r: FrameTableRow, d: RowDetails | undefined, base: boolean): RankingRow {
  return {
    rank: r.rank,
    scoreRank: r.scoreRank,
    publishedRank: r.publishedRank,
    model: r.model,
    name: d?.name ?? r.model,
    organization: (base ? d?.baseName : d?.devName) ?? null,
    organizationSlug: (base ? d?.baseSlug : d?.devSlug) ?? null,
    country: r.country,
    score: r.score,
    ciLower: r.ciLower,
    ciUpper: r.ciUpper,
    votes: d?.votes ?? null,
    license: r.license,
    licenseClass: r.licenseClass,
    official: r.official,
    why: (base ? d?.baseWhy : d?.devWhy) ?? null,
  };
}

/**
 * The snapshot's ranking in a category under the filters, or null when the board has no snapshot on that date in it.
 * A page sorted by a column the frame holds is cut from the frame, and only its rows are read from the database;
 * the whole table, or a sort by name, organization or votes, reads the snapshot's rows.
 */
export async function getSnapshotTable(
  board: BoardSlug,
  date: string,
  q: SnapshotTableQuery,
): Promise<SnapshotTableResponse | null> {
  await requireCategories(board, { category: q.category });
  const version = await currentDataVersion();
  const frame = await frameFor(board, version, q.category);
  const s = frame.indexOf(date);
  if (s === -1) return null;
  const { format: _format, ...asked } = q;
  const paged =
    q.page === undefined
      ? null
      : await memo(version, `table-page:${board}:${date}:${JSON.stringify(asked)}`, async () => {
          const page = framePage(frame, s, { ...q, page: q.page! });
          if (!page) return null;
          const details = await readRowDetails(board, date, q.category, page.rows.map((r) => r.model));
          const rows = page.rows.map((r) => rankingRow(r, details.get(r.model), q.attribution === "base"));
          return { board, date, category: q.category, attribution: q.attribution, rows, countries: page.countries, page: page.page };
        });
  if (paged) return paged;
  // A large snapshot's rows (50,000 at 100× the Open LLM Leaderboard) are read per request rather than kept.
  const read = () => readSnapshotEntries(board, date, q.category);
  const rows = frame.size(s) <= MEMO_ROWS ? await memo(version, `snapshot-entries:${board}:${q.category}:${date}`, read) : await read();
  return { board, date, category: q.category, attribution: q.attribution, ...tablePage(rankingRows(board, rows, q), q) };
}
