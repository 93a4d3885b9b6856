// Syncs the curated registry into the organization table and re-attributes every stored model.
// Runs on migrate and after every ingest; a registry change re-attributes all history with no download.
import type pg from "pg";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { attributeArena, attributeHf, ORGANIZATIONS, type ModelFacts } from "./attribute";

export interface SyncResult {
  organizations: number;
  modelsChanged: number;
}

async function syncOrganizations(client: pg.ClientBase): Promise<Map<string, number>> {
  const orgs = ORGANIZATIONS;
  await client.query(
    `INSERT INTO organization (slug, name, country, kind, aliases, namespaces, note, uncertain,
       source_url, source_kind, source_reviewed_on, contested_rule, contested_note)
     SELECT slug, name, country, kind, aliases::text[], namespaces::text[], note, uncertain,
       source_url, source_kind, source_reviewed_on::date, contested_rule, contested_note
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[],
       $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
       AS t(slug, name, country, kind, aliases, namespaces, note, uncertain,
         source_url, source_kind, source_reviewed_on, contested_rule, contested_note)
     ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, country = EXCLUDED.country, kind = EXCLUDED.kind,
       aliases = EXCLUDED.aliases, namespaces = EXCLUDED.namespaces, note = EXCLUDED.note,
       uncertain = EXCLUDED.uncertain, source_url = EXCLUDED.source_url, source_kind = EXCLUDED.source_kind,
       source_reviewed_on = EXCLUDED.source_reviewed_on, contested_rule = EXCLUDED.contested_rule,
       contested_note = EXCLUDED.contested_note`,
    [
      orgs.map((o) => o.slug),
      orgs.map((o) => o.name),
      orgs.map((o) => o.country),
      orgs.map((o) => o.kind),
      // Postgres has no array of arrays of differing lengths: pass each list as an array literal.
      orgs.map((o) => toArrayLiteral(o.aliases)),
      orgs.map((o) => toArrayLiteral(o.namespaces)),
      orgs.map((o) => o.note ?? null),
      orgs.map((o) => o.uncertain === true),
      orgs.map((o) => o.source.url),
      orgs.map((o) => o.source.kind),
      orgs.map((o) => o.source.reviewedOn),
      orgs.map((o) => o.contested?.rule ?? null),
      orgs.map((o) => o.contested?.note ?? null),
    ],
  );
  // Organizations removed from the registry: their models become unattributed (FK ON DELETE SET NULL).
  await client.query("DELETE FROM organization WHERE NOT (slug = ANY($1::text[]))", [orgs.map((o) => o.slug)]);
  const { rows } = await client.query<{ id: number; slug: string }>("SELECT id, slug FROM organization");
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function toArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

const ARENA_FACTS_SQL = `SELECT id, key, name, organization, namespace, base_model AS "baseModel" FROM model
  WHERE board_slug = $1 AND ($2::text[] IS NULL OR key = ANY($2::text[]))`;

/** Hub boards also give base mode each model's architecture and type, as its latest snapshot recorded them. */
const HUB_FACTS_SQL = `SELECT m.id, m.key, m.name, m.organization, m.namespace, m.base_model AS "baseModel",
    x.architecture, x.type
  FROM model m
  LEFT JOIN LATERAL (
    SELECT e.extra->>'architecture' AS architecture, e.extra->>'type' AS type FROM entry e
    WHERE e.model_id = m.id AND e.extra->>'architecture' IS NOT NULL ORDER BY e.snapshot_id DESC LIMIT 1
  ) x ON true
  WHERE m.board_slug = $1 AND ($2::text[] IS NULL OR m.key = ANY($2::text[]))`;

async function reattributeBoard(
  client: pg.ClientBase,
  board: BoardSlug,
  ids: Map<string, number>,
  only?: ReadonlySet<string>,
): Promise<number> {
  // The arena attributes each model on its own; HF walks lineage, so it needs the whole board to attribute any model.
  const byOrganization = boardInfo(board).attributedBy === "organization";
  const narrow = only !== undefined && byOrganization;
  const { rows: all } = await client.query<ModelFacts & { id: number }>(
    byOrganization ? ARENA_FACTS_SQL : HUB_FACTS_SQL,
    [board, narrow ? [...only] : null],
  );
  const rows = only ? all.filter((r) => only.has(r.key)) : all;
  if (rows.length === 0) return 0;
  const attributed = byOrganization ? attributeArena(all) : attributeHf(all);
  const idOf = (slug: string | null) => (slug === null ? null : (ids.get(slug) ?? null));
  const result = await client.query(
    `UPDATE model m SET developer_org_id = t.dev, developer_why = t.dev_why, base_org_id = t.base, base_why = t.base_why
     FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::text[]) AS t(id, dev, dev_why, base, base_why)
     WHERE m.id = t.id AND (m.developer_org_id IS DISTINCT FROM t.dev OR m.developer_why IS DISTINCT FROM t.dev_why
       OR m.base_org_id IS DISTINCT FROM t.base OR m.base_why IS DISTINCT FROM t.base_why)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => idOf(attributed.get(r.key)!.developer.orgSlug)),
      rows.map((r) => attributed.get(r.key)!.developer.why),
      rows.map((r) => idOf(attributed.get(r.key)!.base.orgSlug)),
      rows.map((r) => attributed.get(r.key)!.base.why),
    ],
  );
  return result.rowCount ?? 0;
}

/**
 * A hash of every stored organization row, whole (a NULL and an empty string differ, and a new column is covered
 * without editing this): when it changes, the data version is bumped so cached answers are rebuilt.
 */
const REGISTRY_HASH = "SELECT md5(string_agg(o::text, ',' ORDER BY o.slug)) AS h FROM organization o";

/** One transaction: registry upserted, every board re-attributed, data version bumped when anything changed. */
export async function syncAttribution(client: pg.ClientBase): Promise<SyncResult> {
  await client.query("BEGIN");
  try {
    // Serialise concurrent syncs (migrate and ingest can overlap on start-up).
    await client.query("SELECT pg_advisory_xact_lock(7274003)");
    const before = await client.query<{ h: string | null }>(REGISTRY_HASH);
    const ids = await syncOrganizations(client);
    const after = await client.query<{ h: string | null }>(REGISTRY_HASH);
    let modelsChanged = 0;
    // Every stored board: the `board` table is the runtime list.
    const boards = await client.query<{ slug: string }>("SELECT slug FROM board ORDER BY slug");
    for (const { slug } of boards.rows) modelsChanged += await reattributeBoard(client, slug, ids);
    if (modelsChanged > 0 || before.rows[0].h !== after.rows[0].h) {
      await client.query("UPDATE data_version SET version = version + 1, updated_at = now() WHERE id = 1");
    }
    await client.query("COMMIT");
    return { organizations: ids.size, modelsChanged };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

/**
 * Attributes the given models of one board with the registry as stored (the organization table), over the caller's
 * connection and inside its transaction: ingest calls it for the models a snapshot adds, so a new snapshot is never
 * served with them unattributed. The full sync after the run still re-attributes everything.
 */
export async function attributeModels(client: pg.ClientBase, board: BoardSlug, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const { rows } = await client.query<{ id: number; slug: string }>("SELECT id, slug FROM organization");
  await reattributeBoard(client, board, new Map(rows.map((r) => [r.slug, r.id])), new Set(keys));
}
