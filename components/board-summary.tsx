import type { BoardSummary } from "@/lib/store/boards";

function age(iso: string | null | undefined): string {
  if (!iso) return "never";
  const hours = (Date.now() - Date.parse(iso)) / 3_600_000;
  if (hours < 1) return "less than an hour ago";
  if (hours < 48) return `${Math.round(hours)} hours ago`;
  return `${Math.round(hours / 24)} days ago`;
}

export function BoardSummaryList({
  boards,
  lastSuccess = {},
}: {
  boards: BoardSummary[];
  lastSuccess?: Record<string, string | null>;
}) {
  const empty = boards.every((b) => b.snapshots === 0);
  return (
    <section aria-labelledby="boards-heading" className="space-y-3">
      <h2 id="boards-heading" className="text-lg font-semibold">
        Boards
      </h2>
      {empty && (
        <p role="status" className="rounded border border-[var(--border)] bg-[var(--card)] p-4 text-sm">
          No leaderboard data yet. Run <code>npm run ingest</code>, or wait for the scheduled ingest to finish.
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-[var(--border)]">
              <th className="py-2 pr-3">Board</th>
              <th className="py-2 pr-3 text-right">Snapshots</th>
              <th className="py-2 pr-3">From</th>
              <th className="py-2 pr-3">To</th>
              <th className="py-2">Last successful ingest</th>
            </tr>
          </thead>
          <tbody>
            {boards.map((b) => (
              <tr key={b.slug} data-board={b.slug} className="border-b border-[var(--border)]">
                <td className="py-2 pr-3">{b.name}</td>
                <td className="py-2 pr-3 text-right tabular-nums" data-testid={`snapshots-${b.slug}`}>
                  {b.snapshots}
                </td>
                <td className="py-2 pr-3">{b.firstDate ?? "—"}</td>
                <td className="py-2 pr-3">{b.lastDate ?? "—"}</td>
                <td className="py-2">{age(lastSuccess[b.slug])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
