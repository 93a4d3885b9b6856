"use client";
// The ranking of one snapshot: sortable columns (buttons in the headers, aria-sort on the header cell). On a phone the
// organization, score, CI and license fold under the model's name, so the table fits 375 px without sideways
// scrolling. Columns with no value on any row (votes on most arena dates) are left out.
import { CountryLink, ModelLink, OrgLink } from "@/components/explore/links";
import { ServerMarkup } from "@/components/ui/server-markup";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { EMPTY, formatCi, formatRank, formatScore, scoreDecimals } from "@/lib/standings/format";
import type { RankingRow } from "@/lib/standings/types";
import { licenseLabel } from "@/lib/boards/license";
import { parseSort } from "@/lib/view/url/ranking";
import type { SortColumn, SortValue } from "@/lib/view/url/search-params";

interface Column {
  key: SortColumn;
  label: string;
  title?: string;
  numeric?: boolean;
  /** Shown from the `sm` breakpoint only; on a phone its value folds under the model name. */
  wide?: boolean;
}

function columnsFor(board: BoardSlug, rows: RankingRow[]): Column[] {
  const cols: Column[] = [
    { key: "rank", label: "Rank", title: "Rank by score on this date: the same rule on every date", numeric: true },
  ];
  if (boardInfo(board).publishedRank) {
    cols.push({
      key: "published",
      label: "Arena rank",
      title: "The rank the arena published; its rule changed over time",
      numeric: true,
      wide: true,
    });
  }
  cols.push(
    { key: "model", label: "Model" },
    { key: "organization", label: "Organization", wide: true },
    { key: "country", label: "Country" },
    { key: "score", label: "Score ± CI", numeric: true, wide: true },
  );
  if (rows.some((r) => r.votes !== null)) cols.push({ key: "votes", label: "Votes", numeric: true, wide: true });
  if (rows.some((r) => licenseLabel(r.license) !== null)) cols.push({ key: "license", label: "License", wide: true });
  return cols;
}

export function RankingTable(props: {
  rows: RankingRow[];
  board: BoardSlug;
  sort: SortValue;
  onSort: (column: SortColumn) => void;
  caption: string;
}) {
  const { column, descending } = parseSort(props.sort);
  const columns = columnsFor(props.board, props.rows);
  const has = (key: SortColumn) => columns.some((c) => c.key === key);
  const d = scoreDecimals(props.board);
  const wide = "hidden sm:table-cell";
  return (
    <div
      className="max-w-full overflow-x-auto rounded border border-[var(--border)]"
      tabIndex={0}
      role="region"
      aria-label={props.caption}
    >
      <table className="w-full text-left text-sm" data-testid="ranking-table">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="bg-[var(--card)]">
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                title={c.title}
                aria-sort={c.key === column ? (descending ? "descending" : "ascending") : undefined}
                className={`px-2 py-1 ${c.numeric ? "text-right" : ""} ${c.wide ? wide : ""}`}
              >
                <button
                  type="button"
                  onClick={() => props.onSort(c.key)}
                  className="inline-flex items-center gap-1 font-semibold hover:underline"
                >
                  {c.label}
                  <span aria-hidden className="text-xs text-[var(--muted)]">
                    {c.key === column ? (descending ? "▼" : "▲") : "↕"}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        {/* Fifty rows of links, 150 of them next/link components: kept as server HTML through the first hydration. */}
        <ServerMarkup as="tbody">
          {props.rows.map((r) => {
            const license = licenseLabel(r.license);
            const ci = formatCi(r.score, r.ciLower, r.ciUpper, d);
            return (
              <tr key={r.model} className="border-t border-[var(--border)] align-top" data-model={r.model}>
                <td className="px-2 py-1 text-right tabular-nums">{formatRank(r.rank)}</td>
                {has("published") && (
                  <td className={`px-2 py-1 text-right tabular-nums text-[var(--muted)] ${wide}`}>
                    {formatRank(r.publishedRank)}
                  </td>
                )}
                <td className="break-words px-2 py-1 [overflow-wrap:anywhere] sm:max-w-[18rem]">
                  <ModelLink board={props.board} model={r.model}>
                    {r.name}
                  </ModelLink>
                  <span className="block text-xs text-[var(--muted)] sm:hidden" data-folded="">
                    {[r.organization, `${formatScore(r.score, props.board)}${ci ? ` ${ci}` : ""}`, license]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </td>
                <td className={`px-2 py-1 ${wide}`}>
                  {r.organization ? <OrgLink slug={r.organizationSlug} name={r.organization} /> : EMPTY}
                </td>
                <td className="px-2 py-1" data-country={r.country ?? "unknown"}>
                  <CountryLink code={r.country} />
                </td>
                <td className={`whitespace-nowrap px-2 py-1 text-right tabular-nums ${wide}`}>
                  {formatScore(r.score, props.board)}
                  {ci && <span className="text-xs text-[var(--muted)]"> {ci}</span>}
                </td>
                {has("votes") && (
                  <td className={`px-2 py-1 text-right tabular-nums ${wide}`}>
                    {r.votes === null ? EMPTY : r.votes.toLocaleString("en-US")}
                  </td>
                )}
                {has("license") && (
                  <td className={`px-2 py-1 ${wide}`} title={r.license ?? undefined}>
                    {license ?? EMPTY}
                  </td>
                )}
              </tr>
            );
          })}
        </ServerMarkup>
      </table>
    </div>
  );
}
