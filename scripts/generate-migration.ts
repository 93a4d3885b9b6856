// npm run db:generate-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema the newest
// migration was generated from (kept beside it as schema.prisma) to the current prisma/schema.prisma.
// Prisma's CLI cannot download its native engine offline, so this drives the WebAssembly build of the same
// engine (@prisma/schema-engine-wasm, pinned with prisma). Diffing two datamodels needs no database:
// replaying migrations on a shadow database would, and adapter-pg 7.10 cannot introspect Postgres's
// internal "char" type, so that path fails. The engine still insists on connecting to a server.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
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
  const schemaPath = path.resolve("prisma/schema.prisma");
  const schema = await readFile(schemaPath, "utf8");
  const migrations = await listMigrations();
  const previous = migrations.at(-1);
  const previousSchema = previous && path.join(previous.dir, "schema.prisma");
  if (previous && !existsSync(previousSchema!)) {
    throw new Error(`${path.relative(process.cwd(), previous.dir)} has no schema.prisma snapshot to diff from`);
  }
  const SchemaEngine = await loadEngine();
  // The engine connects when created, even for a pure datamodel diff, so it needs a reachable server.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: serverUrl }));
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
  const from = previous
    ? { tag: "schemaDatamodel", files: [{ path: previousSchema, content: await readFile(previousSchema!, "utf8") }] }
    : { tag: "empty" };
  const result = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
    script: true,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
  });
  const sql: string = result.stdout ?? "";
  if (!sql.trim() || /empty migration/i.test(sql)) {
    console.log("prisma/schema.prisma matches the newest migration: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await copyFile(schemaPath, path.join(dir, "schema.prisma"));
  await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Review it, then run npm run db:migrate.`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`Generating the migration failed: ${err instanceof Error ? err.message : String(err)}`);
    console.error(
      "It needs a reachable PostgreSQL server at MIGRATION_SERVER_URL or DATABASE_URL (it reads nothing there).",
    );
    process.exit(1);
  },
);
