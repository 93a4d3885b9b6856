// The ranking table of one snapshot: rows, ranks and numbers from the columnar frame, names, organizations and votes
// from the database (only the page's rows when a page is asked for).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoardSlug } from "@/lib/boards/info";
import { prisma } from "@/lib/core/db";
import { currentDataVersion } from "@/lib/core/data-version";
import { frameFor } from "@/lib/frame/cache";
import { memo, memoKey } from "@/lib/reads/memo";
import { requireCategories } from "@/lib/reads/categories";
import { OVERALL } from "@/lib/boards/categories";
import type { SnapshotTableQuery } from "@/lib/standings/query";
import { framePage, frameRows, type FrameTableRow } from "@/lib/standings/table";
import { tablePage } from "@/lib/standings/table";
import type { RankingRow, SnapshotTableResponse } from "@/lib/standings/types";

/** Snapshots up to this many rows keep their names in the response cache for the whole-table reads. */
const MEMO_ROWS = 5000;

/** What a table row needs beyond the frame, in one attribution mode: the model's name, organization and votes. */
interface RowDetails {
  model: string;
  name: string;
  votes: number | null;
  organization: string | null;
  organizationSlug: string | null;
  why: string | null;
}

/**
 * Names, organizations (of the attribution mode) and votes of rows in one snapshot: the given models' rows, or every
 * row when `keys` is null. The numbers come from the frame, so the whole table of a 50,000-row snapshot reads six
 * short columns, not the sixteen of a stored entry.
 */
async function readRowDetails(
  board: BoardSlug,
  date: string,
  category: string,
  attribution: "developer" | "base",
  keys: string[] | null,
): Promise<Map<string, RowDetails>> {
  if (keys?.length === 0) return new Map();
  const org = Prisma.raw(attribution === "base" ? "m.base_org_id" : "m.developer_org_id");
  const why = Prisma.raw(attribution === "base" ? "m.base_why" : "m.developer_why");
  const only = keys === null ? Prisma.empty : Prisma.sql`AND m.key = ANY(${keys}::text[])`;
  const rows =
    category !== OVERALL
      ? await prisma().$queryRaw<RowDetails[]>(Prisma.sql`
          SELECT m.key AS model, m.name, c.votes, o.name AS organization, o.slug AS "organizationSlug", ${why} AS why
          FROM snapshot s
          JOIN category_entry c ON c.snapshot_id = s.id AND c.category = ${category}
          JOIN model m ON m.id = c.model_id
          LEFT JOIN organization o ON o.id = ${org}
          WHERE s.board_slug = ${board} AND s.date = ${date}::date AND m.board_slug = ${board} ${only}`)
      : await prisma().$queryRaw<RowDetails[]>(Prisma.sql`
          SELECT m.key AS model, m.name, e.votes, o.name AS organization, o.slug AS "organizationSlug", ${why} AS why
          FROM snapshot s
          JOIN entry e ON e.snapshot_id = s.id
          JOIN model m ON m.id = e.model_id
          LEFT JOIN organization o ON o.id = ${org}
          WHERE s.board_slug = ${board} AND s.date = ${date}::date AND m.board_slug = ${board} ${only}`);
  return new Map(rows.map((r) => [r.model, r]));
}

function rankingRow(r: FrameTableRow, d: RowDetails | undefined): RankingRow {
  return {
    rank: r.rank,
    scoreRank: r.scoreRank,
    publishedRank: r.publishedRank,
    model: r.model,
    name: d?.name ?? r.model,
    organization: d?.organization ?? null,
    organizationSlug: d?.organizationSlug ?? null,
    country: r.country,
    score: r.score,
    ciLower: r.ciLower,
    ciUpper: r.ciUpper,
    votes: d?.votes ?? null,
    license: r.license,
    licenseClass: r.licenseClass,
    official: r.official,
    why: d?.why ?? null,
  };
}

/**
 * The snapshot's ranking in a category under the filters, or null when the board has no snapshot on that date in it.
 * A page sorted by a column the frame holds is cut from the frame, and only its rows' names are read from the
 * database; the whole table, or a sort by name, organization or votes, reads the names of every row.
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
  const paged =
    q.page === undefined
      ? null
      : await memo(version, memoKey(`table-page:${board}:${date}`, q), async () => {
          const page = framePage(frame, s, { ...q, page: q.page! });
          if (!page) return null;
          const details = await readRowDetails(
            board,
            date,
            q.category,
            q.attribution,
            page.rows.map((r) => r.model),
          );
          const rows = page.rows.map((r) => rankingRow(r, details.get(r.model)));
          return {
            board,
            date,
            category: q.category,
            attribution: q.attribution,
            rows,
            countries: page.countries,
            page: page.page,
          };
        });
  if (paged) return paged;
  // The whole table: its rows and numbers from the frame, their names from the database. A large snapshot's names
  // (50,000 at 100× the Open LLM Leaderboard) are read per request rather than kept.
  const rows = frameRows(frame, s, q);
  const read = () => readRowDetails(board, date, q.category, q.attribution, null);
  const details =
    frame.size(s) <= MEMO_ROWS
      ? await memo(version, `snapshot-details:${board}:${q.category}:${date}:${q.attribution}`, read)
      : await read();
  return {
    board,
    date,
    category: q.category,
    attribution: q.attribution,
    ...tablePage(
      rows.map((r) => rankingRow(r, details.get(r.model))),
      q,
    ),
  };
}
