// Keeps the standings summary (lib/standings/summary.ts) in step with what ingest, bundle imports and attribution
// write: the hooks they take, wired here because standings sit below them in the data flow.
import type pg from "pg";
import type { SyncHooks } from "@/lib/attribution/sync";
import type { SummarizeSnapshot } from "@/lib/ingest/store";
import { refreshMissingSummaries, refreshSummaries, refreshSummariesOfModels } from "@/lib/standings/summary-store";

/** Ingest and imports: the snapshot just written, and the snapshots of models its transaction re-attributed. */
export const summarizeSnapshot: SummarizeSnapshot = async (client, snapshotId, changedModelIds) => {
  await refreshSummariesOfModels(client, changedModelIds);
  await refreshSummaries(client, [snapshotId]);
};

/**
 * The registry sync: an organization change (a country, a removal) can move any model, so everything is rebuilt;
 * otherwise only the snapshots of re-attributed models. Snapshots with no summary yet (a database migrated from
 * before it existed, or seeded without per-snapshot hooks) get theirs.
 */
export const summarySyncHooks: SyncHooks = {
  async afterReattribute(client: pg.ClientBase, change) {
    let written = 0;
    if (change.organizationsChanged) {
      const { rows } = await client.query<{ id: number }>("SELECT id FROM snapshot ORDER BY id");
      written += await refreshSummaries(client, rows.map((r) => r.id));
    } else {
      written += await refreshSummariesOfModels(client, change.modelIds);
    }
    written += await refreshMissingSummaries(client);
    // After a bulk build the planner needs statistics to read by key (autovacuum would get there, later).
    if (written > 10_000) await client.query("ANALYZE standings_summary");
    return written > 0;
  },
};
