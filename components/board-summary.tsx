import type { BoardSummary } from "@/lib/store/boards";

export function BoardSummaryList({ boards }: { boards: BoardSummary[] }) {
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
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-[var(--border)]">
            <th className="py-2">Board</th>
            <th className="py-2 text-right">Snapshots</th>
            <th className="py-2">From</th>
            <th className="py-2">To</th>
          </tr>
        </thead>
        <tbody>
          {boards.map((b) => (
            <tr key={b.slug} data-board={b.slug} className="border-b border-[var(--border)]">
              <td className="py-2">{b.name}</td>
              <td className="py-2 text-right tabular-nums" data-testid={`snapshots-${b.slug}`}>
                {b.snapshots}
              </td>
              <td className="py-2">{b.firstDate ?? "—"}</td>
              <td className="py-2">{b.lastDate ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
