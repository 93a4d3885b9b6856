"use client";
// Language lens: best rank and best score per country on two prompt categories, and the "home advantage" chart.
import type { CategoryInfo } from "@/lib/boards/categories";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { formatDateLong, formatRank, formatScore, formatSigned } from "@/lib/standings/format";
import { seriesEnd } from "@/lib/view/url/as-of";
import type { LanguageResponse } from "@/lib/standings/lenses/types";
import type { LanguageQuery } from "@/lib/standings/lenses/query";
import { languageSeries } from "@/lib/view/chart/lens-charts";
import { lensUrl } from "@/lib/view/url/lens-requests";
import type { ParamNotice } from "@/lib/view/url/view-state";
import { Notices } from "@/components/dashboard/notices";
import { LensNav } from "./lens-nav";
import { Field } from "@/components/filters/field";
import { selectClass } from "@/components/filters/styles";
import { LensChart } from "./lens-chart";
import { LensControls, useLensState, useSharedQuery } from "./lens-controls";
import { LensTable } from "./series-table";

/** Which board the lens reads, among those with both kinds of prompt; a new board's categories are its own. */
function BoardControl({ board, boards }: { board: BoardSlug; boards: readonly BoardSlug[] }) {
  const [, setView] = useLensState();
  return (
    <div className="min-w-0 max-w-full">
      <Field label="Board">
        {(id) => (
          <select
            id={id}
            className={`${selectClass} w-full max-w-full`}
            value={board}
            onChange={(e) => void setView({ board: e.target.value, pair: null })}
            data-testid="lens-board"
          >
            {boards.map((b) => (
              <option key={b} value={b}>
                {boardInfo(b).name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

function PairControls({ categories }: { categories: CategoryInfo[] }) {
  const [view, setView] = useLensState();
  const options = categories.filter((c) => c.name !== "overall");
  const pick = (i: 0 | 1, value: string) => {
    const next: [string, string] = [...view.pair];
    next[i] = value;
    if (next[0] !== next[1]) void setView({ pair: next });
  };
  return (
    <>
      {([0, 1] as const).map((i) => (
        <div key={i} className="min-w-0 max-w-full">
          <Field label={i === 0 ? "Prompts" : "against"}>
            {(id) => (
              <select
                id={id}
                className={`${selectClass} w-full max-w-full`}
                value={view.pair[i]}
                onChange={(e) => pick(i, e.target.value)}
                data-testid={`pair-${i}`}
              >
                {options.map((c) => (
                  <option key={c.name} value={c.name} disabled={c.name === view.pair[1 - i]}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ))}
    </>
  );
}

export function LanguageView({
  data,
  query,
  categories,
  boards,
  notices,
}: {
  data: LanguageResponse;
  query: LanguageQuery;
  categories: CategoryInfo[];
  /** The boards the lens applies to. */
  boards: readonly BoardSlug[];
  notices: ParamNotice[];
}) {
  const csv = lensUrl("language", query, "csv");
  const rows = data.series.flatMap((s) => s.points.map((p) => ({ ...p, key: s.key, label: s.label })));
  const board = data.board;
  const rank = (v: number | null) => formatRank(v);
  const score = (v: number | null) => formatScore(v, board);
  // The data's date is the view's end: the last snapshot the series cover, not the board's newest.
  const asOf = seriesEnd(data.series) ?? data.asOf;
  const source = `${boardInfo(board).name}, ${data.aLabel.toLowerCase()} and ${data.bLabel.toLowerCase()}; score rank within each category. Data as of ${asOf ? formatDateLong(asOf) : "–"}.`;
  const common = { lens: "language", board, asOf } as const;
  const table = (
    <LensTable
      label={`Best rank and score per country: ${data.aLabel} and ${data.bLabel}`}
      rows={rows}
      columns={[
        { header: "Country", cell: (r) => r.label },
        { header: `Rank, ${data.aLabel}`, cell: (r) => rank(r.rankA) },
        { header: `Rank, ${data.bLabel}`, cell: (r) => rank(r.rankB) },
        { header: "Difference", cell: (r) => formatSigned(r.advantage, 0) },
        { header: `Score, ${data.aLabel}`, cell: (r) => score(r.scoreA) },
        { header: `Score, ${data.bLabel}`, cell: (r) => score(r.scoreB) },
      ]}
    />
  );
  return (
    <div className="space-y-6">
      <LensNav current="language" shared={useSharedQuery()} />
      <div>
        <h1 className="text-2xl font-bold">
          Language lens: {data.aLabel} against {data.bLabel}
        </h1>
        <p className="text-[var(--muted)]">
          Are Chinese models trained for Chinese, not only for English? Each country&apos;s best rank and score on the{" "}
          {boardInfo(board).name} when it counts only one kind of prompt.
        </p>
      </div>
      <Notices notices={notices} />
      <LensControls>
        {boards.length > 1 && <BoardControl board={board} boards={boards} />}
        <PairControls categories={categories} />
      </LensControls>
      <LensChart
        {...common}
        value={{ kind: "number", decimals: 0, signed: true }}
        id="advantage"
        title={`Home advantage: rank on ${data.aLabel.toLowerCase()} minus rank on ${data.bLabel.toLowerCase()}`}
        subtitle="Below zero: the country ranks better on the first kind of prompt."
        series={languageSeries(data, "advantage")}
        unit="count"
        includeZero
        yLabel="Difference in best rank"
        csv={csv}
        source={source}
        table={table}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {(["A", "B"] as const).map((side) => (
          <LensChart
            {...common}
            value={{ kind: "metric", metric: "best-rank", board }}
            key={`rank${side}`}
            id={`rank-${side}`}
            title={`Best rank, ${side === "A" ? data.aLabel : data.bLabel}`}
            series={languageSeries(data, side === "A" ? "rankA" : "rankB")}
            unit="rank"
            kind="step"
            lowerIsBetter
            yLabel="Best rank (1 = top)"
            csv={csv}
            source={source}
          />
        ))}
        {(["A", "B"] as const).map((side) => (
          <LensChart
            {...common}
            value={{ kind: "metric", metric: "best-score", board }}
            key={`score${side}`}
            id={`score-${side}`}
            title={`Best score, ${side === "A" ? data.aLabel : data.bLabel}`}
            series={languageSeries(data, side === "A" ? "scoreA" : "scoreB")}
            unit="score"
            yLabel="Arena score"
            csv={csv}
            source={source}
          />
        ))}
      </div>
    </div>
  );
}
