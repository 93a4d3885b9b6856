"use client";
// Efficiency lens (Open LLM Leaderboard): the best score per parameter class per country over time, and the best
// score per kg of CO₂ where the board reports the evaluation's emissions.
import { formatDateLong, formatScore } from "@/lib/standings/format";
import { seriesEnd } from "@/lib/view/url/as-of";
import type { EfficiencyQuery } from "@/lib/standings/lenses/query";
import type { EfficiencyResponse } from "@/lib/standings/lenses/types";
import { efficiencyClassSeries } from "@/lib/view/chart/lens-charts";
import { lensUrl } from "@/lib/view/url/lens-requests";
import { modelNameText } from "@/lib/boards/model-name";
import type { ParamNotice } from "@/lib/view/url/view-state";
import { Notices } from "@/components/dashboard/notices";
import { LensNav } from "./lens-nav";
import { LensChart } from "./lens-chart";
import { LensControls, useSharedQuery } from "./lens-controls";
import { LensTable } from "./series-table";

export function EfficiencyView({
  data,
  query,
  notices,
}: {
  data: EfficiencyResponse;
  query: EfficiencyQuery;
  notices: ParamNotice[];
}) {
  const csv = lensUrl("efficiency", query, "csv");
  const score = (v: number | null) => formatScore(v, data.board);
  // The data's date is the view's end: the last snapshot the series cover, not the board's newest.
  const asOf = seriesEnd([...data.classes.flatMap((c) => c.series), ...data.co2]) ?? data.asOf;
  const source = `Open LLM Leaderboard v2 (retired March 2025), ${data.official ? "official providers only" : "every row"}; sizes as the board reports them (whole billions before December 2024). Data as of ${asOf ? formatDateLong(asOf) : "–"}.`;
  const common = { lens: "efficiency", board: data.board, asOf } as const;
  const co2Rows = data.co2.flatMap((s) => s.points.map((p) => ({ ...p, key: s.key, label: s.label })));
  return (
    <div className="space-y-6">
      <LensNav current="efficiency" shared={useSharedQuery()} />
      <div>
        <h1 className="text-2xl font-bold">Efficiency lens</h1>
        <p className="text-[var(--muted)]">
          Do scarce chips make Chinese labs efficient? The best Open LLM Leaderboard score each country reaches within a
          parameter budget, and per kilogram of CO₂ spent evaluating it.
        </p>
      </div>
      <Notices notices={notices} />
      <LensControls official />
      <div className="grid gap-6 lg:grid-cols-2">
        {data.classes.map((c) => {
          const series = efficiencyClassSeries(data, c.key);
          const rows = series.flatMap((s) => s.points.map((p) => ({ ...p, key: s.key, label: s.label })));
          return (
            <LensChart
              {...common}
              value={{ kind: "metric", metric: "best-score", board: data.board }}
              key={c.key}
              id={`class-${c.key}`}
              title={`Best score, ${c.label} parameters`}
              series={series}
              unit="score"
              yLabel="Average score"
              csv={csv}
              source={source}
              height={220}
              table={
                <LensTable
                  label={`Best score per country, ${c.label} parameters`}
                  rows={rows}
                  columns={[
                    { header: "Country", cell: (r) => r.label },
                    { header: "Best score", cell: (r) => score(r.value) },
                    { header: "Model", cell: (r) => (r.model ? modelNameText(data.board, r.model) : "–") },
                  ]}
                />
              }
            />
          );
        })}
        <LensChart
          {...common}
          value={{ kind: "number", decimals: 1 }}
          tick={{ kind: "number", decimals: 0 }}
          id="co2"
          title="Best score per kg of CO₂"
          subtitle="Where the board reports the evaluation's CO₂ cost (December 2024 on)."
          series={data.co2.map((s) => ({ key: s.key, label: s.label, points: s.points }))}
          unit="score"
          yLabel="Score per kg CO₂"
          csv={csv}
          source={source}
          height={220}
          table={
            <LensTable
              label="Best score per kg of CO₂ per country"
              rows={co2Rows}
              columns={[
                { header: "Country", cell: (r) => r.label },
                { header: "Score per kg", cell: (r) => (r.value === null ? "–" : r.value.toFixed(1)) },
                { header: "Model", cell: (r) => (r.model ? modelNameText(data.board, r.model) : "–") },
              ]}
            />
          }
        />
      </div>
    </div>
  );
}
