// Per-run test databases: a fresh database on the PostgreSQL server when one is reachable,
// otherwise the embedded PGlite (which has one database, so tests truncate between files).
import pg from "pg";
import { FOUNDING_BOARDS } from "@/lib/boards/info";

export const ADMIN_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function serverReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * A one-statement SQL helper on `url` for test assertions: `const q = sqlOn(url); await q("SELECT …", [params])`
 * gives the rows. Each call opens and closes its own connection, so a test never holds one across the code it tests.
 */
export function sqlOn(url: string) {
  return async function q<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
}

/** Empties every data table, keeping reference rows (boards, data version, organizations). */
export async function truncateData(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("TRUNCATE entry, snapshot, model, ingest_run RESTART IDENTITY CASCADE");
    // Boards that ingest listed go with their data; the founding ones stay, as after a migration.
    await client.query("DELETE FROM board WHERE NOT (slug = ANY($1))", [[...FOUNDING_BOARDS]]);
    await client.query("UPDATE data_version SET version = 0");
  } finally {
    await client.end();
  }
}
