// Reference data every database needs after migrating: the founding boards (every other board is listed when ingest
// or a bundle first stores it; the names of all are refreshed here), the data-version row and the
// attribution registry (lib/attribution/sync), so a registry change re-attributes stored history on
// the next migrate or ingest without downloading anything.
import pg from "pg";
import { syncAttribution } from "@/lib/attribution/sync";
import { boardInfo, FOUNDING_BOARDS } from "@/lib/boards/info";

export async function syncReferenceData(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const stored = await client.query<{ slug: string }>("SELECT slug FROM board");
    for (const slug of new Set([...FOUNDING_BOARDS, ...stored.rows.map((r) => r.slug)])) {
      const b = boardInfo(slug);
      await client.query(
        `INSERT INTO board (slug, name, source) VALUES ($1, $2, $3)
         ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, source = EXCLUDED.source`,
        [b.slug, b.name, b.source],
      );
    }
    await client.query(`INSERT INTO data_version (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`);
    await syncAttribution(client);
  } finally {
    await client.end();
  }
}
