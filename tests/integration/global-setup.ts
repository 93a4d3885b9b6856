import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db";
import { migrate } from "@/scripts/lib/migrate-runner";
import { syncReferenceData } from "@/scripts/lib/reference-data";
import { ADMIN_URL, createDatabase, dropDatabase, serverReachable } from "./db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "postgres" | "embedded";
  }
}

export default async function setup(project: TestProject) {
  if (await serverReachable(ADMIN_URL)) {
    const name = `atlas_test_${process.pid}_${Date.now()}`;
    const url = await createDatabase(ADMIN_URL, name);
    await migrate(url);
    await syncReferenceData(url);
    project.provide("databaseUrl", url);
    project.provide("databaseKind", "postgres");
    console.log(`[integration] using PostgreSQL database ${name}`);
    return async () => dropDatabase(ADMIN_URL, name);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-pglite-"));
  const db = await startEmbeddedDb(dir);
  await migrate(db.url);
  await syncReferenceData(db.url);
  project.provide("databaseUrl", db.url);
  project.provide("databaseKind", "embedded");
  console.log(`[integration] no PostgreSQL server at the admin URL; using embedded PGlite in ${dir}`);
  return async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  };
}
