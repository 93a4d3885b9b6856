// Writes the standings summary (./summary.ts) over the caller's connection, inside its transaction: ingest calls it for
// each snapshot it writes, attribution for the snapshots of every model it re-attributes, and the sync after a migrate
// for any snapshot that has none yet (a database from before the summary existed). One snapshot's rows are held at a
// time, so memory stays bounded by the largest snapshot, not by the board's history.
import type pg from "pg";
import type { BoardSlug } from "@/lib/boards";
import { OVERALL } from "./categories";
import { rowsToFrame, type FrameRow } from "./frame-rows";
import { ALL_KEY, MARKER_COMBO, summarizeSnapshot, type SummaryRow } from "./summary";

/** Snapshots read per round trip, so a full rebuild does not pay one query per snapshot on boards with small ones. */
const BATCH_ROWS = 60_000;

interface SnapshotInfo {
  id: number;
  board: BoardSlug;
  date: string;
  entries: number;
}

const ROW_COLUMNS = `
  to_char(s.date, 'YYYY-MM-DD') AS date, s.created_at, m.key AS model,
  dev.country AS country_developer, base.country AS country_base`;
const JOINS = `
  JOIN model m ON m.id = x.model_id
  LEFT JOIN organization dev ON dev.id = m.developer_org_id
  LEFT JOIN organization base ON base.id = m.base_org_id`;

type Row = FrameRow & { snapshot_id: number; category: string };

async function readRows(client: pg.ClientBase, ids: number[]): Promise<Row[]> {
  const { rows } = await client.query<Row>(
    `SELECT s.id AS snapshot_id, '${OVERALL}' AS category, ${ROW_COLUMNS}, x.rank, x.rank_official, x.score, x.ci_lower, x.ci_upper, x.official, x.license
     FROM snapshot s JOIN entry x ON x.snapshot_id = s.id ${JOINS}
     WHERE s.id = ANY($1::int[])
     UNION ALL
     SELECT s.id, x.category, ${ROW_COLUMNS}, x.rank, NULL::int, x.score, x.ci_lower, x.ci_upper, NULL::bool, x.license
     FROM snapshot s JOIN category_entry x ON x.snapshot_id = s.id ${JOINS}
     WHERE s.id = ANY($1::int[])`,
    [ids],
  );
  return rows;
}

function summarize(info: SnapshotInfo, rows: Row[]): SummaryRow[] {
  const byCategory = new Map<string, Row[]>([[OVERALL, []]]);
  for (const r of rows) {
    const list = byCategory.get(r.category);
    if (list) list.push(r);
    else byCategory.set(r.category, [r]);
  }
  const out: SummaryRow[] = [];
  for (const [category, list] of byCategory) {
    // rowsToFrame cuts snapshots by date; all these rows share one, so the frame has one snapshot (none for an
    // overall board without entries: the marker row still lists its date).
    const snapshot = rowsToFrame(info.board, list).snapshots[0] ?? { date: info.date, entries: [] };
    out.push(...summarizeSnapshot(info.board, snapshot, category));
  }
  return out;
}

async function writeRows(client: pg.ClientBase, info: SnapshotInfo, rows: SummaryRow[]): Promise<void> {
  const col = <K extends keyof SummaryRow>(k: K) => rows.map((r) => r[k]);
  const arr = (k: "topRanksS" | "topRanksP") => rows.map((r) => `{${r[k].join(",")}}`);
  await client.query(
    `INSERT INTO standings_summary (snapshot_id, board_slug, date, category, attribution, license, official, key, models,
       best_rank_s, best_rank_s_model, best_rank_p, best_rank_p_model, best_score, best_score_s_model, best_score_p_model,
       best_score_ci_lower, best_score_ci_upper, top_ranks_s, top_ranks_p)
     SELECT $1, $2, $3::date, t.category, t.attribution, t.license, t.official, t.key, t.models, t.brs, t.brsm, t.brp, t.brpm,
            t.bs, t.bssm, t.bspm, t.cil, t.ciu, t.trs::int[], t.trp::int[]
     FROM unnest($4::text[], $5::text[], $6::text[], $7::bool[], $8::text[], $9::int[], $10::int[], $11::text[], $12::int[],
                 $13::text[], $14::float8[], $15::text[], $16::text[], $17::float8[], $18::float8[], $19::text[], $20::text[])
       AS t(category, attribution, license, official, key, models, brs, brsm, brp, brpm, bs, bssm, bspm, cil, ciu, trs, trp)`,
    [
      info.id, info.board, info.date,
      col("category"), col("attribution"), col("license"), col("official"), col("key"), col("models"),
      col("bestRankS"), col("bestRankSModel"), col("bestRankP"), col("bestRankPModel"),
      col("bestScore"), col("bestScoreSModel"), col("bestScorePModel"), col("bestScoreCiLower"), col("bestScoreCiUpper"),
      arr("topRanksS"), arr("topRanksP"),
    ],
  );
}

/** Rebuilds the summary of the given snapshots (any board) from what is stored now. Returns the rows written. */
export async function refreshSummaries(client: pg.ClientBase, snapshotIds: readonly number[]): Promise<number> {
  if (snapshotIds.length === 0) return 0;
  const { rows: infos } = await client.query<SnapshotInfo>(
    `SELECT s.id, s.board_slug AS board, to_char(s.date, 'YYYY-MM-DD') AS date,
            (SELECT count(*) FROM entry e WHERE e.snapshot_id = s.id)::int
              + (SELECT count(*) FROM category_entry c WHERE c.snapshot_id = s.id)::int AS entries
     FROM snapshot s WHERE s.id = ANY($1::int[]) ORDER BY s.id`,
    [[...new Set(snapshotIds)]],
  );
  await client.query("DELETE FROM standings_summary WHERE snapshot_id = ANY($1::int[])", [infos.map((i) => i.id)]);
  let written = 0;
  for (let i = 0; i < infos.length; ) {
    const batch: SnapshotInfo[] = [];
    let size = 0;
    while (i < infos.length && (batch.length === 0 || size + infos[i].entries <= BATCH_ROWS)) {
      size += infos[i].entries;
      batch.push(infos[i++]);
    }
    const rows = await readRows(client, batch.map((b) => b.id));
    const bySnapshot = new Map<number, Row[]>(batch.map((b) => [b.id, []]));
    for (const r of rows) bySnapshot.get(r.snapshot_id)!.push(r);
    for (const info of batch) {
      const summary = summarize(info, bySnapshot.get(info.id)!);
      await writeRows(client, info, summary);
      written += summary.length;
    }
  }
  return written;
}

/** Rebuilds the summary of every snapshot that holds one of the models (after their attribution changed). */
export async function refreshSummariesOfModels(client: pg.ClientBase, modelIds: readonly number[]): Promise<number> {
  if (modelIds.length === 0) return 0;
  const { rows } = await client.query<{ id: number }>(
    `SELECT DISTINCT snapshot_id AS id FROM entry WHERE model_id = ANY($1::int[])
     UNION SELECT DISTINCT snapshot_id FROM category_entry WHERE model_id = ANY($1::int[])`,
    [modelIds],
  );
  return refreshSummaries(client, rows.map((r) => r.id));
}

/** Builds the summary of every snapshot that has none (each summarized snapshot has its marker row). */
export async function refreshMissingSummaries(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT s.id FROM snapshot s WHERE NOT EXISTS (
       SELECT 1 FROM standings_summary ss WHERE ss.snapshot_id = s.id AND ss.category = $1 AND ss.key = $2
         AND ss.attribution = $3 AND ss.license = $4 AND ss.official = $5)
     ORDER BY s.id`,
    [OVERALL, ALL_KEY, MARKER_COMBO.attribution, MARKER_COMBO.license, MARKER_COMBO.official],
  );
  return refreshSummaries(client, rows.map((r) => r.id));
}
