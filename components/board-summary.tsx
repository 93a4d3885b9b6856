// Per board on /status: our snapshot span (the newest date we hold), when upstream was last checked, the next
// scheduled run, and the last error in full.
import type { DataFreshness } from "@/lib/ingest/freshness";
import { ageText } from "@/lib/ingest/freshness-rules";
import { EmptyDatabaseMessage } from "@/components/status/empty-database";

export function BoardSummaryList({ freshness }: { freshness: DataFreshness }) {
  const now = new Date(freshness.now);
  const { boards } = freshness;
  const empty = boards.every((b) => b.snapshots === 0);
  const ago = (iso: string | null) => (iso ? `${ageText(iso, now)} ago` : "never");
  return (
    <section aria-labelledby="boards-heading" className="space-y-3">
      <h2 id="boards-heading" className="text-lg font-semibold">
        Boards
      </h2>
      {empty && (
        <p role="status" className="rounded border border-[var(--border)] bg-[var(--card)] p-4 text-sm">
          <EmptyDatabaseMessage boards={boards} linkToStatus={false} />
        </p>
      )}
      <p className="text-sm" data-testid="next-run">
        Next scheduled run:{" "}
        {freshness.nextRun
          ? `${freshness.nextRun.replace("T", " ").slice(0, 16)} UTC (schedule: ${freshness.schedule})`
          : "none scheduled on this site; the data is updated when its operator runs an update"}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-[var(--border)]">
              <th className="py-2 pr-3">Board</th>
              <th className="py-2 pr-3 text-right">Snapshots</th>
              <th className="py-2 pr-3">From</th>
              <th className="py-2 pr-3">Newest date</th>
              <th className="py-2 pr-3">Last successful check of upstream</th>
              <th className="py-2">Last error</th>
            </tr>
          </thead>
          <tbody>
            {boards.map((b) => (
              <tr key={b.board} data-board={b.board} className="border-b border-[var(--border)] align-top">
                <td className="py-2 pr-3">
                  {b.name}
                  {b.retiredOn && (
                    <span className="block text-xs text-[var(--muted)]">retired {b.retiredOn}: final history</span>
                  )}
                </td>
                <td className="py-2 pr-3 text-right tabular-nums" data-testid={`snapshots-${b.board}`}>
                  {b.snapshots}
                </td>
                <td className="py-2 pr-3">{b.firstDate ?? "—"}</td>
                <td className="py-2 pr-3" data-testid={`newest-${b.board}`}>
                  {b.lastDate ?? "—"}
                </td>
                <td className="py-2 pr-3">
                  {ago(b.lastSuccessAt)}
                  {b.running && <span className="block text-xs">a run is in progress</span>}
                </td>
                <td className="py-2" data-testid={`last-error-${b.board}`}>
                  {b.lastError ? (
                    <>
                      <span className="text-xs text-[var(--muted)]">
                        {b.lastError.at.replace("T", " ").slice(0, 19)} UTC
                      </span>
                      <pre className="mt-1 max-w-xl whitespace-pre-wrap text-xs">{b.lastError.message}</pre>
                    </>
                  ) : (
                    "none"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
