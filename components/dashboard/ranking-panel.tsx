"use client";
// The ranking of one snapshot (the newest by default), with a date select, country chips, sorting, pages and CSV.
// The server sorts, filters and pages the table (GET …/snapshots/{date}?sort&only&page), so the first HTML carries one
// page of rows; each page is a permalink (`page` in the URL) and the CSV is the whole table.
import { useQuery } from "@tanstack/react-query";
import type { MouseEvent } from "react";
import { formatDateLong } from "@/lib/standings/format";
import { tableCsvUrl, viewToQuery } from "@/lib/view/url/api-requests";
import { countryLabel } from "@/lib/core/countries";
import { boardHasOfficial } from "@/lib/frame/filters";
import type { SnapshotListItem, TablePageInfo } from "@/lib/standings/types";
import { permalinkPath } from "@/lib/view/url/view-meta";
import { countFor, nextSort, pageLinks, tableKeys, toggleTableKey } from "@/lib/view/url/ranking";
import { tableOptions } from "@/lib/view/load/queries";
import { dateForYear, snapshotPicker } from "@/lib/view/url/snapshot-picker";
import type { ViewState } from "@/lib/view/url/search-params";
import type { SetView } from "@/lib/view/url/use-view-state";
import { CsvLink } from "@/components/charts/chart-frame";
import { CountryName } from "@/components/ui/country-name";
import { GroupNotes } from "@/components/ui/group-notes";
import { CaveatNotes } from "@/components/charts/marker-key";
import { caveatMarkersOn } from "@/lib/boards/markers";
import { Field } from "@/components/filters/field";
import { selectClass } from "@/components/filters/styles";
import { RankingTable } from "./ranking-table";
import { tableDateFor } from "@/lib/view/url/as-of";
import { ShareMenu } from "@/components/share/share-menu";
import { rankingTarget } from "@/lib/view/chart/panel-share";

export function RankingPanel(props: {
  view: ViewState;
  setView: SetView;
  snapshots: SnapshotListItem[];
  date: string | null;
  latest?: string | null;
  asOf?: string | null;
}) {
  const { view, setView, date } = props;
  const req = viewToQuery(view, { latest: null, tableDate: date }).table;
  const query = useQuery({ ...tableOptions(req), enabled: date !== null });
  const data = query.data;
  const rows = data?.rows ?? [];
  const countries = data?.countries ?? [];
  // The table starts from the chosen countries; "All countries" is one click away.
  const keys = tableKeys(view);
  // Over a long history the snapshot menu lists one year's snapshots, after a year menu (lib/view/url/snapshot-picker.ts).
  const picker = snapshotPicker(props.snapshots, date);
  // The table's default snapshot is the view's end (lib/view/url/as-of.ts), which is the newest only for an open range: the
  // menu's "" entry is that one, and choosing any other (the newest included) writes it to the URL.
  const defaultDate = tableDateFor({ ...view, date: null }, props.snapshots);
  const dateParam = (d: string | null) => {
    const shown = d ?? picker.latest;
    return shown === defaultDate ? null : shown;
  };
  const toggleChip = (key: string) => setView({ only: toggleTableKey(view, key) });
  const chips = [...new Set([...keys, ...view.countries, ...countries.map((c) => c.key)])];
  const count = (key: string) => countFor(countries, key);
  // The menu counts the population the table ranks: official rows only when the official filter is on.
  const official = boardHasOfficial(view.board) && view.official;

  return (
    <section
      aria-labelledby="ranking-title"
      aria-busy={query.isFetching || undefined}
      className="min-w-0 rounded-lg border border-[var(--border)] p-4"
    >
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 id="ranking-title" className="text-lg font-semibold">
          Ranking{data ? ` on ${formatDateLong(data.date)}` : ""}
        </h2>
        <div className="flex flex-wrap items-end gap-3 text-sm">
          {picker.years && (
            <Field label="Year">
              {(id) => (
                <select
                  id={id}
                  className={selectClass}
                  value={picker.year ?? ""}
                  onChange={(e) => setView({ date: dateParam(dateForYear(props.snapshots, e.target.value)) })}
                >
                  {picker.years!.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label="Snapshot">
            {(id) => (
              <select
                id={id}
                className={selectClass}
                value={date === defaultDate ? "" : (date ?? "")}
                onChange={(e) => setView({ date: dateParam(e.target.value || defaultDate) })}
              >
                {picker.options.map((s) => (
                  <option key={s.date} value={s.date === defaultDate ? "" : s.date}>
                    {formatDateLong(s.date)} ({official ? (s.officialEntries ?? s.entries) : s.entries} models)
                    {s.date === picker.latest ? ", latest" : s.date === defaultDate ? ", end of the date range" : ""}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {date && <CsvLink href={tableCsvUrl(req)} label="Download CSV: ranking table (every row)" />}
          <ShareMenu
            target={rankingTarget(
              view,
              { latest: props.latest ?? null, asOf: props.asOf ?? null, tableDate: date },
              date ? tableCsvUrl(req) : undefined,
            )}
          />
        </div>
      </div>
      <div className="mb-3 flex flex-wrap gap-1" role="group" aria-label="Show only rows from">
        <button
          type="button"
          aria-pressed={keys.length === 0}
          onClick={() => setView({ only: "all" })}
          className={chip(keys.length === 0)}
        >
          All countries
        </button>
        {chips.map((key) => (
          <button
            key={key}
            type="button"
            aria-pressed={keys.includes(key)}
            onClick={() => toggleChip(key)}
            className={chip(keys.includes(key))}
          >
            <CountryName code={key} />{" "}
            <span className="tabular-nums" data-chip-count="">
              ({count(key)})
            </span>
          </button>
        ))}
      </div>
      <div className="mb-3">
        <GroupNotes keys={chips} />
        {date && <CaveatNotes markers={caveatMarkersOn(view.board, date)} />}
      </div>
      {query.isError && !data ? (
        <p role="alert" className="text-sm">
          Could not load the ranking: {query.error.message}
        </p>
      ) : date === null ? (
        <p className="text-sm text-[var(--muted)]">No snapshots on this board yet.</p>
      ) : (
        <>
          <RankingTable
            rows={rows}
            board={data?.board ?? view.board}
            sort={view.sort}
            onSort={(c) => setView({ sort: nextSort(view.sort, c) })}
            caption={`Ranking on ${formatDateLong(date)}${keys.length ? `, ${keys.map(countryLabel).join(", ")} only` : ""}${data?.page && data.page.pages > 1 ? `, page ${data.page.number} of ${data.page.pages}` : ""}`}
          />
          {data?.page && (
            <Pager
              page={data.page}
              href={(n) => permalinkPath("/", { ...view, page: n })}
              go={(n) => setView({ page: n })}
            />
          )}
        </>
      )}
    </section>
  );
}

/**
 * "Showing 51–100 of 283 models" and links to the other pages. Each is a real link (the page's permalink), so it
 * opens in a new tab and works without JavaScript; a plain click changes the page in place.
 */
function Pager({ page, href, go }: { page: TablePageInfo; href: (n: number) => string; go: (n: number) => void }) {
  const first = page.total === 0 ? 0 : (page.number - 1) * page.size + 1;
  const last = Math.min(page.total, page.number * page.size);
  const follow = (n: number) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(n);
    document.getElementById("ranking-title")?.scrollIntoView({ block: "nearest" });
  };
  const link = "rounded px-2 py-0.5 text-[var(--accent)] underline hover:bg-[var(--card)]";
  return (
    <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-[var(--muted)]" data-testid="ranking-count">
        {page.total === 0 ? "No models." : `Showing ${first}–${last} of ${page.total} models.`}
      </p>
      {page.pages > 1 && (
        <nav aria-label="Ranking pages" data-testid="ranking-pages">
          <ul className="flex flex-wrap items-center gap-1">
            {page.number > 1 && (
              <li>
                <a href={href(page.number - 1)} onClick={follow(page.number - 1)} rel="prev" className={link}>
                  Previous
                </a>
              </li>
            )}
            {pageLinks(page.number, page.pages).map((n, i) =>
              n === null ? (
                <li key={`gap-${i}`} aria-hidden className="px-1 text-[var(--muted)]">
                  …
                </li>
              ) : (
                <li key={n}>
                  {n === page.number ? (
                    <span
                      aria-current="page"
                      className="rounded bg-[var(--accent)] px-2 py-0.5 font-semibold text-[var(--bg)]"
                    >
                      {n}
                    </span>
                  ) : (
                    <a href={href(n)} onClick={follow(n)} aria-label={`Page ${n}`} className={link}>
                      {n}
                    </a>
                  )}
                </li>
              ),
            )}
            {page.number < page.pages && (
              <li>
                <a href={href(page.number + 1)} onClick={follow(page.number + 1)} rel="next" className={link}>
                  Next
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </div>
  );
}

function chip(on: boolean): string {
  return `rounded-full border px-2 py-0.5 text-sm ${on ? "border-[var(--accent)] bg-[var(--accent)] text-[var(--bg)]" : "border-[var(--border)] hover:bg-[var(--card)]"}`;
}
