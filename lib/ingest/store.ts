// Writes whole snapshots over one pg connection: models upserted with unnest() arrays and entries
// bulk-loaded with COPY, all in one transaction, so a snapshot is either all there or absent.
import type pg from "pg";
import type { BoardSlug } from "@/lib/boards";
import type { SourceSnapshot } from "@/lib/sources/types";
import { copyRows } from "./copy";

const ENTRY_COLUMNS = [
  "snapshot_id", "model_id", "rank", "rank_official", "score", "ci_lower", "ci_upper", "votes", "license", "official", "extra",
] as const;

export interface StoredSnapshot {
  date: string;
  contentHash: string;
  sourceRef: string;
}

export async function storedSnapshots(client: pg.ClientBase, board: BoardSlug): Promise<StoredSnapshot[]> {
  const { rows } = await client.query<{ date: string; content_hash: string; source_ref: string }>(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, content_hash, source_ref
     FROM snapshot WHERE board_slug = $1 ORDER BY date`,
    [board],
  );
  return rows.map((r) => ({ date: r.date, contentHash: r.content_hash, sourceRef: r.source_ref }));
}

/**
 * How entries are bulk-loaded: COPY on PostgreSQL; on the embedded PGlite, whose socket server cannot carry
 * COPY's data messages (the connection breaks), one INSERT from a JSON array of the rows.
 */
export type BulkMethod = "copy" | "insert";

export async function bulkMethodFor(client: pg.ClientBase): Promise<BulkMethod> {
  const { rows } = await client.query<{ version: string }>("SELECT version()");
  return /PGlite/i.test(rows[0].version) ? "insert" : "copy";
}

async function insertEntries(client: pg.ClientBase, entries: readonly (readonly unknown[])[]): Promise<void> {
  await client.query(
    `INSERT INTO entry (${ENTRY_COLUMNS.join(", ")})
     SELECT (r->>0)::int, (r->>1)::int, (r->>2)::int, (r->>3)::int, (r->>4)::float8, (r->>5)::float8, (r->>6)::float8,
            (r->>7)::int, r->>8, (r->>9)::bool, (r->>10)::jsonb
     FROM jsonb_array_elements($1::jsonb) AS t(r)`,
    [JSON.stringify(entries)],
  );
}

/** A board's stored models by key, so each snapshot upserts only models that are new or changed. */
export type ModelCache = Map<string, { id: number; facts: string }>;

interface ModelRow {
  id: number;
  key: string;
  name: string;
  organization: string | null;
  namespace: string | null;
  baseModel: string | null;
}

const modelFacts = (r: Omit<ModelRow, "id" | "key">) => JSON.stringify([r.name, r.organization, r.namespace, r.baseModel]);

export async function loadModelCache(client: pg.ClientBase, board: BoardSlug): Promise<ModelCache> {
  const { rows } = await client.query<ModelRow>(
    `SELECT id, key, name, organization, namespace, base_model AS "baseModel" FROM model WHERE board_slug = $1`,
    [board],
  );
  return new Map(rows.map((r) => [r.key, { id: r.id, facts: modelFacts(r) }]));
}

/**
 * Writes one snapshot in its own transaction and returns the number of entries inserted. The cache is
 * updated only after COMMIT, so a rolled-back snapshot never leaves ids of models that do not exist.
 */
export async function writeSnapshot(
  client: pg.ClientBase,
  snap: SourceSnapshot,
  runId: number,
  cache: ModelCache,
  bulk: BulkMethod = "copy",
): Promise<number> {
  const rows = snap.rows;
  const changed = rows.filter((r) => cache.get(r.key)?.facts !== modelFacts(r));
  await client.query("BEGIN");
  try {
    // Ingest is idempotent and re-runnable, so it need not wait for the WAL flush: a crash can lose the
    // last commits (never half of one), and the next run writes them again.
    await client.query("SET LOCAL synchronous_commit = off");
    const models = changed.length === 0 ? { rows: [] as ModelRow[] } : await client.query<ModelRow>(
      `INSERT INTO model (board_slug, key, name, organization, namespace, base_model)
       SELECT $1, k, n, o, ns, bm FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(k, n, o, ns, bm)
       ON CONFLICT (board_slug, key) DO UPDATE SET
         name = EXCLUDED.name,
         organization = COALESCE(EXCLUDED.organization, model.organization),
         namespace = COALESCE(EXCLUDED.namespace, model.namespace),
         base_model = COALESCE(EXCLUDED.base_model, model.base_model)
       RETURNING id, key, name, organization, namespace, base_model AS "baseModel"`,
      [
        snap.board,
        changed.map((r) => r.key),
        changed.map((r) => r.name),
        changed.map((r) => r.organization),
        changed.map((r) => r.namespace),
        changed.map((r) => r.baseModel),
      ],
    );
    const upserted = new Map(models.rows.map((m) => [m.key, { id: m.id, facts: modelFacts(m) }]));
    const idOf = (key: string) => upserted.get(key)?.id ?? cache.get(key)!.id;
    const snapshot = await client.query<{ id: number }>(
      `INSERT INTO snapshot (board_slug, date, source_ref, content_hash, entry_count, ingest_run_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [snap.board, snap.date, snap.sourceRef, snap.contentHash, rows.length, runId],
    );
    const snapshotId = snapshot.rows[0].id;
    const entries = rows.map((r) => [
      snapshotId,
      idOf(r.key),
      r.rank,
      r.rankOfficial,
      r.score,
      r.ciLower,
      r.ciUpper,
      r.votes,
      r.license,
      r.official,
      r.extra === null ? null : JSON.stringify(r.extra),
    ] as const);
    if (bulk === "copy") await copyRows(client, "entry", ENTRY_COLUMNS, entries);
    else await insertEntries(client, entries);
    await client.query("UPDATE data_version SET version = version + 1, updated_at = now() WHERE id = 1");
    await client.query("COMMIT");
    for (const [key, value] of upserted) cache.set(key, value);
    return rows.length;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

export async function countBoard(client: pg.ClientBase, board: BoardSlug): Promise<{ snapshots: number; entries: number }> {
  const { rows } = await client.query<{ snapshots: string; entries: string }>(
    `SELECT count(DISTINCT s.id) AS snapshots, count(e.snapshot_id) AS entries
     FROM snapshot s LEFT JOIN entry e ON e.snapshot_id = s.id WHERE s.board_slug = $1`,
    [board],
  );
  return { snapshots: Number(rows[0].snapshots), entries: Number(rows[0].entries) };
}
