// npm run db:setup: the one-shot job a deployment runs before the app (docker-compose `migrate` service,
// a Kubernetes Job): applies migrations, syncs reference data, and seeds an empty database from the shipped
// history bundle (prisma/seed). Safe to re-run; app instances never migrate a shared database themselves.
import { env, redactUrl } from "@/lib/core/env";
import { migrate } from "./lib/migrate-runner";
import { syncReferenceData } from "./lib/reference-data";
import { seedIfEmpty } from "./lib/seed";

async function main() {
  const { DATABASE_URL } = env();
  if (!DATABASE_URL) {
    console.error("DATABASE_URL is not set: point it at the PostgreSQL database to prepare.");
    process.exit(2);
  }
  console.log(`Preparing ${redactUrl(DATABASE_URL)}`);
  const result = await migrate(DATABASE_URL, { log: (l) => console.log(`  ${l}`) });
  await syncReferenceData(DATABASE_URL);
  console.log(`Migrations: ${result.applied.length} applied, ${result.alreadyApplied} already applied.`);
  const seed = await seedIfEmpty(DATABASE_URL, process.cwd());
  console.log(seed.seeded ? `Seeded with ${seed.reason} in ${Math.round(seed.ms)} ms.` : `Not seeded: ${seed.reason}.`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
