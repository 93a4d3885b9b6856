// Writes price snapshots: one row per model of a price table, in one transaction with its snapshot row.
import type pg from "pg";
import type { PriceTable } from "@/lib/sources/arena-prices";
import type { StoredInfo } from "@/lib/sources/source";

export async function storedPriceSnapshots(client: pg.ClientBase, source: string): Promise<StoredInfo[]> {
  const { rows } = await client.query<{ date: string; content_hash: string; source_ref: string }>(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, content_hash, source_ref FROM price_snapshot WHERE source = $1 ORDER BY date`,
    [source],
  );
  return rows.map((r) => ({ date: r.date, contentHash: r.content_hash, sourceRef: r.source_ref, categories: [] }));
}

export async function writePriceSnapshot(client: pg.ClientBase, table: PriceTable, runId: number): Promise<number> {
  const rows = table.rows;
  await client.query("BEGIN");
  try {
    const snap = await client.query<{ id: number }>(
      `INSERT INTO price_snapshot (source, date, source_ref, content_hash, entry_count, ingest_run_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [table.source, table.date, table.sourceRef, table.contentHash, rows.length, runId],
    );
    // A few hundred rows at most: unnest() arrays work the same on PostgreSQL and on the embedded PGlite.
    await client.query(
      `INSERT INTO price (price_snapshot_id, model_key, name, organization, license, input_price, output_price,
                          price_source, model_source, hidden)
       SELECT $1, k, n, o, l, ip, op, ps, ms, h
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::text[], $9::text[], $10::bool[])
         AS t(k, n, o, l, ip, op, ps, ms, h)`,
      [
        snap.rows[0].id,
        rows.map((r) => r.modelKey),
        rows.map((r) => r.name),
        rows.map((r) => r.organization),
        rows.map((r) => r.license),
        rows.map((r) => r.inputPrice),
        rows.map((r) => r.outputPrice),
        rows.map((r) => r.priceSource),
        rows.map((r) => r.modelSource),
        rows.map((r) => r.hidden),
      ],
    );
    await client.query("UPDATE data_version SET version = version + 1, updated_at = now() WHERE id = 1");
    await client.query("COMMIT");
    return rows.length;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

export async function countPrices(
  client: pg.ClientBase,
  source: string,
): Promise<{ snapshots: number; entries: number }> {
  const { rows } = await client.query<{ snapshots: string; entries: string }>(
    `SELECT count(*) AS snapshots, coalesce(sum(entry_count), 0) AS entries FROM price_snapshot WHERE source = $1`,
    [source],
  );
  return { snapshots: Number(rows[0].snapshots), entries: Number(rows[0].entries) };
}
