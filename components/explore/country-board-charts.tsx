"use client";
// A country's three series on one board (best rank, best score, share of the top N) as three charts sharing one
// data table, so the page carries each date once rather than once per chart.
import type { BoardSlug } from "@/lib/boards/info";
import { boardInfo } from "@/lib/boards/info";
import type { CountryBoard } from "@/lib/reads/types/entities";
import { formatDateLong, formatPercent, formatRank, formatScore } from "@/lib/standings/format";
import { sourceLine } from "@/lib/view/url/labels";
import { valueSeries } from "@/lib/view/chart/entity-series";
import { DataDetails } from "@/components/ui/data-details";
import { EntityChart } from "./entity-chart";

function CombinedTable({ b, label }: { b: CountryBoard; label: string }) {
  const caption = `${label} on the ${boardInfo(b.board).name}: best rank, best score and share of the top ${b.topN} per snapshot date`;
  return (
    <DataDetails summary="Show data table (all three series)">
      {() => (
        <div
          className="mt-2 max-h-96 overflow-auto rounded border border-[var(--border)]"
          tabIndex={0}
          role="region"
          aria-label={caption}
        >
          <table className="w-full text-left text-sm" data-testid={`country-table-${b.board}`}>
            <caption className="p-2 text-left text-[var(--muted)]">{caption}</caption>
            <thead className="sticky top-0 bg-[var(--card)]">
              <tr>
                <th scope="col" className="px-2 py-1">
                  Date
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Best rank
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Best score
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Top-{b.topN} share
                </th>
              </tr>
            </thead>
            <tbody>
              {b.bestRank.map((p, i) => (
                <tr key={p.date} className="border-t border-[var(--border)]">
                  <th scope="row" className="whitespace-nowrap px-2 py-1 font-normal">
                    {formatDateLong(p.date)}
                  </th>
                  <td className="px-2 py-1 text-right tabular-nums">{formatRank(p.value)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">
                    {formatScore(b.bestScore[i]?.value ?? null, b.board)}
                  </td>
                  <td className="px-2 py-1 text-right tabular-nums">{formatPercent(b.topShare[i]?.value ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DataDetails>
  );
}

export function CountryBoardCharts({ b, countryKey, label }: { b: CountryBoard; countryKey: string; label: string }) {
  const board: BoardSlug = b.board;
  // The population every figure here counts, the same as "Best placed now" and the milestones say.
  const source = `${sourceLine(board, b.asOf)} Ranked by score among ${b.population.label}${b.retiredOn ? `; the board is retired (last snapshot ${b.retiredOn})` : ""}.`;
  return (
    <div className="space-y-4">
      <EntityChart
        id={`best-rank-${board}`}
        title="Best rank"
        series={[valueSeries(countryKey, label, b.bestRank)]}
        metric="best-rank"
        board={board}
        yLabel="Best rank"
        source={source}
        flags
        height={220}
        noTable
      />
      <EntityChart
        id={`best-score-${board}`}
        title="Best score"
        series={[valueSeries(countryKey, label, b.bestScore)]}
        metric="best-score"
        board={board}
        yLabel={boardInfo(board).scoreLabel}
        source={source}
        flags
        height={220}
        noTable
      />
      <EntityChart
        id={`top-share-${board}`}
        title={`Share of the top ${b.topN}`}
        series={[valueSeries(countryKey, label, b.topShare)]}
        metric="top-n-share"
        board={board}
        yLabel={`Share of the top ${b.topN}`}
        source={source}
        flags
        height={220}
        noTable
      />
      <CombinedTable b={b} label={label} />
    </div>
  );
}
