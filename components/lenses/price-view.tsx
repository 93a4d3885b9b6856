"use client";
// Price lens: arena score against blended price (log scale) per country with each country's frontier, and per country
// over time the cheapest model within X points of the board's top score.
import type { CategoryInfo } from "@/lib/boards/categories";
import { formatDateLong, formatScore, formatUsd } from "@/lib/standings/format";
import type { PriceQuery } from "@/lib/standings/lenses/query";
import type { PriceResponse } from "@/lib/standings/lenses/types";
import { cheapestSeries } from "@/lib/view/chart/lens-charts";
import { lensUrl } from "@/lib/view/url/lens-requests";
import type { ParamNotice } from "@/lib/view/url/view-state";
import { ChartFrame, CsvLink } from "@/components/charts/chart-frame";
import { ChartLegend } from "@/components/charts/chart-legend";
import { ScatterChart } from "@/components/charts/scatter-chart";
import { seriesStyles } from "@/components/charts/series-config";
import { Notices } from "@/components/dashboard/notices";
import { LensNav } from "./lens-nav";
import { DataDetails } from "@/components/ui/data-details";
import { Field } from "@/components/filters/field";
import { selectClass } from "@/components/filters/styles";
import { LensChart } from "./lens-chart";
import { LensControls, useLensState, useSharedQuery } from "./lens-controls";
import { LensTable } from "./series-table";
import { ShareMenu } from "@/components/share/share-menu";
import { lensChartTarget } from "@/lib/view/chart/panel-share";
import { seriesEnd } from "@/lib/view/url/as-of";

const WITHIN_CHOICES = [10, 20, 30, 50, 75, 100];

function PriceControls({ dates, categories }: { dates: string[]; categories: CategoryInfo[] }) {
  const [view, setView] = useLensState();
  const within = WITHIN_CHOICES.includes(view.within)
    ? WITHIN_CHOICES
    : [...WITHIN_CHOICES, view.within].sort((a, b) => a - b);
  return (
    <>
      <div className="min-w-0 max-w-full">
        <Field label="Prompt category">
          {(id) => (
            <select
              id={id}
              className={`${selectClass} w-full max-w-full`}
              value={view.category}
              onChange={(e) => setView({ category: e.target.value, date: null })}
            >
              {categories.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Scatter date">
        {(id) => (
          <select
            id={id}
            className={selectClass}
            value={view.date ?? ""}
            onChange={(e) => setView({ date: e.target.value || null })}
          >
            <option value="">{view.to ? "End of the date range" : "Latest"}</option>
            {[...dates].reverse().map((d) => (
              <option key={d} value={d}>
                {formatDateLong(d)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Within (points of the top)">
        {(id) => (
          <select
            id={id}
            className={selectClass}
            value={view.within}
            onChange={(e) => setView({ within: Number(e.target.value) })}
          >
            {within.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/**
 * What the view says about its prices. With the price table's history, each date uses the newest version on or
 * before it, and dates before the first version have none. Without it (only current tables were read), the current
 * prices stand for every earlier date, and the view says so.
 */
function priceSources(j: PriceResponse["join"], date: string | null) {
  const first = j.firstPriceDate ? formatDateLong(j.firstPriceDate) : null;
  if (j.firstPriceDate === null)
    return {
      scatter: "Prices: no LMArena catalog price table is stored.",
      empty: "No price data: no price table is stored.",
      series: "No price table is stored, so no date has a price.",
    };
  if (!j.history) {
    const read = j.priceDate ? formatDateLong(j.priceDate) : "–";
    return {
      scatter: `Prices: LMArena's current catalog price table as read on ${read}, applied to this date (the table's history could not be read).`,
      empty: "No priced model on this date.",
      series: `Prices are today's catalog prices applied to every date before the first read (${first}), as the table's history could not be read: a model's price when it was on top may have been higher.`,
    };
  }
  const used = j.priceDate ? formatDateLong(j.priceDate) : null;
  const how = j.priceDatedBy === "read" ? "as read on" : "in its version of";
  return {
    scatter: used
      ? `Prices: LMArena catalog price table ${how} ${used}, the newest version on or before this date.`
      : `Prices: none. LMArena's catalog price table starts on ${first}, after this date.`,
    empty:
      used === null && date !== null
        ? `No price data for this date: the catalog's price table starts on ${first}.`
        : "No priced model on this date.",
    series: `Prices: on each date, the LMArena catalog price table as it stood then (its newest version on or before the date). The table starts on ${first}; earlier dates have no price data and no value.`,
  };
}

export function PriceView(props: {
  data: PriceResponse;
  query: PriceQuery;
  dates: string[];
  categories: CategoryInfo[];
  notices: ParamNotice[];
}) {
  const { data, query } = props;
  const keys = data.frontiers.map((f) => f.key);
  const styles = seriesStyles(keys);
  const byModel = new Map(data.points.map((p) => [p.model, p]));
  const frontiers = data.frontiers.map((f) => ({
    key: f.key,
    points: f.models
      .map((m) => byModel.get(m)!)
      .filter(Boolean)
      .map((p) => ({ x: p.blended, y: p.score })),
  }));
  const j = data.join;
  const prices = priceSources(j, data.date);
  const joinLine = `${j.pricedEntries} of ${j.entries} models on this date have a price (${j.entries ? ((100 * j.pricedEntries) / j.entries).toFixed(0) : 0}%); ${j.matchedRows} of the price table's ${j.pricedRows} priced models are on the board.`;
  const title = "Arena score against price";
  const [view] = useLensState();
  const cheapRows = data.cheapest.flatMap((s) => s.points.map((p) => ({ ...p, key: s.key, label: s.label })));
  return (
    <div className="space-y-6">
      <LensNav current="price" shared={useSharedQuery()} />
      <div>
        <h1 className="text-2xl font-bold">Price lens</h1>
        <p className="text-[var(--muted)]">
          Did a price war make Chinese models cheap for what they score? Arena score against the blended price of a
          million tokens (3 input : 1 output), per country, with each country&apos;s price-performance frontier.
        </p>
      </div>
      <Notices notices={props.notices} />
      <LensControls>
        <PriceControls dates={props.dates} categories={props.categories} />
      </LensControls>
      <ChartFrame
        id="scatter"
        title={`${title}${data.date ? `, ${formatDateLong(data.date)}` : ""}`}
        subtitle={joinLine}
        actions={
          <>
            <CsvLink href={lensUrl("price", query, "csv")} label={`Download CSV: ${title}`} />
            <ShareMenu
              target={lensChartTarget({
                path: "/lenses/price",
                view,
                latest: data.date,
                id: "scatter",
                title,
                board: data.board,
                asOf: data.date,
                snapshot: data.date,
                apiCsv: lensUrl("price", query, "csv"),
              })}
            />
          </>
        }
        legend={
          <ChartLegend
            items={[
              ...keys.map((k) => ({ key: k, label: data.frontiers.find((f) => f.key === k)!.label, style: styles[k] })),
            ]}
          />
        }
        source={`${prices.scatter} Lines: each country's frontier, the models no cheaper one of the same country beats.`}
        table={
          <DataDetails>
            {() => (
              <div
                className="mt-2 max-h-96 overflow-auto rounded border border-[var(--border)]"
                tabIndex={0}
                role="region"
                aria-label="Priced models"
              >
                <table className="w-full text-left text-sm" data-testid="price-table">
                  <caption className="p-2 text-left text-[var(--muted)]">
                    Priced models on {data.date ?? "–"}, cheapest first
                  </caption>
                  <thead className="sticky top-0 bg-[var(--card)]">
                    <tr>
                      {["Model", "Country", "Score", "Blended $/M", "Input $/M", "Output $/M", "Frontier"].map((h) => (
                        <th key={h} scope="col" className="whitespace-nowrap px-2 py-1">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.points.map((p) => (
                      <tr key={p.model} className="border-t border-[var(--border)]">
                        <th scope="row" className="px-2 py-1 font-normal">
                          {p.model}
                        </th>
                        <td className="px-2 py-1">{p.country ?? "Unknown"}</td>
                        <td className="px-2 py-1 tabular-nums">{formatScore(p.score, data.board)}</td>
                        <td className="px-2 py-1 tabular-nums">{formatUsd(p.blended)}</td>
                        <td className="px-2 py-1 tabular-nums">{formatUsd(p.input)}</td>
                        <td className="px-2 py-1 tabular-nums">{formatUsd(p.output)}</td>
                        <td className="px-2 py-1">{p.frontier ? "Yes" : ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </DataDetails>
        }
      >
        {data.points.length === 0 ? (
          <p className="py-8 text-center text-sm text-[var(--muted)]">{prices.empty}</p>
        ) : (
          <ScatterChart
            points={data.points.map((p) => ({ model: p.model, key: p.key, x: p.blended, y: p.score }))}
            frontiers={frontiers}
            keys={keys}
            width={960}
            height={380}
            xLabel="Blended price, USD per million tokens (log scale)"
            yLabel="Arena score"
            label={`${title}: ${data.points.length} priced models`}
          />
        )}
      </ChartFrame>
      <LensChart
        lens="price"
        board={data.board}
        asOf={seriesEnd(data.cheapest) ?? data.asOf}
        value={{ kind: "usd" }}
        id="cheapest"
        title={`Cheapest model within ${data.within} points of the top`}
        subtitle="Blended price of the cheapest model of each country that scores within the margin of the board's best model on that date."
        series={cheapestSeries(data)}
        unit="score"
        yLabel="USD per million tokens"
        csv={lensUrl("price", query, "csv")}
        source={prices.series}
        table={
          <LensTable
            label={`Cheapest model within ${data.within} points of the top, per country`}
            rows={cheapRows}
            columns={[
              { header: "Country", cell: (r) => r.label },
              { header: "Model", cell: (r) => (r.priceDate === null ? "No price data" : (r.model ?? "–")) },
              { header: "Blended $/M", cell: (r) => formatUsd(r.value) },
              { header: "Score", cell: (r) => formatScore(r.score, data.board) },
              { header: "Top score", cell: (r) => formatScore(r.top, data.board) },
            ]}
          />
        }
      />
    </div>
  );
}
