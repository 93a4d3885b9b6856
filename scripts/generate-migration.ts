// npm run db:generate-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the committed migrations
// to the current prisma/schema.prisma. Prisma's CLI cannot download its native engine offline, so this
// drives the WebAssembly build of the same engine (@prisma/schema-engine-wasm, pinned with prisma) through
// @prisma/adapter-pg. It needs a real PostgreSQL server (PGlite cannot host the shadow database).
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { listMigrations, MIGRATIONS_DIR } from "./lib/migrations";

const name = process.argv.slice(2).find((a) => !a.startsWith("-"));
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:generate-migration -- <name>   (name: lowercase letters, digits, underscores)");
  process.exit(2);
}

const serverUrl =
  process.env.MIGRATION_SERVER_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function loadEngine() {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bindings = await import(path.join(dir, "schema_engine_bg.js"));
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (m: string) => console.error(`schema engine panic: ${m}`),
  };
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings.SchemaEngine;
}

async function main() {
  const parsed = new URL(serverUrl);
  const scratch = `atlas_gen_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  // A parsed config object, not a connection string: with a string, adapter-pg's shadow database
  // connection points back at the main database.
  const config = {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password) || undefined,
    database: scratch,
  };
  try {
    const SchemaEngine = await loadEngine();
    const schemaPath = path.resolve("prisma/schema.prisma");
    const schema = await readFile(schemaPath, "utf8");
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(config));
    const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
    const migrations = await listMigrations();
    const filters = { externalTables: [], externalEnums: [] };
    const from =
      migrations.length === 0
        ? { tag: "empty" }
        : {
            tag: "migrations",
            baseDir: MIGRATIONS_DIR,
            lockfile: { path: path.join(MIGRATIONS_DIR, "migration_lock.toml"), content: 'provider = "postgresql"\n' },
            shadowDbInitScript: "",
            migrationDirectories: migrations.map((m) => ({
              path: m.dir,
              migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
            })),
          };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters,
    });
    const sql: string = result.stdout ?? "";
    if (!sql.trim() || /empty migration/i.test(sql)) {
      console.log("The schema matches the committed migrations: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql (${sql.length} bytes). Review it, then npm run db:migrate.`);
  } finally {
    // adapter-pg leaves its shadow database behind; drop it and our scratch database.
    const leftovers = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE 'prisma_migrate_shadow_db_%'",
      [scratch],
    );
    for (const { datname } of leftovers.rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
    }
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`Generating the migration failed: ${err instanceof Error ? err.message : String(err)}`);
    console.error("Check that a PostgreSQL server is reachable at MIGRATION_SERVER_URL or DATABASE_URL.");
    process.exit(1);
  },
);
