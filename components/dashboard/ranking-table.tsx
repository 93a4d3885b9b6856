"use client";
// The ranking of one snapshot: sortable columns (buttons in the headers, aria-sort on the header cell).
import { CountryLink, ModelLink, OrgLink } from "@/components/explore/links";
import type { BoardSlug } from "@/lib/boards";
import { formatRank, formatScore, scoreDecimals, EMPTY } from "@/lib/standings/format";
import type { RankingRow } from "@/lib/standings/types";
import { parseSort } from "@/lib/view/ranking";
import type { SortColumn, SortValue } from "@/lib/view/search-params";

const COLUMNS: { key: SortColumn; label: string; numeric?: boolean }[] = [
  { key: "rank", label: "Rank", numeric: true },
  { key: "model", label: "Model" },
  { key: "organization", label: "Organization" },
  { key: "country", label: "Country" },
  { key: "score", label: "Score ± CI", numeric: true },
  { key: "votes", label: "Votes", numeric: true },
  { key: "license", label: "License" },
];

function ci(row: RankingRow, board: BoardSlug): string {
  if (row.ciLower === null || row.ciUpper === null) return "";
  const d = scoreDecimals(board);
  const up = row.ciUpper - row.score;
  const down = row.score - row.ciLower;
  return Math.abs(up - down) < 0.05 ? ` ±${up.toFixed(d)}` : ` +${up.toFixed(d)}/−${down.toFixed(d)}`;
}

export function RankingTable(props: {
  rows: RankingRow[];
  board: BoardSlug;
  sort: SortValue;
  onSort: (column: SortColumn) => void;
  caption: string;
}) {
  const { column, descending } = parseSort(props.sort);
  return (
    <div className="max-w-full overflow-x-auto rounded border border-[var(--border)]" tabIndex={0} role="region" aria-label={props.caption}>
      <table className="w-full min-w-[640px] text-left text-sm" data-testid="ranking-table">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="bg-[var(--card)]">
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={c.key === column ? (descending ? "descending" : "ascending") : undefined}
                className={`px-2 py-1 ${c.numeric ? "text-right" : ""}`}
              >
                <button type="button" onClick={() => props.onSort(c.key)} className="inline-flex items-center gap-1 font-semibold hover:underline">
                  {c.label}
                  <span aria-hidden className="text-xs text-[var(--muted)]">
                    {c.key === column ? (descending ? "▼" : "▲") : "↕"}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.model} className="border-t border-[var(--border)]" data-model={r.model}>
              <td className="px-2 py-1 text-right tabular-nums">{formatRank(r.rank)}</td>
              <td className="max-w-[18rem] break-words px-2 py-1">
                <ModelLink board={props.board} model={r.model}>{r.name}</ModelLink>
              </td>
              <td className="px-2 py-1">{r.organization ? <OrgLink slug={r.organizationSlug} name={r.organization} /> : EMPTY}</td>
              <td className="whitespace-nowrap px-2 py-1" data-country={r.country ?? "unknown"}>
                <CountryLink code={r.country} />
              </td>
              <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                {formatScore(r.score, props.board)}
                <span className="text-xs text-[var(--muted)]">{ci(r, props.board)}</span>
              </td>
              <td className="px-2 py-1 text-right tabular-nums">{r.votes === null ? EMPTY : r.votes.toLocaleString("en-US")}</td>
              <td className="px-2 py-1">{r.license ?? EMPTY}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
