import type { Metadata } from "next";
import { BoardSummaryList } from "@/components/board-summary";
import { RunsTable } from "@/components/status/runs-table";
import { UnattributedList } from "@/components/status/unattributed-list";
import { getFreshness } from "@/lib/ingest/freshness";
import { getUnattributed } from "@/lib/attribution/unattributed";
import { getRecentRuns } from "@/lib/ingest/recent-runs";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Data status",
  description: "Data freshness, ingest runs and attribution gaps.",
};

export default async function StatusPage() {
  const [freshness, runs, unattributed] = await Promise.all([getFreshness(), getRecentRuns(), getUnattributed()]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Data status</h1>
      <BoardSummaryList freshness={freshness} />
      <section aria-labelledby="runs-heading" className="space-y-3">
        <h2 id="runs-heading" className="text-lg font-semibold">
          Recent ingest runs
        </h2>
        <RunsTable runs={runs} />
      </section>
      <section aria-labelledby="attribution-heading" className="space-y-4">
        <h2 id="attribution-heading" className="text-lg font-semibold">
          Unattributed developers
        </h2>
        <p className="text-sm text-[var(--muted)]">
          Models whose developer no registry rule places in a country count as “Unknown”. Individuals whose country is
          not publicly known stay here on purpose.
        </p>
        {Object.entries(unattributed).map(([board, groups]) => (
          <UnattributedList key={board} board={board} groups={groups} />
        ))}
      </section>
    </div>
  );
}
