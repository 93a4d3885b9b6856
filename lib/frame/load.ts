// Reads one board's history in one category into a ColumnarFrame. The rows come from PostgreSQL a few hundred
// thousand at a time (whole snapshots per batch, as arrays, not objects) and go straight into preallocated typed
// columns, so a load holds one batch of rows beside the frame, never the whole history as objects. Cached per data
// version by ./cache.ts, so this runs rarely.
import "server-only";
import pg from "pg";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { env } from "@/lib/core/env";
import { OVERALL } from "@/lib/boards/categories";
import { ColumnarBuilder } from "@/lib/frame/build";
import { type ColumnarFrame } from "@/lib/frame/frame";

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
  /** The organizations' slugs and names; absent in callers that only need countries. */
  org_developer_slug?: string | null;
  org_developer_name?: string | null;
  org_base_slug?: string | null;
  org_base_name?: string | null;
}

const orgOf = (slug: string | null | undefined, name: string | null | undefined) =>
  slug ? { slug, name: name ?? slug } : null;

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
      orgDeveloper: orgOf(r.org_developer_slug, r.org_developer_name),
      orgBase: orgOf(r.org_base_slug, r.org_base_name),
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

/**
 * One snapshot's rows as PostgreSQL packs them: each numeric column is the big-endian binary of its values
 * (int4send/float8send) concatenated in one bytea and sent as base64, so a snapshot of 50,000 rows is one result row
 * of a few strings rather than 50,000 rows of nine parsed fields. Null CIs are NaN, null official ranks -1, the
 * official flag one byte (0 false, 1 true, 2 null); a column the snapshot has no value in at all is null.
 */
type PackedSnapshot = [
  snapshotId: number,
  rows: number,
  model: string,
  rank: string,
  score: string,
  ciLower: string | null,
  ciUpper: string | null,
  rankOfficial: string | null,
  official: string | null,
  licenses: (string | null)[],
];

/**
 * The packed-snapshot query over `source` (entry or category_entry rows with the same column names), read in the
 * order of `order`. Score order (then whatever order PostgreSQL keeps ties in) spares the builder its sort; the
 * builder checks it and sorts what is not, so any order gives the same frame.
 */
function packedQuery(source: string, order: string, official: boolean): string {
  const bytes = (expr: string) => `encode(string_agg(${expr}, ''::bytea), 'base64')`;
  const ci = (col: string) =>
    `CASE WHEN bool_or(${col} IS NOT NULL) THEN ${bytes(`float8send(coalesce(${col}, 'NaN'))`)} END`;
  return `SELECT snapshot_id, count(*)::int, ${bytes("int4send(model_id)")}, ${bytes("int4send(rank)")}, ${bytes("float8send(score)")},
            ${ci("ci_lower")}, ${ci("ci_upper")},
            ${official ? `${bytes("int4send(coalesce(rank_official, -1))")}, ${bytes("CASE WHEN official THEN '\\x01'::bytea WHEN NOT official THEN '\\x00'::bytea ELSE '\\x02'::bytea END")}` : "NULL, NULL"},
            array_agg(license)
          FROM (${source} ORDER BY ${order}) r
          GROUP BY snapshot_id`;
}

/** A packed column's values, big-endian 4- or 8-byte, as a DataView (the builder reads it row by row). */
function column(base64: string | null, width: number, rows: number, what: string): DataView | null {
  if (base64 === null) return null;
  const buf = Buffer.from(base64, "base64");
  if (buf.byteLength !== rows * width)
    throw new Error(`packed ${what} column holds ${buf.byteLength} bytes for ${rows} rows`);
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * One board's frame in one prompt category. `overall` reads `entry` (every snapshot, so a snapshot without entries
 * keeps its date); another category reads `category_entry`, and only the snapshots that have it, so a series does not
 * show "no models" on dates before the category existed. Whole snapshots are read a batch at a time, packed by
 * PostgreSQL into a few binary columns each (see PackedSnapshot), and decoded straight into the builder's
 * preallocated typed columns: the load never holds rows as objects, and at most one batch's strings beside the frame.
 */
export async function loadFrame(
  board: BoardSlug,
  category: string = OVERALL,
  connectionString = env().DATABASE_URL,
): Promise<LoadedFrame> {
  if (!connectionString)
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database.");
  const overall = category === OVERALL;
  const client = new pg.Client({ connectionString });
  let second: pg.Client | null = null;
  await client.connect();
  try {
    // The batch queries below are estimated at many times their rows, which makes PostgreSQL compile them (JIT) at
    // about 100 ms each and sort on disk: neither pays at 50,000 rows a query.
    await client.query("SET jit = off");
    await client.query("SET work_mem = '64MB'");
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
    const models = await client.query<
      [number, string, string | null, string | null, string | null, string | null, string | null, string | null]
    >({
      rowMode: "array",
      text: `SELECT m.id, m.key, dev.country, base.country, dev.slug, dev.name, base.slug, base.name
             FROM model m
             LEFT JOIN organization dev ON dev.id = m.developer_org_id
             LEFT JOIN organization base ON base.id = m.base_org_id
             WHERE m.board_slug = $1`,
      values: [board],
    });
    // Database model id → frame model index, in a dense array (ids are serial).
    let maxId = 0;
    for (const r of models.rows) maxId = Math.max(maxId, r[0]);
    const modelOf = new Int32Array(maxId + 1).fill(-1);
    for (const [id, key, dev, base, devSlug, devName, baseSlug, baseName] of models.rows)
      modelOf[id] = b.modelId(key, dev, base, orgOf(devSlug, devName), orgOf(baseSlug, baseName));
    models.rows.length = 0;

    const official = boardInfo(board).hasOfficial && overall;
    const text = packedQuery(
      overall
        ? `SELECT snapshot_id, model_id, rank, rank_official, score, ci_lower, ci_upper, official, license FROM entry WHERE snapshot_id = ANY($1::int[])`
        : `SELECT snapshot_id, model_id, rank, NULL::int AS rank_official, score, ci_lower, ci_upper, NULL::bool AS official, license
           FROM category_entry WHERE category = $2 AND snapshot_id = ANY($1::int[])`,
      "snapshot_id, score DESC",
      official,
    );
    // Batches of whole snapshots; the next batch's query is sent before this one is decoded, so PostgreSQL packs it
    // while this process fills the columns.
    const batches: [number, string, Date, number][][] = [];
    for (let i = 0; i < snaps.rows.length;) {
      const batch: [number, string, Date, number][] = [];
      let rows = 0;
      while (i < snaps.rows.length && (batch.length === 0 || rows + snaps.rows[i][3] <= BATCH_ROWS)) {
        rows += snaps.rows[i][3];
        batch.push(snaps.rows[i++]);
      }
      batches.push(batch);
    }
    // PostgreSQL's packing is the larger share of a load: a second connection packs every other batch alongside.
    const clients = [client];
    if (batches.length > 1) {
      second = new pg.Client({ connectionString });
      await second.connect();
      clients.push(second);
      await second.query("SET jit = off");
      await second.query("SET work_mem = '64MB'");
    }
    const fetchBatch = (bi: number): Promise<{ rows: PackedSnapshot[] }> | null => {
      if (bi >= batches.length) return null;
      const ids = batches[bi].filter((s) => s[3] > 0).map((s) => s[0]);
      const p =
        ids.length === 0
          ? Promise.resolve({ rows: [] })
          : clients[bi % clients.length].query<PackedSnapshot>({
              rowMode: "array",
              text,
              values: overall ? [ids] : [ids, category],
            });
      // A failed prefetch must not surface as an unhandled rejection while an earlier batch is decoded.
      p.catch(() => {});
      return p;
    };
    let updated = 0;
    const pending = [fetchBatch(0), fetchBatch(1)];
    for (let bi = 0; bi < batches.length; bi++) {
      const batch = batches[bi];
      const res = await pending[bi % 2]!;
      pending[bi % 2] = fetchBatch(bi + 2);
      const packedOf = new Map<number, PackedSnapshot>(res.rows.map((r) => [r[0], r]));
      res.rows.length = 0;
      for (const [id, date, createdAt] of batch) {
        b.snapshot(date);
        updated = Math.max(updated, createdAt.getTime());
        const p = packedOf.get(id);
        if (!p) continue;
        packedOf.delete(id);
        const n = p[1];
        const model = column(p[2], 4, n, "model")!;
        const rank = column(p[3], 4, n, "rank")!;
        const score = column(p[4], 8, n, "score")!;
        const lower = column(p[5], 8, n, "ci_lower");
        const upper = column(p[6], 8, n, "ci_upper");
        const rankOfficial = column(p[7], 4, n, "rank_official");
        const flags = p[8] === null ? null : Buffer.from(p[8], "base64");
        const licenses = p[9];
        for (let k = 0; k < n; k++) {
          const dbId = model.getInt32(4 * k);
          const m = dbId < modelOf.length ? modelOf[dbId] : -1;
          if (m === -1) throw new Error(`entry of snapshot ${id} names model ${dbId}, not a model of ${board}`);
          const lo = lower ? lower.getFloat64(8 * k) : NaN;
          const hi = upper ? upper.getFloat64(8 * k) : NaN;
          const ro = rankOfficial ? rankOfficial.getInt32(4 * k) : -1;
          const flag = flags ? flags[k] : 2;
          b.push(
            m,
            rank.getInt32(4 * k),
            ro === -1 ? null : ro,
            score.getFloat64(8 * k),
            Number.isNaN(lo) ? null : lo,
            Number.isNaN(hi) ? null : hi,
            flag === 2 ? null : flag === 1,
            b.licenseId(licenses[k]),
          );
        }
      }
    }
    return b.finish({
      updatedAt: updated > 0 ? new Date(updated).toISOString() : null,
      asOf: snaps.rows.at(-1)?.[1] ?? null,
    });
  } finally {
    await Promise.all([client.end(), second?.end()]);
  }
}
