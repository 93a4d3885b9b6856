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

/** Writes one snapshot in its own transaction. Returns the number of entries inserted. */
export async function writeSnapshot(client: pg.ClientBase, snap: SourceSnapshot, runId: number): Promise<number> {
  const rows = snap.rows;
  await client.query("BEGIN");
  try {
    const models = await client.query<{ id: number; key: string }>(
      `INSERT INTO model (board_slug, key, name, organization, namespace, base_model)
       SELECT $1, k, n, o, ns, bm FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(k, n, o, ns, bm)
       ON CONFLICT (board_slug, key) DO UPDATE SET
         name = EXCLUDED.name,
         organization = COALESCE(EXCLUDED.organization, model.organization),
         namespace = COALESCE(EXCLUDED.namespace, model.namespace),
         base_model = COALESCE(EXCLUDED.base_model, model.base_model)
       RETURNING id, key`,
      [
        snap.board,
        rows.map((r) => r.key),
        rows.map((r) => r.name),
        rows.map((r) => r.organization),
        rows.map((r) => r.namespace),
        rows.map((r) => r.baseModel),
      ],
    );
    const idOf = new Map(models.rows.map((m) => [m.key, m.id]));
    const snapshot = await client.query<{ id: number }>(
      `INSERT INTO snapshot (board_slug, date, source_ref, content_hash, entry_count, ingest_run_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [snap.board, snap.date, snap.sourceRef, snap.contentHash, rows.length, runId],
    );
    const snapshotId = snapshot.rows[0].id;
    await copyRows(
      client,
      "entry",
      ENTRY_COLUMNS,
      rows.map((r) => [
        snapshotId,
        idOf.get(r.key),
        r.rank,
        r.rankOfficial,
        r.score,
        r.ciLower,
        r.ciUpper,
        r.votes,
        r.license,
        r.official,
        r.extra === null ? null : JSON.stringify(r.extra),
      ]),
    );
    await client.query("UPDATE data_version SET version = version + 1, updated_at = now() WHERE id = 1");
    await client.query("COMMIT");
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
