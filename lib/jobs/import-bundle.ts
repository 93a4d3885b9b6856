// Imports a history bundle the way the scheduled job ingests: new models attributed inside each snapshot's
// transaction, then the registry synced. Shared by npm start (seeding), data:import and prisma db seed.
import pg from "pg";
import { attributeModels, syncAttribution } from "@/lib/attribution/sync";
import { importBundle, type ImportOptions, type ImportResult } from "@/lib/ingest/bundle/import";

export async function runBundleImport(
  file: Buffer,
  opts: Omit<ImportOptions, "attribute"> & {
    /** False when nobody reads the database yet (seeding before the server starts): one sync at the end suffices. */
    attributeEachSnapshot?: boolean;
  },
): Promise<ImportResult> {
  const { attributeEachSnapshot = true, ...rest } = opts;
  const result = await importBundle(file, { ...rest, attribute: attributeEachSnapshot ? attributeModels : undefined });
  if (!result.imported || result.sources.every((s) => s.snapshotsAdded === 0)) return result;
  const client = new pg.Client({ connectionString: opts.connectionString });
  await client.connect();
  try {
    await syncAttribution(client);
  } finally {
    await client.end();
  }
  return result;
}
