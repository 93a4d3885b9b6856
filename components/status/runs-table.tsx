import type { RunSummary } from "@/lib/ingest/recent-runs";

const STATUS_STYLE: Record<string, string> = {
  succeeded: "text-green-700 dark:text-green-400",
  failed: "text-red-700 dark:text-red-400 font-semibold",
  skipped: "text-[var(--muted)]",
  running: "text-blue-700 dark:text-blue-300",
};

export function RunsTable({ runs }: { runs: RunSummary[] }) {
  if (runs.length === 0) return <p className="text-sm">No ingest run yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Recent ingest runs, newest first</caption>
        <thead>
          <tr className="border-b border-[var(--border)]">
            <th className="py-2 pr-3">Started (UTC)</th>
            <th className="py-2 pr-3">Board</th>
            <th className="py-2 pr-3">Trigger</th>
            <th className="py-2 pr-3">Status</th>
            <th className="py-2 pr-3 text-right">Snapshots</th>
            <th className="py-2 pr-3 text-right">Rows seen / inserted / rejected</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} className="border-b border-[var(--border)] align-top" data-run-status={r.status}>
              <td className="py-2 pr-3 tabular-nums">{r.startedAt.replace("T", " ").slice(0, 19)}</td>
              <td className="py-2 pr-3">{r.board}</td>
              <td className="py-2 pr-3">{r.trigger}</td>
              <td className={`py-2 pr-3 ${STATUS_STYLE[r.status] ?? ""}`}>
                {r.status}
                {r.error && <pre className="mt-1 max-w-xl whitespace-pre-wrap text-xs font-normal">{r.error}</pre>}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{r.snapshotsAdded}</td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {r.rowsSeen} / {r.rowsInserted} / {r.rowsRejected}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
