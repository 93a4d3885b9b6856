// Reads one board's history in one category into a ColumnarFrame. The rows come from PostgreSQL a few hundred
// thousand at a time (whole snapshots per batch, as arrays, not objects) and go straight into preallocated typed
// columns, so a load holds one batch of rows beside the frame, never the whole history as objects. Cached per data
// version by ./cache.ts, so this runs rarely.
import "server-only";
import pg from "pg";
import type { BoardSlug } from "@/lib/boards";
import { env } from "@/lib/env";
import { OVERALL } from "./categories";
import { ColumnarBuilder, type ColumnarFrame } from "./columnar";

/** A frame plus what "data as of" lines need (`updatedAt`: newest snapshot's ingestion; `asOf`: newest date). */
export type LoadedFrame = ColumnarFrame;

interface FrameRow {
  date: string;
  created_at: Date;
  model: string | null;
  rank: number | null;
  rank_official: number | null;
  score: number | null;
  ci_lower?: number | null;
  ci_upper?: number | null;
  official: boolean | null;
  license: string | null;
  country_developer: string | null;
  country_base: string | null;
}

/** Rows ordered by date, one per entry (a row without a model keeps an empty snapshot's date): a frame. */
export function rowsToFrame(board: BoardSlug, rows: FrameRow[]): LoadedFrame {
  const b = new ColumnarBuilder(board, rows.length);
  let updated = 0;
  let last: string | null = null;
  for (const r of rows) {
    if (r.date !== last) b.snapshot((last = r.date));
    updated = Math.max(updated, r.created_at.getTime());
    if (r.model === null || r.rank === null || r.score === null) continue;
    b.row({
      model: r.model,
      countryDeveloper: r.country_developer,
      countryBase: r.country_base,
      rank: r.rank,
      rankOfficial: r.rank_official,
      score: r.score,
      ciLower: r.ci_lower ?? null,
      ciUpper: r.ci_upper ?? null,
      official: r.official,
      license: r.license,
    });
  }
  return b.finish({ updatedAt: updated > 0 ? new Date(updated).toISOString() : null, asOf: last });
}

/** Rows per query: whole snapshots, about this many rows together. */
const BATCH_ROWS = 50_000;

type EntryTuple = [snapshotId: number, modelId: number, rank: number, rankOfficial: number | null, score: number, ciLower: number | null, ciUpper: number | null, official: boolean | null, license: string | null];

/**
 * One board's frame in one prompt category. `overall` reads `entry` (every snapshot, so a snapshot without entries
 * keeps its date); another category reads `category_entry`, and only the snapshots that have it, so a series does not
 * show "no models" on dates before the category existed.
 */
export async function loadFrame(board: BoardSlug, category: string = OVERALL, connectionString = env().DATABASE_URL): Promise<LoadedFrame> {
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database.");
  const overall = category === OVERALL;
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Snapshots with their row counts in the category, by date.
    const snaps = await client.query<[number, string, Date, number]>({
      rowMode: "array",
      text: overall
        ? `SELECT s.id, to_char(s.date, 'YYYY-MM-DD'), s.created_at, (SELECT count(*)::int FROM entry e WHERE e.snapshot_id = s.id)
           FROM snapshot s WHERE s.board_slug = $1 ORDER BY s.date`
        : `SELECT s.id, to_char(s.date, 'YYYY-MM-DD'), s.created_at, c.n
           FROM snapshot s JOIN (SELECT snapshot_id, count(*)::int AS n FROM category_entry WHERE category = $2 GROUP BY 1) c ON c.snapshot_id = s.id
           WHERE s.board_slug = $1 ORDER BY s.date`,
      values: overall ? [board] : [board, category],
    });
    const total = snaps.rows.reduce((n, r) => n + r[3], 0);
    const b = new ColumnarBuilder(board, total);
    const models = await client.query<[number, string, string | null, string | null]>({
      rowMode: "array",
      text: `SELECT m.id, m.key, dev.country, base.country
             FROM model m
             LEFT JOIN organization dev ON dev.id = m.developer_org_id
             LEFT JOIN organization base ON base.id = m.base_org_id
             WHERE m.board_slug = $1`,
      values: [board],
    });
    const modelOf = new Map<number, number>();
    for (const [id, key, dev, base] of models.rows) modelOf.set(id, b.modelId(key, dev, base));

    let updated = 0;
    for (let i = 0; i < snaps.rows.length; ) {
      const batch: [number, string, Date, number][] = [];
      let rows = 0;
      while (i < snaps.rows.length && (batch.length === 0 || rows + snaps.rows[i][3] <= BATCH_ROWS)) {
        rows += snaps.rows[i][3];
        batch.push(snaps.rows[i++]);
      }
      const ids = batch.map((s) => s[0]);
      const res = await client.query<EntryTuple>({
        rowMode: "array",
        text: overall
          ? `SELECT snapshot_id, model_id, rank, rank_official, score, ci_lower, ci_upper, official, license
             FROM entry WHERE snapshot_id = ANY($1::int[])`
          : `SELECT snapshot_id, model_id, rank, NULL::int, score, ci_lower, ci_upper, NULL::bool, license
             FROM category_entry WHERE category = $2 AND snapshot_id = ANY($1::int[])`,
        values: overall ? [ids] : [ids, category],
      });
      const bySnapshot = new Map<number, EntryTuple[]>(ids.map((id) => [id, []]));
      for (const r of res.rows) bySnapshot.get(r[0])?.push(r);
      for (const [id, date, createdAt] of batch) {
        b.snapshot(date);
        updated = Math.max(updated, createdAt.getTime());
        for (const r of bySnapshot.get(id)!) {
          const model = modelOf.get(r[1]);
          if (model === undefined) throw new Error(`entry of snapshot ${id} names model ${r[1]}, not a model of ${board}`);
          b.push(model, r[2], r[3], r[4], r[5], r[6], r[7], b.licenseId(r[8]));
        }
      }
    }
    return b.finish({ updatedAt: updated > 0 ? new Date(updated).toISOString() : null, asOf: snaps.rows.at(-1)?.[1] ?? null });
  } finally {
    await client.end();
  }
}
