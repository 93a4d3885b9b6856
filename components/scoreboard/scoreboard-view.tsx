// The scoreboard (/scoreboard): one row per board (and per category on request) for a pair of country keys. The
// table scrolls sideways inside its own container on a narrow screen; every number carries its qualifiers (the date
// it is as of, the overlap rule's verdict, caveats and concentration flags under the row).
import type { ScoreboardDisplayRow, ScoreboardPage } from "@/lib/view/load/scoreboard";
import { methodologyHref, SECTION_IDS } from "@/lib/view/url/methodology-anchors";
import { formatDateLong } from "@/lib/standings/format";
import { CsvLink } from "@/components/charts/chart-frame";
import { Sparkline } from "@/components/charts/sparkline";
import { Notices } from "@/components/dashboard/notices";
import { PairForm } from "@/components/scoreboard/pair-form";
import { ShareMenu } from "@/components/share/share-menu";
import { CountryName } from "@/components/ui/country-name";
import type { ParamNotice } from "@/lib/view/url/view-state";

const th = "px-2 py-2 text-left align-bottom text-xs font-medium text-[var(--muted)]";
const td = "px-2 py-2 align-top";

function Row({ row, columns }: { row: ScoreboardDisplayRow; columns: number }) {
  return (
    <>
      <tr className="border-t border-[var(--border)]" data-testid="scoreboard-row" data-board={row.board}>
        <th scope="row" className={`${td} text-left font-normal`}>
          <a href={row.href} className="font-medium text-[var(--accent)] hover:underline">
            {row.category ? (
              <>
                <span className="sr-only">{row.boardName}, </span>
                <span className="pl-3">{row.category}</span>
              </>
            ) : (
              row.boardName
            )}
          </a>
          {row.retired && (
            <span
              className="ml-2 rounded border border-[var(--border)] px-1 text-xs text-[var(--muted)]"
              data-testid="retired"
            >
              {row.retired}
            </span>
          )}
        </th>
        <td className={`${td} whitespace-nowrap`}>{row.asOf ?? "no data"}</td>
        <td className={td}>
          {row.leader ? (
            <>
              <CountryName code={row.leader.key} className="font-medium" />
              {row.leader.tied && <span className="text-xs text-[var(--muted)]"> (tied)</span>}
              <div className="text-xs text-[var(--muted)]">
                {row.leader.model}, {row.leader.score}
              </div>
            </>
          ) : (
            "—"
          )}
        </td>
        <td className={`${td} whitespace-nowrap`}>
          <span className="font-medium tabular-nums">{row.gapPoints}</span>{" "}
          <span className="tabular-nums text-[var(--muted)]">({row.gapPercent})</span>
          <div className="text-xs text-[var(--muted)]" title={row.significance.text ?? undefined}>
            {row.ahead ? `${row.ahead}; ` : ""}
            {row.significance.short}
          </div>
        </td>
        <td className={`${td} whitespace-nowrap tabular-nums`} title={row.lagTitle ?? undefined}>
          {row.lag}
        </td>
        {row.sides.map((s) => (
          <td key={s.key} className={`${td} whitespace-nowrap tabular-nums`}>
            {s.rank}
            <div className="text-xs text-[var(--muted)]">{s.score}</div>
          </td>
        ))}
        <td className={td}>
          <Sparkline geometry={row.spark} label={row.sparkLabel} />
        </td>
      </tr>
      {row.notes.length > 0 && (
        <tr data-testid="scoreboard-notes">
          <td colSpan={columns} className="px-2 pb-2 text-xs text-[var(--muted)]">
            <ul className="list-disc space-y-0.5 pl-5">
              {row.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}

export function ScoreboardTable({ page }: { page: ScoreboardPage }) {
  const columns = 6 + page.keys.length;
  return (
    <div
      className="overflow-x-auto rounded border border-[var(--border)]"
      role="region"
      aria-label="Scoreboard table (scrolls sideways on a narrow screen)"
      tabIndex={0}
    >
      <table className="w-full min-w-[56rem] border-collapse text-sm" data-testid="scoreboard-table">
        <caption className="sr-only">
          Per board: who leads among {page.keys.join(", ")}, the gap {page.query.a} − {page.query.b}, the lag, each
          key&apos;s best score rank and the gap&apos;s trend.
        </caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Board
            </th>
            <th scope="col" className={th}>
              As of
            </th>
            <th scope="col" className={th}>
              Leads now
            </th>
            <th scope="col" className={th}>
              Gap, {page.query.a} − {page.query.b}
              <span className="block font-normal">points (% of {page.query.b})</span>
            </th>
            <th scope="col" className={th}>
              Lag
            </th>
            {page.keys.map((k) => (
              <th key={k} scope="col" className={th}>
                <CountryName code={k} />
                <span className="block font-normal">best score rank</span>
              </th>
            ))}
            <th scope="col" className={th}>
              Trend of the gap
            </th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row) => (
            <Row key={row.id} row={row} columns={columns} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ScoreboardView({ page, notices }: { page: ScoreboardPage; notices: ParamNotice[] }) {
  const { query, data } = page;
  return (
    <div className="space-y-4">
      <h1 id="scoreboard-title" className="text-2xl font-bold">
        Scoreboard: who leads where
      </h1>
      <p className="max-w-3xl text-sm">
        Every board, one row each: which of {page.keys.length > 2 ? "the compared keys" : "the pair"} holds the best
        model on the board&apos;s newest snapshot, the gap between {page.aLabel} and {page.bLabel} in points and in
        percent of the {page.bLabel} side&apos;s best score, how long ago the leading side stood where the other stands
        now (the{" "}
        <a className="text-[var(--accent)] underline" href={methodologyHref(SECTION_IDS.lag)}>
          lag
        </a>
        ), each side&apos;s best score rank, and the gap over the board&apos;s history. A gap is{" "}
        <a className="text-[var(--accent)] underline" href={methodologyHref(SECTION_IDS.gap)}>
          beyond noise
        </a>{" "}
        when the two leaders&apos; 95% intervals do not overlap. Each row is as of its own board&apos;s newest snapshot,
        scores are on each board&apos;s own scale, and every row links to its board&apos;s dashboard.
      </p>
      <Notices notices={notices} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PairForm query={query} />
        <div className="flex items-center gap-2 text-sm">
          <CsvLink href={page.csv} label="Download CSV: the scoreboard" />
          <ShareMenu target={page.share} />
        </div>
      </div>
      {page.rows.length === 0 ? <p className="text-sm">No board holds data yet.</p> : <ScoreboardTable page={page} />}
      <p className="text-xs text-[var(--muted)]">
        Population: developer attribution, every licence, score rank; official providers only on boards that flag them.
        Data as of {data.asOf ? formatDateLong(data.asOf) : "no date"} (the newest row). Sources:{" "}
        {page.sources.join("; ")}. {page.licences.join(" ")}
      </p>
    </div>
  );
}
