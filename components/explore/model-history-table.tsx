"use client";
// A model's history as one table (rank, score, CI, votes per snapshot), shared by its rank and score charts, built
// only when opened (no-JS readers get it in <noscript>).
import type { BoardSlug } from "@/lib/boards";
import type { ModelHistoryPoint } from "@/lib/standings/types";
import { EMPTY, formatDateLong, formatRank, formatScore } from "@/lib/standings/format";
import { DataDetails } from "@/components/ui/data-details";

export function ModelHistoryTable(props: {
  points: ModelHistoryPoint[];
  scoreRanks: { date: string; rank: number }[];
  board: BoardSlug;
  caption: string;
}) {
  const { points, board, caption } = props;
  const scoreRank = new Map(props.scoreRanks.map((r) => [r.date, r.rank]));
  // The arena publishes a rank of its own whose rule changed over time; shown beside ours where it differs.
  const published = points.some((p) => scoreRank.get(p.date) !== p.rank);
  const ci = points.some((p) => p.ciLower !== null);
  const votes = points.some((p) => p.votes !== null);
  return (
    <DataDetails summary="Show data table (rank and score per snapshot)">
      {() => (
        <div className="mt-2 max-h-96 overflow-auto rounded border border-[var(--border)]" tabIndex={0} role="region" aria-label={caption}>
          <table className="w-full text-left text-sm" data-testid="model-history-table">
            <caption className="p-2 text-left text-[var(--muted)]">{caption}</caption>
            <thead className="sticky top-0 bg-[var(--card)]">
              <tr>
                <th scope="col" className="px-2 py-1">Date</th>
                <th scope="col" className="px-2 py-1 text-right">Rank</th>
                {published && <th scope="col" className="px-2 py-1 text-right">Published rank</th>}
                <th scope="col" className="px-2 py-1 text-right">Score</th>
                {ci && <th scope="col" className="px-2 py-1 text-right">95% CI</th>}
                {votes && <th scope="col" className="px-2 py-1 text-right">Votes</th>}
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((p) => (
                <tr key={p.date} className="border-t border-[var(--border)]" data-date={p.date}>
                  <th scope="row" className="whitespace-nowrap px-2 py-1 font-normal">{formatDateLong(p.date)}</th>
                  <td className="px-2 py-1 text-right tabular-nums">{formatRank(scoreRank.get(p.date) ?? null)}</td>
                  {published && <td className="px-2 py-1 text-right tabular-nums">{formatRank(p.rank)}</td>}
                  <td className="px-2 py-1 text-right tabular-nums">{formatScore(p.score, board)}</td>
                  {ci && (
                    <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                      {p.ciLower === null || p.ciUpper === null ? EMPTY : `${formatScore(p.ciLower, board)}–${formatScore(p.ciUpper, board)}`}
                    </td>
                  )}
                  {votes && <td className="px-2 py-1 text-right tabular-nums">{p.votes === null ? EMPTY : p.votes.toLocaleString("en-US")}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DataDetails>
  );
}
