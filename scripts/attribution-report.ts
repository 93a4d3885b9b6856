// npm run attribution:report -- [--json]
// Syncs the registry and re-attributes stored models, saying per board and mode what that changed (attributed and
// unattributed models before and after, models that changed organization or country), then lists per board what is
// still unattributed.
import { parseArgs } from "node:util";
import pg from "pg";
import { ORGANIZATIONS } from "@/lib/attribution/attribute";
import {
  ATTRIBUTION_MODES,
  attributionState,
  compareAttribution,
  unattributedByBoard,
  type AttributionChanges,
  type RunSql,
} from "@/lib/attribution/report";
import { syncAttribution } from "@/lib/attribution/sync";
import { boardInfo } from "@/lib/boards/info";
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
    const run: RunSql = async (sql) => (await client.query(sql)).rows;
    const before = await attributionState(run);
    const sync = await syncAttribution(client);
    const changes = compareAttribution(before, await attributionState(run));
    const byBoard = await unattributedByBoard(run);
    if (values.json) {
      const boards = Object.fromEntries(
        Object.entries(byBoard).map(([b, list]) => [
          b,
          { modes: changes[b as keyof AttributionChanges], unattributed: list },
        ]),
      );
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
    printChanges(changes);
    for (const [board, list] of Object.entries(byBoard)) {
      const models = list.reduce((n, g) => n + g.models, 0);
      console.log(
        `\n${board}: ${list.length} unattributed ${boardInfo(board).attributedBy === "namespace" ? "namespaces" : "organizations"}, ${models} models`,
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

/** The before/after table: one line per board and mode. */
function printChanges(changes: AttributionChanges) {
  // The board column fits the longest slug (lmarena-text-style-control), so the columns line up.
  const widths = [Math.max(16, ...Object.keys(changes).map((b) => b.length)), 10, 22, 22, 12, 16];
  const line = (cells: string[]) =>
    console.log(`  ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" ")}`);
  const arrow = (a: number, b: number) => `${a} → ${b}${a === b ? "" : ` (${b > a ? "+" : ""}${b - a})`}`;
  console.log("\nModels before → after this sync:");
  line(["board", "mode", "attributed", "unattributed", "changed org", "changed country"]);
  for (const [board, modes] of Object.entries(changes)) {
    for (const mode of ATTRIBUTION_MODES) {
      const c = modes[mode];
      line([
        board,
        mode,
        arrow(c.before.attributed, c.after.attributed),
        arrow(c.before.unattributed, c.after.unattributed),
        String(c.changedOrganization),
        String(c.changedCountry),
      ]);
    }
  }
}

main().catch((err) => {
  console.error(`attribution report failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
