// The attribution audit: per board, the organizations (arena) or namespaces (HF) that no registry rule
// attributes, with how many models they have and the best rank any of them reached.
import { BOARD_SLUGS, BOARDS, type BoardSlug } from "@/lib/boards/info";

export interface UnattributedGroup {
  name: string;
  models: number;
  bestRank: number | null;
}

/** Runs one constant SQL text: a pg client's query, or Prisma's $queryRawUnsafe. */
export type RunSql = <T>(sql: string) => Promise<T[]>;

/** Boards whose models are attributed by Hub namespace: the audit groups them by namespace. Slugs are fixed strings. */
const NAMESPACE_BOARDS = BOARD_SLUGS.filter((b) => BOARDS[b].attributedBy === "namespace")
  .map((b) => `'${b}'`)
  .join(", ");

const UNATTRIBUTED_SQL = `SELECT m.board_slug AS board,
            CASE WHEN m.board_slug IN (${NAMESPACE_BOARDS || "NULL"}) THEN coalesce(m.namespace, '(no namespace)')
                 ELSE coalesce(m.organization, '(no organization: ' || m.key || ')') END AS name,
            count(DISTINCT m.id) AS models,
            min(e.rank) AS best_rank
     FROM model m LEFT JOIN entry e ON e.model_id = m.id
     WHERE m.developer_org_id IS NULL
     GROUP BY 1, 2
     ORDER BY 1, best_rank NULLS LAST, models DESC, name`;

export async function unattributedByBoard(run: RunSql): Promise<Record<BoardSlug, UnattributedGroup[]>> {
  const rows = await run<{ board: BoardSlug; name: string; models: string | bigint; best_rank: number | null }>(
    UNATTRIBUTED_SQL,
  );
  const out = Object.fromEntries(BOARD_SLUGS.map((b) => [b, [] as UnattributedGroup[]])) as Record<
    BoardSlug,
    UnattributedGroup[]
  >;
  for (const r of rows) out[r.board]?.push({ name: r.name, models: Number(r.models), bestRank: r.best_rank });
  return out;
}
