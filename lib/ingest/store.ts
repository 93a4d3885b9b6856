// Writes whole snapshots over one pg connection: models upserted with unnest() arrays and attributed, entries and
// category entries bulk-loaded with COPY, all in one transaction, so a snapshot is either all there or absent.
import type pg from "pg";
import type { BoardSlug } from "@/lib/boards/info";
import type { StoredInfo } from "@/lib/sources/source";
import type { SourceRow, SourceSnapshot } from "@/lib/sources/types";
import { copyRows } from "./copy";

const ENTRY_COLUMNS = [
  "snapshot_id",
  "model_id",
  "rank",
  "rank_official",
  "score",
  "ci_lower",
  "ci_upper",
  "votes",
  "license",
  "official",
  "extra",
] as const;
const CATEGORY_COLUMNS = [
  "snapshot_id",
  "category",
  "model_id",
  "rank",
  "score",
  "ci_lower",
  "ci_upper",
  "votes",
  "license",
] as const;

/**
 * Attributes the given models of a board, over the caller's connection and inside its transaction, so a snapshot is
 * never served with its new models unattributed. Supplied by the job that runs ingest (lib/jobs/update.ts), since
 * attribution sits below ingest in the data flow.
 */
export type AttributeModels = (client: pg.ClientBase, board: BoardSlug, keys: readonly string[]) => Promise<void>;

export async function storedSnapshots(client: pg.ClientBase, board: BoardSlug): Promise<StoredInfo[]> {
  const { rows } = await client.query<{
    date: string;
    content_hash: string;
    source_ref: string;
    categories: string[] | null;
  }>(
    `SELECT to_char(s.date, 'YYYY-MM-DD') AS date, s.content_hash, s.source_ref,
            (SELECT array_agg(DISTINCT c.category) FROM category_entry c WHERE c.snapshot_id = s.id) AS categories
     FROM snapshot s WHERE s.board_slug = $1 ORDER BY s.date`,
    [board],
  );
  return rows.map((r) => ({
    date: r.date,
    contentHash: r.content_hash,
    sourceRef: r.source_ref,
    categories: r.categories ?? [],
  }));
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

async function insertCategoryEntries(client: pg.ClientBase, rows: readonly (readonly unknown[])[]): Promise<void> {
  await client.query(
    `INSERT INTO category_entry (${CATEGORY_COLUMNS.join(", ")})
     SELECT (r->>0)::int, r->>1, (r->>2)::int, (r->>3)::int, (r->>4)::float8, (r->>5)::float8, (r->>6)::float8,
            (r->>7)::int, r->>8
     FROM jsonb_array_elements($1::jsonb) AS t(r)`,
    [JSON.stringify(rows)],
  );
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

const modelFacts = (r: Omit<ModelRow, "id" | "key">) =>
  JSON.stringify([r.name, r.organization, r.namespace, r.baseModel]);

export async function loadModelCache(client: pg.ClientBase, board: BoardSlug): Promise<ModelCache> {
  const { rows } = await client.query<ModelRow>(
    `SELECT id, key, name, organization, namespace, base_model AS "baseModel" FROM model WHERE board_slug = $1`,
    [board],
  );
  return new Map(rows.map((r) => [r.key, { id: r.id, facts: modelFacts(r) }]));
}

/** Every row that names a model, overall first, so a model's facts come from its overall row where it has one. */
function modelRowsOf(snap: SourceSnapshot, categories?: readonly string[]): SourceRow[] {
  const byKey = new Map<string, SourceRow>();
  for (const r of snap.rows) if (!byKey.has(r.key)) byKey.set(r.key, r);
  for (const c of snap.categories ?? []) {
    if (categories && !categories.includes(c.category)) continue;
    for (const r of c.rows) if (!byKey.has(r.key)) byKey.set(r.key, r);
  }
  return [...byKey.values()];
}

/**
 * The model rows of several snapshots, one per key, folded oldest to newest as one upsert per snapshot would leave
 * them: the newest name, and the newest organization, namespace and base model that are not null.
 */
function mergedModelRows(snaps: readonly SourceSnapshot[]): SourceRow[] {
  if (snaps.length === 1) return modelRowsOf(snaps[0]);
  const byKey = new Map<string, SourceRow>();
  for (const snap of snaps) {
    for (const r of modelRowsOf(snap)) {
      const before = byKey.get(r.key);
      if (before === undefined) {
        byKey.set(r.key, r);
        continue;
      }
      const organization = r.organization ?? before.organization;
      const namespace = r.namespace ?? before.namespace;
      const baseModel = r.baseModel ?? before.baseModel;
      // A copy only where an older snapshot fills a fact the newer row lacks (rare): most repeats are the row itself.
      byKey.set(
        r.key,
        organization === r.organization && namespace === r.namespace && baseModel === r.baseModel
          ? r
          : { ...r, organization, namespace, baseModel },
      );
    }
  }
  return [...byKey.values()];
}

/**
 * Upserts the models that are new or whose facts changed and returns a key → id lookup. Runs inside the caller's
 * transaction; returns the upserted entries so the caller can attribute them once their rows are written (base mode
 * reads an HF model's architecture from its entries) and update the cache after COMMIT.
 */
async function upsertModels(
  client: pg.ClientBase,
  board: BoardSlug,
  rows: readonly SourceRow[],
  cache: ModelCache,
): Promise<{ idOf: (key: string) => number; upserted: ModelCache }> {
  const changed = rows.filter((r) => cache.get(r.key)?.facts !== modelFacts(r));
  const models =
    changed.length === 0
      ? { rows: [] as ModelRow[] }
      : await client.query<ModelRow>(
          `INSERT INTO model (board_slug, key, name, organization, namespace, base_model)
     SELECT $1, k, n, o, ns, bm FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(k, n, o, ns, bm)
     ON CONFLICT (board_slug, key) DO UPDATE SET
       name = EXCLUDED.name,
       organization = COALESCE(EXCLUDED.organization, model.organization),
       namespace = COALESCE(EXCLUDED.namespace, model.namespace),
       base_model = COALESCE(EXCLUDED.base_model, model.base_model)
     RETURNING id, key, name, organization, namespace, base_model AS "baseModel"`,
          [
            board,
            changed.map((r) => r.key),
            changed.map((r) => r.name),
            changed.map((r) => r.organization),
            changed.map((r) => r.namespace),
            changed.map((r) => r.baseModel),
          ],
        );
  const upserted: ModelCache = new Map(models.rows.map((m) => [m.key, { id: m.id, facts: modelFacts(m) }]));
  return { idOf: (key) => upserted.get(key)?.id ?? cache.get(key)!.id, upserted };
}

/**
 * The entry rows of snapshots, as COPY's columns. One array is filled anew for every row (no array per row): a
 * consumer must use each row before asking for the next, as copyRows does.
 */
function* entryRows(
  snaps: readonly SourceSnapshot[],
  idOfDate: ReadonlyMap<string, number>,
  idOf: (key: string) => number,
) {
  const row: (string | number | boolean | null)[] = new Array(ENTRY_COLUMNS.length);
  for (const snap of snaps) {
    const snapshotId = idOfDate.get(snap.date)!;
    for (const r of snap.rows) {
      row[0] = snapshotId;
      row[1] = idOf(r.key);
      row[2] = r.rank;
      row[3] = r.rankOfficial;
      row[4] = r.score;
      row[5] = r.ciLower;
      row[6] = r.ciUpper;
      row[7] = r.votes;
      row[8] = r.license;
      row[9] = r.official;
      row[10] = r.extra === null ? null : JSON.stringify(r.extra);
      yield row;
    }
  }
}

/** The category rows of snapshots (only the `only` categories when given), as COPY's columns, in one reused array (see entryRows). */
function* categoryRowsOf(
  snaps: readonly SourceSnapshot[],
  idOfDate: ReadonlyMap<string, number>,
  idOf: (key: string) => number,
  only?: readonly string[],
) {
  const row: (string | number | null)[] = new Array(CATEGORY_COLUMNS.length);
  for (const snap of snaps) {
    const snapshotId = idOfDate.get(snap.date)!;
    for (const c of snap.categories ?? []) {
      if (only && !only.includes(c.category)) continue;
      for (const r of c.rows) {
        row[0] = snapshotId;
        row[1] = c.category;
        row[2] = idOf(r.key);
        row[3] = r.rank;
        row[4] = r.score;
        row[5] = r.ciLower;
        row[6] = r.ciUpper;
        row[7] = r.votes;
        row[8] = r.license;
        yield row;
      }
    }
  }
}

/** Loads the rows `rows()` yields into category_entry, by COPY or (embedded database) one multi-row INSERT. */
async function loadCategoryRows(
  client: pg.ClientBase,
  rows: () => Iterable<readonly (string | number | null)[]>,
  bulk: BulkMethod,
): Promise<void> {
  if (bulk === "copy") await copyRows(client, "category_entry", CATEGORY_COLUMNS, rows());
  else
    await insertCategoryEntries(
      client,
      Array.from(rows(), (r) => [...r]),
    );
}

/**
 * Writes snapshots of one board (overall entries and every category), oldest first, in one transaction, and returns
 * the number of rows inserted. Several small snapshots share the round trips (one model upsert, one attribution, one
 * snapshot insert, one bulk load of entries and of category entries); either all of them are stored or none is. The
 * cache is updated only after COMMIT, so a rolled-back batch never leaves ids of models that do not exist.
 */
export async function writeSnapshots(
  client: pg.ClientBase,
  snaps: readonly SourceSnapshot[],
  runId: number,
  cache: ModelCache,
  bulk: BulkMethod = "copy",
  attribute?: AttributeModels,
): Promise<number> {
  if (snaps.length === 0) return 0;
  const board = snaps[0].board;
  if (snaps.some((s) => s.board !== board))
    throw new Error("writeSnapshots: every snapshot of a batch must be of one board");
  await client.query("BEGIN");
  try {
    // Ingest is idempotent and re-runnable, so it need not wait for the WAL flush: a crash can lose the
    // last commits (never half of one), and the next run writes them again.
    await client.query("SET LOCAL synchronous_commit = off");
    const { idOf, upserted } = await upsertModels(client, board, mergedModelRows(snaps), cache);
    const inserted = await client.query<{ id: number; date: string }>(
      `INSERT INTO snapshot (board_slug, date, source_ref, content_hash, entry_count, ingest_run_id)
       SELECT $1, d, r, h, n, $6 FROM unnest($2::date[], $3::text[], $4::text[], $5::int[]) AS t(d, r, h, n)
       RETURNING id, to_char(date, 'YYYY-MM-DD') AS date`,
      [
        board,
        snaps.map((s) => s.date),
        snaps.map((s) => s.sourceRef),
        snaps.map((s) => s.contentHash),
        snaps.map((s) => s.rows.length),
        runId,
      ],
    );
    const idOfDate = new Map(inserted.rows.map((r) => [r.date, r.id]));
    const entryCount = snaps.reduce((n, s) => n + s.rows.length, 0);
    const categoryCount = snaps.reduce((n, s) => n + (s.categories ?? []).reduce((m, c) => m + c.rows.length, 0), 0);
    const entries = () => entryRows(snaps, idOfDate, idOf);
    if (bulk === "copy") await copyRows(client, "entry", ENTRY_COLUMNS, entries());
    else
      await insertEntries(
        client,
        Array.from(entries(), (r) => [...r]),
      );
    if (categoryCount > 0) await loadCategoryRows(client, () => categoryRowsOf(snaps, idOfDate, idOf), bulk);
    if (attribute && upserted.size > 0) await attribute(client, board, [...upserted.keys()]);
    await client.query("UPDATE data_version SET version = version + 1, updated_at = now() WHERE id = 1");
    await client.query("COMMIT");
    for (const [key, value] of upserted) cache.set(key, value);
    return entryCount + categoryCount;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

/** Writes one snapshot in its own transaction (see writeSnapshots). */
export async function writeSnapshot(
  client: pg.ClientBase,
  snap: SourceSnapshot,
  runId: number,
  cache: ModelCache,
  bulk: BulkMethod = "copy",
  attribute?: AttributeModels,
): Promise<number> {
  return writeSnapshots(client, [snap], runId, cache, bulk, attribute);
}

/**
 * Adds categories that a stored snapshot lacks (a database from before categories were ingested, or categories
 * upstream added to a published date), in one transaction, and records the snapshot's new content hash.
 */
export async function writeCategories(
  client: pg.ClientBase,
  snap: SourceSnapshot,
  categories: readonly string[],
  cache: ModelCache,
  bulk: BulkMethod = "copy",
  attribute?: AttributeModels,
): Promise<number> {
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL synchronous_commit = off");
    const found = await client.query<{ id: number }>(
      "SELECT id FROM snapshot WHERE board_slug = $1 AND date = $2::date FOR UPDATE",
      [snap.board, snap.date],
    );
    if (found.rows.length === 0)
      throw new Error(`no stored ${snap.board} snapshot on ${snap.date} to add categories to`);
    const snapshotId = found.rows[0].id;
    const { idOf, upserted } = await upsertModels(client, snap.board, modelRowsOf(snap, categories), cache);
    const inserted = (snap.categories ?? []).reduce(
      (n, c) => n + (categories.includes(c.category) ? c.rows.length : 0),
      0,
    );
    if (inserted > 0)
      await loadCategoryRows(
        client,
        () => categoryRowsOf([snap], new Map([[snap.date, snapshotId]]), idOf, categories),
        bulk,
      );
    if (attribute && upserted.size > 0) await attribute(client, snap.board, [...upserted.keys()]);
    await client.query("UPDATE snapshot SET content_hash = $2 WHERE id = $1", [snapshotId, snap.contentHash]);
    await client.query("UPDATE data_version SET version = version + 1, updated_at = now() WHERE id = 1");
    await client.query("COMMIT");
    for (const [key, value] of upserted) cache.set(key, value);
    return inserted;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

export async function countBoard(
  client: pg.ClientBase,
  board: BoardSlug,
): Promise<{ snapshots: number; entries: number; categoryEntries?: number }> {
  const { rows } = await client.query<{ snapshots: string; entries: string; category_entries: string }>(
    `SELECT count(*) AS snapshots, coalesce(sum(s.entry_count), 0) AS entries,
            (SELECT count(*) FROM category_entry c JOIN snapshot t ON t.id = c.snapshot_id WHERE t.board_slug = $1) AS category_entries
     FROM snapshot s WHERE s.board_slug = $1`,
    [board],
  );
  const categoryEntries = Number(rows[0].category_entries);
  return {
    snapshots: Number(rows[0].snapshots),
    entries: Number(rows[0].entries),
    ...(categoryEntries > 0 ? { categoryEntries } : {}),
  };
}
