// Synthetic databases at a multiple of today's data, written with INSERT … SELECT generate_series so a 100× database
// takes minutes, not an ingest. For iterating on the standings layer's design (bench:standings-scale); the
// upstream-format generator that goes through the real ingest path is a separate tool. Shapes follow the mirror:
// arena snapshots with published ranks that differ from the score order, CIs, votes, licence strings of every kind
// and prompt categories on the later dates; HF snapshots with competition ranks, ~2% official rows and Base Model
// lineage. Models carry upstream organization spellings and Hub namespaces taken from the registry, and attribution
// runs through the registry (syncAttribution), so countries spread over US, CN, FR, GB, DE, other and unknown.
import pg from "pg";
import { migrate } from "./migrate-runner";
import { syncReferenceData } from "./reference-data";

export interface ScaleShape {
  arena: { snapshots: number; models: number; churn: number; categories: number; categoryDates: number };
  hf: { snapshots: number; models: number; churn: number };
}

/** 1× is today's mirror (arena 110 × ~133, 19 category dates; HF 10 × ~4,500); 100× is issue #13's example. */
export function shapeFor(scale: number): ScaleShape {
  if (scale <= 1) {
    return {
      arena: { snapshots: 110, models: 133, churn: 2, categories: 8, categoryDates: 19 },
      hf: { snapshots: 10, models: 4500, churn: 300 },
    };
  }
  if (scale <= 10) {
    return {
      arena: { snapshots: 1100, models: 330, churn: 1, categories: 8, categoryDates: 190 },
      hf: { snapshots: 30, models: 15_000, churn: 500 },
    };
  }
  return {
    arena: { snapshots: 3650, models: 1000, churn: 1, categories: 8, categoryDates: 640 },
    hf: { snapshots: 90, models: 50_000, churn: 600 },
  };
}

const BUCKETS = `
  CASE WHEN h < 40 THEN 'US' WHEN h < 60 THEN 'CN' WHEN h < 65 THEN 'FR' WHEN h < 70 THEN 'GB' WHEN h < 74 THEN 'DE'
       WHEN h < 85 THEN 'other' ELSE 'unknown' END`;

/** Creates (or replaces) the database, migrates it and fills it. Returns the row counts written. */
export async function buildScaleDatabase(
  adminUrl: string,
  name: string,
  scale: number,
  log: (l: string) => void = () => {},
) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  await migrate(url, { log: () => {} });
  await syncReferenceData(url);
  const shape = shapeFor(scale);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t0 = Date.now();
  try {
    await c.query("SET synchronous_commit = off");
    // Organizations per country bucket, with an upstream spelling (arena) and a Hub namespace (HF) the registry knows.
    await c.query(`
      CREATE TEMP TABLE scale_org AS
      SELECT bucket, (row_number() OVER (PARTITION BY bucket ORDER BY slug) - 1)::int AS idx, name AS alias, namespaces[1] AS ns
      FROM (SELECT *, CASE WHEN country IN ('US', 'CN', 'FR', 'GB', 'DE') THEN country ELSE 'other' END AS bucket
            FROM organization WHERE cardinality(namespaces) > 0) o`);
    await c.query(`CREATE TEMP TABLE scale_bucket AS SELECT bucket, count(*)::int AS n FROM scale_org GROUP BY bucket`);
    await writeArena(c, shape.arena, log);
    await writeHf(c, shape.hf, log);
    log(`attributing models through the registry`);
    await c.query("ANALYZE");
  } finally {
    await c.end();
  }
  await syncReferenceData(url);
  const counts = new pg.Client({ connectionString: url });
  await counts.connect();
  const { rows } = await counts.query<{ board_slug: string; snapshots: string; entries: string }>(
    `SELECT board_slug, count(*) AS snapshots, sum(entry_count) AS entries FROM snapshot GROUP BY board_slug ORDER BY board_slug`,
  );
  const cat = await counts.query<{ n: string }>("SELECT count(*) AS n FROM category_entry");
  await counts.end();
  log(
    `built ${name} in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${rows.map((r) => `${r.board_slug} ${r.snapshots} × ${Math.round(Number(r.entries) / Number(r.snapshots))}`).join(", ")}, ${cat.rows[0].n} category rows`,
  );
  return { url, boards: rows, categoryRows: Number(cat.rows[0].n) };
}

async function writeArena(c: pg.Client, s: ScaleShape["arena"], log: (l: string) => void) {
  const pool = s.models + s.snapshots * s.churn;
  log(`arena: ${s.snapshots} snapshots × ${s.models} models (${pool} models in all)`);
  await c.query(
    `INSERT INTO model (board_slug, key, name, organization)
     SELECT 'lmarena-text', 'arena-model-' || i, 'Arena Model ' || i,
            CASE WHEN b.bucket = 'unknown' THEN CASE WHEN i % 2 = 0 THEN 'Unlisted Lab ' || (i % 17) END ELSE o.alias END
     FROM generate_series(0, $1::int - 1) i
     CROSS JOIN LATERAL (SELECT ${BUCKETS} AS bucket FROM (SELECT ((i::bigint * 2654435761) % 100)::int AS h) x) b
     LEFT JOIN scale_bucket sb ON sb.bucket = b.bucket
     LEFT JOIN scale_org o ON o.bucket = b.bucket AND o.idx = i % sb.n`,
    [pool],
  );
  await c.query(
    `CREATE TEMP TABLE scale_model AS SELECT 'a'::text AS board, substr(key, 13)::int AS i, id FROM model WHERE board_slug = 'lmarena-text'`,
  );
  await c.query(
    `INSERT INTO snapshot (board_slug, date, source_ref, content_hash, entry_count)
     SELECT 'lmarena-text', date '2016-01-01' + d, 'synthetic:' || d, rpad(md5('arena' || d), 64, '0'), $2
     FROM generate_series(0, $1::int - 1) d`,
    [s.snapshots, s.models],
  );
  // Score: a model's strength, a slow drift and a wobble, on a 0.5 grid so some scores tie. Published rank: an
  // ordinal rank by a noisier score, so it differs from the score rank as the arena's does.
  await c.query(
    `INSERT INTO entry (snapshot_id, model_id, rank, score, ci_lower, ci_upper, votes, license)
     SELECT x.snapshot_id, x.model_id, row_number() OVER (PARTITION BY x.snapshot_id ORDER BY x.score + x.noise DESC, x.model_id),
            x.score, x.score - 3 - x.i % 5, x.score + 3 + x.i % 7, 500 + x.i * 3 % 40000, x.license
     FROM (
       SELECT s.id AS snapshot_id, m.id AS model_id, k.i,
              round((1000 + (k.i % 997) * 0.4 + d * 0.02 + (k.i * 31 + d * 17) % 13) * 2) / 2 AS score,
              ((k.i * 7 + d) % 9) * 0.7 AS noise,
              (ARRAY['Proprietary', 'Apache 2.0', 'Proprietary', 'MIT', 'Llama 3.1 Community', NULL, '', 'Propretary', 'Proprietary', 'Gemma'])[1 + k.i % 10] AS license
       FROM generate_series(0, $1::int - 1) d
       JOIN snapshot s ON s.board_slug = 'lmarena-text' AND s.date = date '2016-01-01' + d
       CROSS JOIN LATERAL generate_series(d * $3::int, d * $3::int + $2::int - 1) k(i)
       JOIN scale_model m ON m.board = 'a' AND m.i = k.i
     ) x`,
    [s.snapshots, s.models, s.churn],
  );
  log(`arena: ${s.categoryDates} dates × ${s.categories} prompt categories`);
  await c.query(
    `INSERT INTO category_entry (snapshot_id, category, model_id, rank, score, ci_lower, ci_upper, votes, license)
     SELECT e.snapshot_id, cat, e.model_id,
            rank() OVER (PARTITION BY e.snapshot_id, cat ORDER BY e.score + (e.model_id * 13 + ci) % 23 DESC),
            e.score + (e.model_id * 13 + ci) % 23, e.ci_lower + (e.model_id * 13 + ci) % 23, e.ci_upper + (e.model_id * 13 + ci) % 23,
            e.votes / 4, e.license
     FROM entry e
     JOIN snapshot s ON s.id = e.snapshot_id AND s.board_slug = 'lmarena-text' AND s.date >= date '2016-01-01' + ($1::int - $2::int)
     CROSS JOIN LATERAL (SELECT ci, (ARRAY['chinese', 'english', 'coding', 'hard_6', 'math', 'creative_writing', 'longer_query', 'multiturn'])[ci] AS cat
                         FROM generate_series(1, $3::int) ci) c`,
    [s.snapshots, s.categoryDates, s.categories],
  );
}

async function writeHf(c: pg.Client, s: ScaleShape["hf"], log: (l: string) => void) {
  const pool = s.models + s.snapshots * s.churn;
  log(`hf: ${s.snapshots} snapshots × ${s.models} rows (${pool} models in all)`);
  // Every fifth model is a fine-tune of an earlier one, so base attribution differs from the developer's.
  await c.query(
    `INSERT INTO model (board_slug, key, name, organization, namespace, base_model)
     SELECT 'hf-open-llm-v2', ns || '/hf-model-' || i || '_bfloat16', ns || '/hf-model-' || i, NULL, ns,
            CASE WHEN i % 5 = 4 AND i > 100 THEN bns || '/hf-model-' || (i * 7 % (i - 1)) END
     FROM (
       SELECT i, coalesce(o.ns, 'anon-user-' || (i % 211)) AS ns,
              coalesce(bo.ns, 'anon-user-' || ((i * 7 % greatest(i - 1, 1)) % 211)) AS bns
       FROM generate_series(0, $1::int - 1) i
       CROSS JOIN LATERAL (SELECT ${BUCKETS} AS bucket FROM (SELECT ((i::bigint * 2654435761) % 100)::int AS h) x) b
       LEFT JOIN scale_bucket sb ON sb.bucket = b.bucket
       LEFT JOIN scale_org o ON o.bucket = b.bucket AND o.idx = i % sb.n
       CROSS JOIN LATERAL (SELECT ${BUCKETS} AS bucket FROM (SELECT (((i * 7 % greatest(i - 1, 1))::bigint * 2654435761) % 100)::int AS h) x) bb
       LEFT JOIN scale_bucket bsb ON bsb.bucket = bb.bucket
       LEFT JOIN scale_org bo ON bo.bucket = bb.bucket AND bo.idx = (i * 7 % greatest(i - 1, 1)) % bsb.n
     ) t`,
    [pool],
  );
  await c.query(
    `INSERT INTO scale_model SELECT 'h', split_part(split_part(key, '/hf-model-', 2), '_', 1)::int, id FROM model WHERE board_slug = 'hf-open-llm-v2'`,
  );
  await c.query("CREATE INDEX ON scale_model (board, i)");
  await c.query(
    `INSERT INTO snapshot (board_slug, date, source_ref, content_hash, entry_count)
     SELECT 'hf-open-llm-v2', date '2024-06-01' + d * 3, 'synthetic:' || d, rpad(md5('hf' || d), 64, '0'), $2
     FROM generate_series(0, $1::int - 1) d`,
    [s.snapshots, s.models],
  );
  // Averages on a 0.01 grid (many ties among 50,000 rows); the stored rank is the competition rank by score, and
  // official rows (2%) get their own competition rank, as the HF adapter stores them.
  await c.query(
    `INSERT INTO entry (snapshot_id, model_id, rank, rank_official, score, license, official)
     SELECT snapshot_id, model_id, rank() OVER (PARTITION BY snapshot_id ORDER BY score DESC),
            CASE WHEN official THEN rank() OVER (PARTITION BY snapshot_id, official ORDER BY score DESC) END,
            score, license, official
     FROM (
       SELECT s.id AS snapshot_id, m.id AS model_id,
              round((8 + (k.i % 5003) * 0.008 + ((k.i * 13 + d) % 11) * 0.1)::numeric, 2)::float8 AS score,
              (ARRAY['apache-2.0', 'mit', 'other', NULL, 'llama3.1', 'apache-2.0', NULL, 'cc-by-nc-4.0'])[1 + k.i % 8] AS license,
              k.i % 50 = 0 AS official
       FROM generate_series(0, $1::int - 1) d
       JOIN snapshot s ON s.board_slug = 'hf-open-llm-v2' AND s.date = date '2024-06-01' + d * 3
       CROSS JOIN LATERAL generate_series(d * $3::int, d * $3::int + $2::int - 1) k(i)
       JOIN scale_model m ON m.board = 'h' AND m.i = k.i
     ) x`,
    [s.snapshots, s.models, s.churn],
  );
}
