// npm run attribution:report -- [--json]
// Syncs the registry, re-attributes stored models, then lists per board what is still unattributed.
import { parseArgs } from "node:util";
import pg from "pg";
import { ORGANIZATIONS } from "@/lib/attribution/attribute";
import { unattributedByBoard } from "@/lib/attribution/report";
import { syncAttribution } from "@/lib/attribution/sync";
import { env } from "@/lib/core/env";

async function main() {
  const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
  const url = env().DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: point it at the database to audit.");
    process.exit(2);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sync = await syncAttribution(client);
    const byBoard = await unattributedByBoard(async (sql) => (await client.query(sql)).rows);
    if (values.json) {
      const boards = Object.fromEntries(Object.entries(byBoard).map(([b, list]) => [b, { unattributed: list }]));
      const organizations = ORGANIZATIONS.map(({ slug, name, country, aliases, namespaces }) => ({
        slug,
        name,
        country,
        aliases,
        namespaces,
      }));
      console.log(JSON.stringify({ boards, organizations }));
      return;
    }
    console.log(`Registry: ${sync.organizations} organizations; ${sync.modelsChanged} models re-attributed just now.`);
    for (const [board, list] of Object.entries(byBoard)) {
      const models = list.reduce((n, g) => n + g.models, 0);
      console.log(
        `\n${board}: ${list.length} unattributed ${board.startsWith("hf") ? "namespaces" : "organizations"}, ${models} models`,
      );
      for (const g of list.slice(0, 40)) {
        console.log(`  ${String(g.bestRank ?? "-").padStart(5)}  ${String(g.models).padStart(4)}  ${g.name}`);
      }
      if (list.length > 40) console.log(`  … and ${list.length - 40} more (use --json for all)`);
    }
    console.log("\nColumns: best rank, models, name. Add aliases or namespaces in lib/attribution/ to fix one.");
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(`attribution report failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
