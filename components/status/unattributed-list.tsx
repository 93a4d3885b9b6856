import type { UnattributedGroup } from "@/lib/attribution/report";
import { boardInfo } from "@/lib/boards/info";

const SHOWN = 25;

export function UnattributedList({ board, groups }: { board: string; groups: UnattributedGroup[] }) {
  const models = groups.reduce((n, g) => n + g.models, 0);
  return (
    <div data-unattributed={board}>
      <h3 className="font-medium">
        {board}: {groups.length} unattributed{" "}
        {boardInfo(board).attributedBy === "namespace" ? "namespaces" : "organizations"} ({models} models)
      </h3>
      {groups.length > 0 && (
        <table className="mt-2 text-sm">
          <thead>
            <tr className="border-b border-[var(--border)]">
              <th className="py-1 pr-4 text-left">Name</th>
              <th className="py-1 pr-4 text-right">Models</th>
              <th className="py-1 text-right">Best rank</th>
            </tr>
          </thead>
          <tbody>
            {groups.slice(0, SHOWN).map((g) => (
              <tr key={g.name} className="border-b border-[var(--border)]">
                <td className="py-1 pr-4">{g.name}</td>
                <td className="py-1 pr-4 text-right tabular-nums">{g.models}</td>
                <td className="py-1 text-right tabular-nums">{g.bestRank ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {groups.length > SHOWN && (
        <p className="mt-1 text-xs text-[var(--muted)]">
          …and {groups.length - SHOWN} more, with fewer or lower-ranked models.
        </p>
      )}
    </div>
  );
}
