// One country key (or group): its organizations, its best model over time on each board, its share of the top
// 10, and its current top 10. Groups list their member countries.
import type { ReactNode } from "react";
import { boardInfo } from "@/lib/boards/info";
import { boardsInProse } from "@/lib/view/url/labels";
import type { CountryBoard, CountryDetail } from "@/lib/reads/types/entities";
import { formatDateLong, formatRank, formatScore } from "@/lib/standings/format";
import { concentrationText } from "@/lib/standings/concentration-text";
import { methodologyHref, SECTION_IDS } from "@/lib/view/url/methodology-anchors";
import { Flag } from "@/components/ui/flag";
import { countryHasModels } from "@/lib/view/chart/empty-state";
import { CountryBoardCharts } from "./country-board-charts";
import { Section } from "./facts";
import { CountryLink, ModelLink, OrgLink } from "./links";

/** When and among whom "best placed" is counted: the snapshot date, the population, and a retired board's end. */
function BestPlacedNote({ b }: { b: CountryBoard }) {
  return (
    <p className="text-xs text-[var(--muted)]" data-testid={`best-placed-note-${b.board}`}>
      {b.asOf ? <>On {formatDateLong(b.asOf)}, </> : null}ranked by score among {b.population.label} (the same
      population as the milestones on this page).
      {b.retiredOn && (
        <>
          {" "}
          This board is retired: it stopped publishing on {formatDateLong(b.retiredOn)}, so this is its last snapshot,
          not today&apos;s standing.
        </>
      )}
    </p>
  );
}

/** Where one account carries the key on the board's newest snapshot, in the page's population or among every row. */
function ConcentrationFlags({ b }: { b: CountryBoard }) {
  if (b.concentration.length === 0) return null;
  return (
    <>
      {b.concentration.map((c) => (
        <p
          key={`${c.population.official}|${c.supplier.id}`}
          role="note"
          className="border-l-2 border-[var(--accent)] pl-2 text-sm"
          data-testid={`concentration-${b.board}`}
          data-supplier={c.supplier.id}
          data-official={String(c.population.official)}
        >
          <strong>Rests on one account.</strong> {concentrationText(c, c.n, { since: true })}, counting{" "}
          {c.population.label}.{" "}
          {c.supplier.kind === "organization" && (
            <>
              <OrgLink slug={c.supplier.id} name={c.supplier.name} />
              {" · "}
            </>
          )}
          <a className="underline" href={c.href} data-testid="concentration-base-link">
            these slots by base model
          </a>
          {" · "}
          <a className="underline" href={methodologyHref(SECTION_IDS.concentration)}>
            the rule
          </a>
        </p>
      ))}
    </>
  );
}

function Leading({ b, label }: { b: CountryBoard; label: string }) {
  if (b.leading.length === 0)
    return (
      <p className="text-sm text-[var(--muted)]">
        No model from {label} on the newest snapshot{b.asOf ? ` (${formatDateLong(b.asOf)})` : ""}.
      </p>
    );
  const caption = `Models from ${label} best placed on the ${boardInfo(b.board).name}, ${b.asOf}`;
  return (
    <div
      className="max-w-full overflow-x-auto rounded border border-[var(--border)]"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="w-full text-left text-sm" data-testid={`leading-${b.board}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-[var(--card)]">
          <tr>
            <th scope="col" className="px-2 py-1 text-right">
              Rank (by score)
            </th>
            <th scope="col" className="px-2 py-1">
              Model
            </th>
            <th scope="col" className="px-2 py-1">
              Organization
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {b.leading.map((r) => (
            <tr key={r.model} className="border-t border-[var(--border)]">
              <td className="px-2 py-1 text-right tabular-nums">{formatRank(r.rank)}</td>
              <td className="max-w-[14rem] break-words px-2 py-1">
                <ModelLink board={b.board} model={r.model}>
                  {r.name}
                </ModelLink>
              </td>
              <td className="px-2 py-1">
                <OrgLink slug={r.organizationSlug} name={r.organization} />
              </td>
              <td className="px-2 py-1 text-right tabular-nums">{formatScore(r.score, b.board)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CountryPage({ data, milestones }: { data: CountryDetail; milestones?: ReactNode }) {
  const boards = data.boards.map((b) => b.board);
  return (
    <article className="space-y-8" data-testid="country-page">
      <header className="space-y-2">
        <p className="text-sm text-[var(--muted)]">{data.kind === "group" ? "Country group" : "Country"}</p>
        <h1 className="flex items-center gap-2 text-2xl font-bold">
          <Flag code={data.key} /> {data.label}
        </h1>
        {data.kind === "group" && (
          <div className="text-sm">
            {data.members.length === 0 ? (
              <p className="text-[var(--muted)]">
                {data.key === "unknown"
                  ? "Models whose developer is not attributed to any country."
                  : "No member country in the data."}
              </p>
            ) : (
              <ul
                className="flex flex-wrap gap-x-4 gap-y-1"
                aria-label="Member countries in the data"
                data-testid="members"
              >
                {data.members.map((m) => (
                  <li key={m}>
                    <CountryLink code={m} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </header>

      {!countryHasModels(data) && data.kind === "country" && (
        <p className="rounded border border-[var(--border)] bg-[var(--card)] p-4" data-testid="country-empty">
          No model from {data.label} on these boards yet. When a developer based here publishes one on{" "}
          {boardsInProse(boards, "or")}, it appears on this page.{" "}
          <a href="/" className="text-[var(--accent)] underline">
            Compare the countries that have models
          </a>
          .
        </p>
      )}

      {/* Slot for the trust issue's milestones list (events found in the data for this key). */}
      {milestones}

      <Section id="leading" title="Best placed now">
        <div className="grid gap-4 lg:grid-cols-2">
          {data.boards.map((b) => (
            <div key={b.board} className="min-w-0 space-y-2">
              <h3 className="font-medium">
                {boardInfo(b.board).name}
                {b.retiredOn && (
                  <span className="ml-2 text-xs font-normal text-[var(--muted)]">
                    (retired {formatDateLong(b.retiredOn)})
                  </span>
                )}
              </h3>
              <BestPlacedNote b={b} />
              <ConcentrationFlags b={b} />
              <Leading b={b} label={data.label} />
            </div>
          ))}
        </div>
      </Section>

      {data.boards.map((b) => (
        <Section key={b.board} id={`series-${b.board}`} title={`Over time on the ${boardInfo(b.board).name}`}>
          <CountryBoardCharts b={b} countryKey={data.key} label={data.label} />
        </Section>
      ))}

      <Section id="organizations" title="Organizations">
        {data.organizations.length === 0 ? (
          <p className="text-sm text-[var(--muted)]">No organization in the registry is attributed here.</p>
        ) : (
          <div
            className="max-w-full overflow-x-auto rounded border border-[var(--border)]"
            tabIndex={0}
            role="region"
            aria-label={`Organizations of ${data.label}`}
          >
            <table className="w-full text-left text-sm" data-testid="organizations">
              <caption className="sr-only">
                Organizations of {data.label}, with model counts and best ranks per board
              </caption>
              <thead className="bg-[var(--card)]">
                <tr>
                  <th scope="col" className="px-2 py-1">
                    Organization
                  </th>
                  {data.kind === "group" && (
                    <th scope="col" className="px-2 py-1">
                      Country
                    </th>
                  )}
                  {boards.map((b) => (
                    <th key={b} scope="col" className="px-2 py-1 text-right">
                      {boardInfo(b).name}: models, best
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.organizations.map((o) => (
                  <tr key={o.slug} className="border-t border-[var(--border)]">
                    <td className="px-2 py-1">
                      <OrgLink slug={o.slug} name={o.name} />
                    </td>
                    {data.kind === "group" && (
                      <td className="whitespace-nowrap px-2 py-1">
                        <CountryLink code={o.country} />
                      </td>
                    )}
                    {boards.map((b) => (
                      <td key={b} className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                        {o.models[b] ?? 0}, {formatRank(o.bestRank[b] ?? null)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </article>
  );
}
