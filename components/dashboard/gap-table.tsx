// The gap's data per date: both best scores with their models, the gap and the lag.
import { DataDetails } from "@/components/ui/data-details";
import type { BoardSlug } from "@/lib/boards/info";
import {
  formatDateLong,
  formatDays,
  formatRelative,
  formatScore,
  formatSigned,
  scoreDecimals,
} from "@/lib/standings/format";
import type { GapPoint } from "@/lib/standings/gap";
import { modelNameText } from "@/lib/boards/model-name";
import { thinningCaption, type Thinning } from "@/lib/view/chart/thinning";

export function GapTable({
  points,
  a,
  b,
  board,
  thinning,
}: {
  points: GapPoint[];
  a: string;
  b: string;
  board: BoardSlug;
  thinning: Thinning;
}) {
  return (
    <DataDetails>
      {() => (
        <div
          className="mt-2 max-h-96 overflow-auto rounded border border-[var(--border)]"
          tabIndex={0}
          role="region"
          aria-label={`Gap data: ${a} vs ${b}`}
        >
          <table className="w-full text-left text-sm" data-testid="gap-table">
            <caption className="p-2 text-left text-[var(--muted)]">
              Best scores of {a} and {b}, their gap and lag, {thinningCaption(thinning)}
            </caption>
            <thead className="sticky top-0 bg-[var(--card)]">
              <tr>
                {["Date", a, b, "Gap", "Gap %", "95% band", "Beyond noise?", `Lag of ${b}`, `Lag of ${a}`].map(
                  (h, i) => (
                    <th key={i} scope="col" className="whitespace-nowrap px-2 py-1">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.date} className="border-t border-[var(--border)]" data-date={p.date}>
                  <th scope="row" className="whitespace-nowrap px-2 py-1 font-normal">
                    {formatDateLong(p.date)}
                  </th>
                  {[p.a, p.b].map((side, i) => (
                    <td key={i} className="px-2 py-1 align-top">
                      <span className="tabular-nums">{formatScore(side.score, board)}</span>
                      {side.model && (
                        <span className="block text-xs text-[var(--muted)]">{modelNameText(board, side.model)}</span>
                      )}
                    </td>
                  ))}
                  <td className="px-2 py-1 tabular-nums" data-value={p.absolute ?? ""}>
                    {formatSigned(p.absolute, scoreDecimals(board))}
                  </td>
                  <td className="px-2 py-1 tabular-nums">{formatRelative(p.relative)}</td>
                  <td className="whitespace-nowrap px-2 py-1 tabular-nums">
                    {p.ci
                      ? `${formatSigned(p.ci.low, scoreDecimals(board))} to ${formatSigned(p.ci.high, scoreDecimals(board))}`
                      : "–"}
                  </td>
                  <td className="px-2 py-1" data-significant={p.significant === null ? "" : String(p.significant)}>
                    {p.significant === null ? "–" : p.significant ? "Yes" : "No (tie)"}
                  </td>
                  <td className="px-2 py-1">{formatDays(p.lagDays)}</td>
                  <td className="px-2 py-1">{formatDays(p.reverseLagDays)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DataDetails>
  );
}
