import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { describe, expect, inject, test } from "vitest";
import { migrate } from "@/scripts/lib/migrate-runner";
import { ADMIN_URL, createDatabase, dropDatabase, sqlOn } from "./db";

const url = inject("databaseUrl");

const query = <T extends pg.QueryResultRow>(sql: string, dbUrl = url) => sqlOn(dbUrl)<T>(sql);

describe("migration runner", () => {
  test("records applied migrations in Prisma's table and a second run changes nothing", async () => {
    const before = await query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(before.length).toBeGreaterThan(0);
    expect(before[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    const again = await migrate(url);
    expect(again.applied).toEqual([]);
    const after = await query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(after).toEqual(before);
  });

  test.runIf(inject("databaseKind") === "postgres")(
    "a failing migration rolls back, names the file and leaves earlier ones applied",
    async () => {
      const name = `atlas_migfail_${process.pid}`;
      const dbUrl = await createDatabase(ADMIN_URL, name);
      try {
        const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-mig-"));
        await mkdir(path.join(dir, "20200101000000_ok"));
        await writeFile(path.join(dir, "20200101000000_ok/migration.sql"), "CREATE TABLE ok_table (id int);");
        await mkdir(path.join(dir, "20200102000000_broken"));
        await writeFile(
          path.join(dir, "20200102000000_broken/migration.sql"),
          "CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;",
        );
        await expect(migrate(dbUrl, { dir })).rejects.toThrow(/20200102000000_broken.*migration\.sql.*no_such_table/s);
        const tables = await query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
          dbUrl,
        );
        expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "ok_table"]);
        const rows = await query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`, dbUrl);
        expect(rows.map((r) => r.migration_name)).toEqual(["20200101000000_ok"]);
      } finally {
        await dropDatabase(ADMIN_URL, name);
      }
    },
  );
});
