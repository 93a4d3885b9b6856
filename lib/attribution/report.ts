// The attribution audit: per board, the organizations (arena) or namespaces (HF) that no registry rule
// attributes, with how many models they have and the best rank any of them reached.
import { boardInfo, compareBoards, KNOWN_BOARDS, type BoardSlug } from "@/lib/boards/info";

export interface UnattributedGroup {
  name: string;
  models: number;
  bestRank: number | null;
}

/** Runs one constant SQL text: a pg client's query, or Prisma's $queryRawUnsafe. */
export type RunSql = <T>(sql: string) => Promise<T[]>;

/**
 * Boards whose models are attributed by Hub namespace: the audit groups them by namespace. Slugs are fixed strings;
 * only curated records attribute by namespace (a derived record is an arena's, by organization).
 */
const NAMESPACE_BOARDS = KNOWN_BOARDS.filter((b) => boardInfo(b).attributedBy === "namespace")
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
  // Every stored board has a list, empty ones too, in list order.
  const boards = (await run<{ slug: string }>("SELECT slug FROM board")).map((b) => b.slug).sort(compareBoards);
  const out = Object.fromEntries(boards.map((b) => [b, [] as UnattributedGroup[]])) as Record<
    BoardSlug,
    UnattributedGroup[]
  >;
  for (const r of rows) out[r.board]?.push({ name: r.name, models: Number(r.models), bestRank: r.best_rank });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Before/after: what one sync changes, per board and attribution mode.

export const ATTRIBUTION_MODES = ["developer", "base"] as const;
export type AttributionMode = (typeof ATTRIBUTION_MODES)[number];

/** One model's attribution in both modes, as stored: organization slug and its country (null = unattributed). */
export interface StoredAttribution {
  board: BoardSlug;
  key: string;
  developer: { org: string | null; country: string | null };
  base: { org: string | null; country: string | null };
}

const STATE_SQL = `SELECT m.board_slug AS board, m.key, d.slug AS dev_org, d.country AS dev_country,
            b.slug AS base_org, b.country AS base_country
     FROM model m LEFT JOIN organization d ON d.id = m.developer_org_id LEFT JOIN organization b ON b.id = m.base_org_id`;

/** Every stored model's attribution, keyed by `board key`. Read it before and after a sync to compare. */
export async function attributionState(run: RunSql): Promise<Map<string, StoredAttribution>> {
  const rows = await run<{
    board: BoardSlug;
    key: string;
    dev_org: string | null;
    dev_country: string | null;
    base_org: string | null;
    base_country: string | null;
  }>(STATE_SQL);
  return new Map(
    rows.map((r) => [
      `${r.board} ${r.key}`,
      {
        board: r.board,
        key: r.key,
        developer: { org: r.dev_org, country: r.dev_country },
        base: { org: r.base_org, country: r.base_country },
      },
    ]),
  );
}

export interface ModeCounts {
  attributed: number;
  unattributed: number;
}

export interface ModeChange {
  before: ModeCounts;
  after: ModeCounts;
  /** Models whose organization differs after (newly attributed, unattributed, or moved to another organization). */
  changedOrganization: number;
  /** Models whose country differs after (a change of organization, or the organization's own country changed). */
  changedCountry: number;
}

export type AttributionChanges = Record<BoardSlug, Record<AttributionMode, ModeChange>>;

/**
 * Per board and mode: attributed and unattributed models before and after, and how many changed organization and
 * country. A model present on only one side (ingested between the two reads) counts on that side only.
 */
export function compareAttribution(
  before: ReadonlyMap<string, StoredAttribution>,
  after: ReadonlyMap<string, StoredAttribution>,
): AttributionChanges {
  const empty = (): ModeChange => ({
    before: { attributed: 0, unattributed: 0 },
    after: { attributed: 0, unattributed: 0 },
    changedOrganization: 0,
    changedCountry: 0,
  });
  // Every board either side holds (the stored boards are the runtime list), in list order.
  const boards = [...new Set([...before.values(), ...after.values()].map((m) => m.board))].sort(compareBoards);
  const out = Object.fromEntries(boards.map((b) => [b, { developer: empty(), base: empty() }])) as AttributionChanges;
  const tally = (side: "before" | "after", state: ReadonlyMap<string, StoredAttribution>) => {
    for (const m of state.values()) {
      const board = out[m.board];
      if (!board) continue;
      for (const mode of ATTRIBUTION_MODES) board[mode][side][m[mode].org === null ? "unattributed" : "attributed"]++;
    }
  };
  tally("before", before);
  tally("after", after);
  for (const [id, a] of after) {
    const b = before.get(id);
    const board = out[a.board];
    if (!b || !board) continue;
    for (const mode of ATTRIBUTION_MODES) {
      if (b[mode].org !== a[mode].org) board[mode].changedOrganization++;
      if (b[mode].country !== a[mode].country) board[mode].changedCountry++;
    }
  }
  return out;
}
