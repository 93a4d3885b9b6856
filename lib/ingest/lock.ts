// One ingester at a time, across every app instance: a session-level PostgreSQL advisory lock.
import type pg from "pg";

export const INGEST_LOCK_KEY = 7_274_002;

export async function tryIngestLock(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
    INGEST_LOCK_KEY,
  ]);
  return rows[0].locked;
}

export async function releaseIngestLock(client: pg.ClientBase): Promise<void> {
  await client.query("SELECT pg_advisory_unlock($1)", [INGEST_LOCK_KEY]);
}
