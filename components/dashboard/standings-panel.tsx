"use client";
// The main chart: one metric per country key over time, with legend, source line, CSV link and data table.
import { useQuery } from "@tanstack/react-query";
import { baseAttributionHref, modelHref, orgHref } from "@/lib/view/url/hrefs";
import { concentrationOn, concentrationText, type ConcentrationRun } from "@/lib/standings/concentration-text";
import { formatDateLong } from "@/lib/standings/format";
import {
  methodologyHref,
  metricSectionId,
  SECTION_IDS,
  boardSourceSectionId,
} from "@/lib/view/url/methodology-anchors";
import { emptyReason, emptyText, type BoardSpan } from "@/lib/view/chart/empty-state";
import { METRIC_INFO } from "@/lib/standings/metric-kinds";
import { standingsUrl, viewToQuery } from "@/lib/view/url/api-requests";
import { chartTitle, filterSummary, sourceLine } from "@/lib/view/url/labels";
import { standingsChartOptions } from "@/lib/view/load/queries";
import { thinningCaption } from "@/lib/view/chart/thinning";
import type { ViewState } from "@/lib/view/url/search-params";
import { rangeNeedsLatest } from "@/lib/view/url/view-state";
import { ChartFrame, CsvLink } from "@/components/charts/chart-frame";
import { ChartLegend } from "@/components/charts/chart-legend";
import { GroupNotes } from "@/components/ui/group-notes";
import { ThinningNote } from "@/components/charts/thinning-note";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { formatterFor, standingsSpec } from "@/lib/view/chart/spec";
import { SeriesTable } from "@/components/charts/series-table";
import { seriesStyles } from "@/components/charts/series-config";
import { TimeChart } from "@/components/charts/time-chart";
import { MarkerKey } from "@/components/charts/marker-key";
import type { SetView } from "@/lib/view/url/use-view-state";
import { modelNameText } from "@/lib/boards/model-name";
import { PanelMessage } from "./panel-message";
import { ShareMenu } from "@/components/share/share-menu";
import { standingsTarget } from "@/lib/view/chart/panel-share";
import { seriesEnd } from "@/lib/view/url/as-of";

export const CHART_HEIGHT = 360;

/**
 * Where one account carries a key on the view's last date (the standings answer's `concentration`): the sentence every
 * surface uses, the account's page, and the same view under base-model attribution.
 */
export function ConcentrationNotes({
  runs,
  n,
  view,
}: {
  runs: readonly ConcentrationRun[];
  n: number;
  view: ViewState;
}) {
  return runs.map((run) => (
    <p
      key={`${run.key}|${run.supplier.id}`}
      role="note"
      className="mt-1 border-l-2 border-[var(--accent)] pl-2 text-xs"
      data-testid="concentration-note"
      data-key={run.key}
      data-supplier={run.supplier.id}
    >
      <strong>Rests on one account.</strong> {concentrationText(run, n, { since: true })}.{" "}
      {run.supplier.kind === "organization" && (
        <>
          <a className="underline" href={orgHref(run.supplier.id)}>
            {run.supplier.name}
          </a>
          {" · "}
        </>
      )}
      {view.attribution !== "base" && (
        <>
          <a className="underline" href={baseAttributionHref(view)} data-testid="concentration-base-link">
            this view by base model
          </a>
          {" · "}
        </>
      )}
      <a className="underline" href={methodologyHref(SECTION_IDS.concentration)}>
        the rule
      </a>
    </p>
  ));
}

export function StandingsPanel({
  view,
  latest,
  asOf = null,
  span,
  ingest,
  setView,
  share = true,
}: {
  view: ViewState;
  latest: string | null;
  /** The view's data date (lib/view/url/as-of.ts): its range's end. */
  asOf?: string | null;
  /** The panel's share menu (off in embeds). */
  share?: boolean;
  /** The board's stored snapshots (all dates), to tell an empty board from a range that excludes its data. */
  span?: BoardSpan;
  ingest?: { running: boolean; error: string | null };
  setView?: SetView;
}) {
  const req = viewToQuery(view, { latest }).standings;
  const query = useQuery({ ...standingsChartOptions(req), enabled: !rangeNeedsLatest(view) || latest !== null });
  const data = query.data;
  // While a new view loads, the previous data stays on screen (keepPreviousData): draw it as what it is. The chart's
  // kind, labels, formats and event markers are its spec's, the one description the downloads and the preview use.
  const spec = data ? standingsSpec(view, data) : null;
  const metric = data?.metric ?? view.metric;
  const n = data?.n ?? view.n;
  const info = METRIC_INFO[metric];
  // Shares add up: the spec stacks the chosen keys plus a labelled band for everyone else.
  const series = spec?.series ?? [];
  const board: BoardSlug = data?.board ?? view.board;
  const lineageFrom = boardInfo(board).lineageSince;
  const noLineage =
    (data?.attribution ?? view.attribution) === "base" &&
    lineageFrom !== null &&
    (series[0]?.points ?? []).some((p) => p.date < lineageFrom);
  const styles = seriesStyles(series.map((s) => s.key));
  const empty = series.every((s) => s.points.every((p) => p.value === null));
  const title = spec?.title ?? chartTitle({ metric, n });
  const markers = spec?.markers ?? [];
  const toggle = setView ? () => void setView({ events: !view.events }) : undefined;
  // "Data as of" is the view's end: the last snapshot the series cover (a null value still marks one), else the range's.
  const dataDate = (data && seriesEnd(data.series)) ?? asOf ?? latest;
  const concentrated = data ? concentrationOn(data.concentration, seriesEnd(data.series)) : [];

  return (
    <ChartFrame
      id="standings"
      title={title}
      subtitle={spec?.subtitle ?? filterSummary(view)}
      busy={query.isFetching}
      actions={
        <>
          <CsvLink href={standingsUrl(req, "csv")} label={`Download CSV: ${title}`} />
          {share && (
            <ShareMenu
              ready={!!data}
              target={{
                ...standingsTarget(view, { latest, asOf: dataDate }),
                chart: async () => (spec && data ? { spec, thinning: data.thinning } : null),
              }}
            />
          )}
        </>
      }
      legend={
        <>
          <ChartLegend items={series.map((s) => ({ key: s.key, label: s.label, style: styles[s.key], flag: s.key }))} />
          <GroupNotes keys={series.map((s) => s.key)} />
          {data && <ThinningNote thinning={data.thinning} />}
          <ConcentrationNotes runs={concentrated} n={n} view={view} />
          {noLineage && lineageFrom && (
            <p className="text-xs text-[var(--muted)]" data-testid="no-lineage">
              Snapshots before {formatDateLong(lineageFrom)} have no lineage data upstream (Base Model is empty), so in
              base-lineage mode most of their models count as unknown.
            </p>
          )}
        </>
      }
      source={spec?.source ?? sourceLine(board, dataDate)}
      methodology={[
        { href: methodologyHref(boardSourceSectionId(board)), label: "About this source" },
        {
          href: methodologyHref(metricSectionId(metric)),
          label: `How ${info.label.replace("N", String(n)).toLowerCase()} is defined`,
        },
      ]}
      table={
        data && spec && !empty ? (
          <>
            <MarkerKey markers={markers} on={view.events} onToggle={toggle} unit={info.unit} />
            <SeriesTable
              caption={`${title}, ${thinningCaption(data.thinning)}`}
              series={series}
              formatValue={formatterFor(spec.value, "full")}
              formatModel={(m) => modelNameText(board, m)}
              markers={markers}
            />
          </>
        ) : null
      }
    >
      {query.isError && !data ? (
        <PanelMessage height={CHART_HEIGHT} tone="error">
          Could not load the standings: {query.error.message}
        </PanelMessage>
      ) : !data ? (
        <PanelMessage height={CHART_HEIGHT}>Loading…</PanelMessage>
      ) : empty ? (
        <PanelMessage height={CHART_HEIGHT}>
          <span data-testid="empty-state">
            {emptyText(
              emptyReason(
                span ?? { snapshots: latest ? 1 : 0, firstDate: latest, lastDate: latest },
                series[0]?.points.length ?? 0,
                ingest ?? { running: false, error: null },
              ),
              boardInfo(board).name,
            )}
          </span>{" "}
          {span?.snapshots === 0 && (
            <a href="/status" className="underline">
              See data status
            </a>
          )}
        </PanelMessage>
      ) : (
        spec && (
          <TimeChart
            spec={spec}
            height={CHART_HEIGHT}
            modelHref={(model) => modelHref(board, model)}
            formatModel={(m) => modelNameText(board, m)}
          />
        )
      )}
    </ChartFrame>
  );
}
