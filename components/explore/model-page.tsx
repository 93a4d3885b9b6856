// One model: who made it (both attribution modes, with the rule that decided), its history on the board as rank
// and score charts with tables, its HF lineage, and the same model on the other boards.
import { boardInfo } from "@/lib/boards/info";
import type { ModelPageData } from "@/lib/reads/entities";
import { EMPTY, formatDateLong, formatRank, formatScore } from "@/lib/standings/format";
import { sourceLine } from "@/lib/view/url/labels";
import { modelRankSeries, modelScoreSeries } from "@/lib/view/chart/entity-series";
import type { ModelAttributionInfo } from "@/lib/standings/types";
import { EntityChart } from "./entity-chart";
import { ModelHistoryTable } from "./model-history-table";
import { Facts, Section } from "./facts";
import { CountryLink, ModelLink, OrgLink } from "./links";

function Attribution({ side }: { side: ModelAttributionInfo }) {
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-center gap-x-2">
        <OrgLink slug={side.organizationSlug} name={side.organization} />
        <span aria-hidden>·</span>
        <CountryLink code={side.country} />
      </p>
      {side.why && <p className="text-xs text-[var(--muted)]">Rule: {side.why}</p>}
    </div>
  );
}

export function ModelPage({ data }: { data: ModelPageData }) {
  const { detail, summary, params, lineage } = data;
  const board = boardInfo(detail.board);
  const asOf = detail.points.at(-1)?.date ?? null;
  const latest = detail.points.at(-1);
  const latestRank = data.scoreRanks.at(-1)?.rank ?? null;
  return (
    <article className="space-y-8" data-testid="model-page">
      <header className="space-y-2">
        <p className="text-sm text-[var(--muted)]">Model on the {board.name}</p>
        <h1 className="break-words text-2xl font-bold">{detail.name}</h1>
        {detail.name !== detail.key && (
          <p className="break-all text-sm text-[var(--muted)]">
            Key: <code>{detail.key}</code>
          </p>
        )}
      </header>

      <Facts
        items={[
          [
            "Organization",
            <OrgLink
              key="o"
              slug={detail.developer.organizationSlug}
              name={detail.developer.organization ?? detail.upstreamOrganization}
            />,
          ],
          ["Country", <CountryLink key="c" code={detail.developer.country} />],
          ["License", detail.license ?? EMPTY],
          ...(board.hasParameters
            ? ([["Parameters", params === null ? EMPTY : `${params.toLocaleString("en-US")} B`]] as [string, string][])
            : []),
          ["First seen", summary?.firstSeen ? formatDateLong(summary.firstSeen) : EMPTY],
          ["Last seen", summary?.lastSeen ? formatDateLong(summary.lastSeen) : EMPTY],
          [
            "Best rank",
            summary?.bestRank != null && summary.bestRankDate
              ? `${formatRank(summary.bestRank)} on ${formatDateLong(summary.bestRankDate)}`
              : EMPTY,
          ],
          [
            "Latest",
            latest
              ? `${formatRank(latestRank)}, score ${formatScore(latest.score, detail.board)} (${formatDateLong(latest.date)})`
              : EMPTY,
          ],
          [
            "Also on",
            detail.alsoOn.length === 0 ? (
              <span key="a" className="text-[var(--muted)]">
                Not found on any other board
              </span>
            ) : (
              <ul key="a" className="space-y-1" data-testid="also-on">
                {data.twins.map((t) => (
                  <li key={`${t.board}|${t.key}`}>
                    <ModelLink board={t.board} model={t.key}>
                      {t.label}
                    </ModelLink>{" "}
                    <span className="text-[var(--muted)]">on the {boardInfo(t.board).name}</span>
                  </li>
                ))}
              </ul>
            ),
          ],
        ]}
      />

      <div className="space-y-4">
        <EntityChart
          id="model-rank"
          title="Rank over time"
          subtitle="Competition rank by score on each snapshot (the same rule on every date)"
          series={modelRankSeries(data.scoreRanks)}
          metric="best-rank"
          board={detail.board}
          yLabel="Rank"
          source={sourceLine(detail.board, asOf)}
          noTable
        />
        <EntityChart
          id="model-score"
          title="Score over time"
          subtitle={
            detail.points.some((p) => p.ciLower !== null) ? "With the 95% confidence interval's bounds" : undefined
          }
          series={modelScoreSeries(detail.points)}
          metric="best-score"
          board={detail.board}
          yLabel={board.scoreLabel}
          source={sourceLine(detail.board, asOf)}
          noTable
        />
        {detail.points.length > 0 && (
          <ModelHistoryTable
            points={detail.points}
            board={detail.board}
            caption={`${detail.name}: rank and score per snapshot, newest first`}
          />
        )}
      </div>

      <Section id="attribution" title="Attribution">
        <Facts
          items={[
            ["Developer", <Attribution key="d" side={detail.developer} />],
            ["Base model's developer", <Attribution key="b" side={detail.base} />],
          ]}
        />
      </Section>

      {lineage.length > 1 && (
        <Section id="lineage" title="Base-model lineage">
          <ol className="space-y-1 text-sm" data-testid="lineage">
            {lineage.map((step, i) => (
              <li key={step.fullname} className="break-all">
                <span className="text-[var(--muted)]">{i === 0 ? "This model" : "↳ based on"} </span>
                {step.key ? (
                  <ModelLink board={detail.board} model={step.key}>
                    {step.fullname}
                  </ModelLink>
                ) : (
                  <span>{step.fullname}</span>
                )}
              </li>
            ))}
          </ol>
        </Section>
      )}
    </article>
  );
}
