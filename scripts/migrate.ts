// npm run db:migrate: applies pending migrations to DATABASE_URL, then syncs reference data. Safe to re-run.
import { env, redactUrl } from "@/lib/core/env";
import { migrate } from "./lib/migrate-runner";
import { syncReferenceData } from "./lib/reference-data";

async function main() {
  const { DATABASE_URL } = env();
  if (!DATABASE_URL) {
    console.error(
      "DATABASE_URL is not set. Set it to a PostgreSQL URL (npm start provides an embedded database itself).",
    );
    process.exit(2);
  }
  console.log(`Migrating ${redactUrl(DATABASE_URL)}`);
  const result = await migrate(DATABASE_URL, { log: (l) => console.log(`  ${l}`) });
  await syncReferenceData(DATABASE_URL);
  console.log(`Done: ${result.applied.length} applied, ${result.alreadyApplied} already applied.`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
