"use client";
// The ranking of one snapshot (the newest by default), with a date select, country chips, sorting and CSV.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatDateLong } from "@/lib/standings/format";
import type { SnapshotListItem } from "@/lib/standings/types";
import { tableUrl, viewToQuery } from "@/lib/view/api-requests";
import { countryLabel, countsFor } from "@/lib/attribution/countries";
import { boardHasOfficial } from "@/lib/standings/frame";
import { filterRows, nextSort, presentCountries, sortRows, tableKeys, toggleTableKey } from "@/lib/view/ranking";
import { tableOptions } from "@/lib/view/queries";
import type { ViewState } from "@/lib/view/search-params";
import type { SetView } from "@/lib/view/use-view-state";
import { CsvLink } from "@/components/charts/chart-frame";
import { CountryName } from "@/components/ui/country-name";
import { GroupNotes } from "@/components/ui/group-notes";
import { Field } from "@/components/filters/field";
import { selectClass } from "@/components/filters/styles";
import { RankingTable } from "./ranking-table";

const PAGE = 50;

export function RankingPanel(props: { view: ViewState; setView: SetView; snapshots: SnapshotListItem[]; date: string | null }) {
  const { view, setView, date } = props;
  const [limit, setLimit] = useState(PAGE);
  const req = viewToQuery(view, { latest: null, tableDate: date }).table;
  const query = useQuery({ ...tableOptions(req), enabled: date !== null });
  const data = query.data;
  const rows = data?.rows ?? [];
  // The table starts from the chosen countries; "All countries" is one click away.
  const keys = tableKeys(view);
  const shown = sortRows(filterRows(rows, keys), view.sort);
  const dates = [...props.snapshots].sort((x, y) => (x.date < y.date ? 1 : -1));
  const toggleChip = (key: string) => setView({ only: toggleTableKey(view, key) });
  const chips = [...new Set([...keys, ...view.countries, ...presentCountries(rows).map((c) => c.key)])];
  const count = (key: string) => rows.filter((r) => countsFor(r.country, key)).length;
  // The menu counts the population the table ranks: official rows only when the official filter is on.
  const official = boardHasOfficial(view.board) && view.official;

  return (
    <section aria-labelledby="ranking-title" aria-busy={query.isFetching || undefined} className="min-w-0 rounded-lg border border-[var(--border)] p-4">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 id="ranking-title" className="text-lg font-semibold">
          Ranking{data ? ` on ${formatDateLong(data.date)}` : ""}
        </h2>
        <div className="flex flex-wrap items-end gap-3 text-sm">
          <Field label="Snapshot">
            {(id) => (
              <select id={id} className={selectClass} value={date === dates[0]?.date ? "" : (date ?? "")} onChange={(e) => setView({ date: e.target.value || null })}>
                {dates.map((s, i) => (
                  <option key={s.date} value={i === 0 ? "" : s.date}>
                    {formatDateLong(s.date)} ({official ? (s.officialEntries ?? s.entries) : s.entries} models){i === 0 ? ", latest" : ""}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {date && <CsvLink href={tableUrl(req, "csv")} label="Download CSV: ranking table" />}
        </div>
      </div>
      <div className="mb-3 flex flex-wrap gap-1" role="group" aria-label="Show only rows from">
        <button type="button" aria-pressed={keys.length === 0} onClick={() => setView({ only: "all" })} className={chip(keys.length === 0)}>
          All countries
        </button>
        {chips.map((key) => (
          <button key={key} type="button" aria-pressed={keys.includes(key)} onClick={() => toggleChip(key)} className={chip(keys.includes(key))}>
            <CountryName code={key} /> <span className="opacity-70">{count(key)}</span>
          </button>
        ))}
      </div>
      <div className="mb-3">
        <GroupNotes keys={chips} />
      </div>
      {query.isError && !data ? (
        <p role="alert" className="text-sm">Could not load the ranking: {query.error.message}</p>
      ) : date === null ? (
        <p className="text-sm text-[var(--muted)]">No snapshots on this board yet.</p>
      ) : (
        <>
          <RankingTable
            rows={shown.slice(0, limit)}
            board={data?.board ?? view.board}
            sort={view.sort}
            onSort={(c) => setView({ sort: nextSort(view.sort, c) })}
            caption={`Ranking on ${formatDateLong(date)}${keys.length ? `, ${keys.map(countryLabel).join(", ")} only` : ""}`}
          />
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-[var(--muted)]">
            Showing {Math.min(limit, shown.length)} of {shown.length} models.
            {shown.length > limit && (
              <button type="button" onClick={() => setLimit(limit + PAGE * 4)} className="text-[var(--accent)] underline">
                Show more
              </button>
            )}
          </p>
        </>
      )}
    </section>
  );
}

function chip(on: boolean): string {
  return `rounded-full border px-2 py-0.5 text-sm ${on ? "border-[var(--accent)] bg-[var(--accent)] text-[var(--bg)]" : "border-[var(--border)] hover:bg-[var(--card)]"}`;
}
