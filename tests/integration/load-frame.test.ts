// loadFrame reads a board's history packed by PostgreSQL (binary columns per snapshot, in batches): it must give the
// frame rowsToFrame gives from the same rows read one by one. Random histories with tied scores, null and non-null
// CIs, official flags and ranks, null and odd licences, an empty snapshot, models without organizations, categories,
// and more rows than one batch holds.
import pg from "pg";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import type { BoardSlug } from "@/lib/boards/info";
import type { ColumnarFrame } from "@/lib/frame/frame";
import { loadFrame, rowsToFrame } from "@/lib/frame/load";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

const LICENSES = [null, "MIT", "Apache 2.0", "", "Proprietary", "llama3.1", 'odd "quoted", {braced}\\'];

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

async function seed(client: pg.Client): Promise<void> {
  const rnd = random(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  await client.query(
    `INSERT INTO organization (slug, name, country, kind) VALUES ('us-lab', 'US Lab', 'US', 'lab'), ('cn-lab', 'CN Lab', 'CN', 'lab'), ('fr-lab', 'FR Lab', 'FR', 'lab')`,
  );
  const orgs = (await client.query<{ id: number }>("SELECT id FROM organization ORDER BY slug")).rows.map((r) => r.id);
  for (const [board, snapshots, perSnapshot, models] of [
    ["lmarena-text", 40, 300, 600],
    ["hf-open-llm-v2", 3, 30_000, 40_000],
  ] as const) {
    const modelRows = Array.from({ length: models }, (_, m) => [
      board,
      `${board === "hf-open-llm-v2" ? "org/" : ""}model-${(m * 7919) % models}`,
      pick([...orgs, null]),
      pick([...orgs, null]),
    ]);
    await client.query(
      `INSERT INTO model (board_slug, key, name, developer_org_id, base_org_id) SELECT b, k, k, d, o FROM unnest($1::text[], $2::text[], $3::int[], $4::int[]) AS t(b, k, d, o)`,
      [modelRows.map((r) => r[0]), modelRows.map((r) => r[1]), modelRows.map((r) => r[2]), modelRows.map((r) => r[3])],
    );
    const ids = (
      await client.query<{ id: number }>("SELECT id FROM model WHERE board_slug = $1 ORDER BY id", [board])
    ).rows.map((r) => r.id);
    for (let s = 0; s < snapshots; s++) {
      const date = new Date(Date.UTC(2025, 0, 1 + s)).toISOString().slice(0, 10);
      const snap = await client.query<{ id: number }>(
        `INSERT INTO snapshot (board_slug, date, source_ref, content_hash, entry_count, created_at) VALUES ($1, $2, 'test', repeat('0', 64), 0, $3) RETURNING id`,
        [board, date, new Date(Date.UTC(2025, 0, 2 + s, 3))],
      );
      // One snapshot without entries keeps its date.
      if (s === 1) continue;
      const chosen = ids.filter(() => rnd() < perSnapshot / ids.length);
      const cols = {
        model: [] as number[],
        rank: [] as number[],
        rankOfficial: [] as (number | null)[],
        score: [] as number[],
        lower: [] as (number | null)[],
        upper: [] as (number | null)[],
        license: [] as (string | null)[],
        official: [] as (boolean | null)[],
      };
      chosen.forEach((id, k) => {
        const score = Math.round(rnd() * 40) / 2; // many ties
        cols.model.push(id);
        cols.rank.push(1 + Math.floor(rnd() * (k + 1)));
        cols.rankOfficial.push(rnd() < 0.5 ? null : 1 + Math.floor(rnd() * 50));
        cols.score.push(score);
        const ci = board === "lmarena-text" && rnd() < 0.8;
        cols.lower.push(ci ? score - rnd() * 3 : null);
        cols.upper.push(ci && rnd() < 0.9 ? score + rnd() * 3 : null);
        cols.license.push(pick(LICENSES));
        cols.official.push(board === "hf-open-llm-v2" ? pick([true, false, null]) : null);
      });
      await client.query(
        `INSERT INTO entry (snapshot_id, model_id, rank, rank_official, score, ci_lower, ci_upper, license, official)
         SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::float8[], $6::float8[], $7::float8[], $8::text[], $9::bool[])`,
        [
          snap.rows[0].id,
          cols.model,
          cols.rank,
          cols.rankOfficial,
          cols.score,
          cols.lower,
          cols.upper,
          cols.license,
          cols.official,
        ],
      );
      if (board === "lmarena-text" && s % 2 === 0) {
        await client.query(
          `INSERT INTO category_entry (snapshot_id, category, model_id, rank, score, ci_lower, ci_upper, license)
           SELECT snapshot_id, 'coding', model_id, rank, score + 1, ci_lower, ci_upper, license FROM entry WHERE snapshot_id = $1 AND model_id % 3 <> 0`,
          [snap.rows[0].id],
        );
      }
    }
  }
}

/** The board's rows one per entry, plainly: what rowsToFrame takes. */
async function plainRows(client: pg.Client, board: BoardSlug, category: string) {
  const overall = category === "overall";
  const res = await client.query(
    `SELECT to_char(s.date, 'YYYY-MM-DD') AS date, s.created_at, m.key AS model, e.rank, ${overall ? "e.rank_official" : "NULL::int"} AS rank_official, e.score,
            e.ci_lower, e.ci_upper, ${overall ? "e.official" : "NULL::bool"} AS official, e.license, dev.country AS country_developer, base.country AS country_base,
            dev.slug AS org_developer_slug, dev.name AS org_developer_name, base.slug AS org_base_slug, base.name AS org_base_name
     FROM snapshot s
     ${overall ? "LEFT JOIN entry e ON e.snapshot_id = s.id" : "JOIN category_entry e ON e.snapshot_id = s.id AND e.category = $2"}
     LEFT JOIN model m ON m.id = e.model_id
     LEFT JOIN organization dev ON dev.id = m.developer_org_id
     LEFT JOIN organization base ON base.id = m.base_org_id
     WHERE s.board_slug = $1 ORDER BY s.date, m.id`,
    overall ? [board] : [board, category],
  );
  return res.rows;
}

/** Rows per (snapshot, attribution, country, licence class, official) cell, by country name rather than id. */
function countsByCountry(f: ColumnarFrame): Map<string, number> {
  const out = new Map<string, number>();
  const C = f.countries.length;
  const O = f.official ? 2 : 1;
  f.dates.forEach((_, s) => {
    const base = f.countsBlock(s);
    for (let a = 0; a < 2; a++)
      for (let c = 0; c < C; c++)
        for (let lc = 0; lc < 3; lc++)
          for (let o = 0; o < O; o++) {
            const n = f.counts[base + ((a * C + c) * 3 + lc) * O + o];
            if (n > 0) out.set(`${s}|${a}|${f.countries[c]}|${lc}|${o}`, n);
          }
  });
  return out;
}

/**
 * Two frames hold the same data: every column, with models, countries and licences compared by name (their ids
 * follow the order they were met in).
 */
function sameFrame(a: ColumnarFrame, b: ColumnarFrame): string[] {
  const differ: string[] = [];
  const skip = new Set([
    "licenses",
    "license",
    "licenseClass",
    "dateIndex",
    "snapshotViews",
    "modelKeys",
    "modelDev",
    "modelBase",
    "modelDevOrg",
    "modelBaseOrg",
    "orgs",
    "model",
    "countries",
    "counts",
  ]);
  for (const k of Object.keys(b))
    if (!skip.has(k) && !isDeepStrictEqual((a as never)[k], (b as never)[k])) differ.push(k);
  const rows = (f: ColumnarFrame) =>
    Array.from(
      f.score,
      (_, r) =>
        `${f.modelKeys[f.model[r]]}|${f.countries[f.modelDev[f.model[r]]]}|${f.countries[f.modelBase[f.model[r]]]}|${f.licenses[f.license[r]]}|${JSON.stringify(f.orgs[f.modelDevOrg[f.model[r]]])}|${JSON.stringify(f.orgs[f.modelBaseOrg[f.model[r]]])}`,
    );
  if (!isDeepStrictEqual(rows(a), rows(b))) differ.push("models or licences");
  if (!isDeepStrictEqual(countsByCountry(a), countsByCountry(b))) differ.push("counts");
  return differ;
}

describe("loadFrame", () => {
  let client: pg.Client;
  beforeAll(async () => {
    await truncateData(url);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    await seed(client);
  });
  afterAll(async () => {
    await client?.end();
    await truncateData(url);
  });

  test.each([
    ["lmarena-text", "overall"],
    ["lmarena-text", "coding"],
    ["hf-open-llm-v2", "overall"],
  ] as const)("%s / %s: the packed read gives the frame of the plain rows", async (board, category) => {
    const loaded = await loadFrame(board, category, url);
    const plain = rowsToFrame(board, await plainRows(client, board, category));
    expect(loaded.score.length).toBeGreaterThan(0);
    expect(loaded.dates).toEqual(plain.dates);
    expect(sameFrame(loaded, plain)).toEqual([]);
    expect({ updatedAt: loaded.updatedAt, asOf: loaded.asOf }).toEqual({
      updatedAt: plain.updatedAt,
      asOf: plain.asOf,
    });
  });
});
