// One developer: registry facts (country, kind, aliases, namespaces, note, uncertainty), why it has its country
// (source, review date, contested note), its models per board and its best rank per snapshot on each board.
import { boardInfo } from "@/lib/boards/info";
import type { OrganizationDetail } from "@/lib/reads/types/entities";
import { EMPTY } from "@/lib/standings/format";
import { sourceLine } from "@/lib/view/url/labels";
import { rankHistorySeries } from "@/lib/view/chart/entity-series";
import { EntityChart } from "./entity-chart";
import { CountryEvidence } from "./country-evidence";
import { Facts, Section } from "./facts";
import { CountryLink } from "./links";
import { ModelsTable } from "./models-table";

export function OrganizationPage({ data }: { data: OrganizationDetail }) {
  const o = data.organization;
  return (
    <article className="space-y-8" data-testid="organization-page">
      <header className="space-y-2">
        <p className="text-sm text-[var(--muted)]">Organization</p>
        <h1 className="text-2xl font-bold">{o.name}</h1>
      </header>
      <Facts
        items={[
          ["Country", <CountryLink key="c" code={o.country} />],
          ["Kind", o.kind],
          ["Aliases", o.aliases.length ? o.aliases.join(", ") : EMPTY],
          ["HF namespaces", o.namespaces.length ? o.namespaces.join(", ") : EMPTY],
          ...(o.note ? ([["Note", o.note]] as [string, string][]) : []),
        ]}
      />
      {o.uncertain && (
        <p
          role="note"
          className="rounded border border-amber-500 bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          data-testid="uncertain"
        >
          <strong>Country uncertain.</strong>{" "}
          {o.note ?? "The registry rests this country on weaker public evidence than usual."}
        </p>
      )}
      <CountryEvidence organization={o} />
      {/* One section per stored board, in list order (the read lists every board). */}
      {Object.keys(data.models).map((board) => {
        const models = data.models[board] ?? [];
        const history = data.history[board] ?? [];
        return (
          <Section key={board} id={`board-${board}`} title={`On the ${boardInfo(board).name}`}>
            {models.length === 0 ? (
              <p className="text-sm text-[var(--muted)]">No models of {o.name} on this board.</p>
            ) : (
              <>
                <EntityChart
                  id={`org-rank-${board}`}
                  title="Best rank over time"
                  subtitle={`The best rank among the models of ${o.name} on each snapshot`}
                  series={[rankHistorySeries(o.slug, o.name, history)]}
                  metric="best-rank"
                  board={board}
                  yLabel="Best rank"
                  source={sourceLine(board, history.at(-1)?.date ?? null)}
                />
                <ModelsTable
                  models={models}
                  caption={`Models of ${o.name} on the ${boardInfo(board).name} (${models.length})`}
                />
              </>
            )}
          </Section>
        );
      })}
    </article>
  );
}
