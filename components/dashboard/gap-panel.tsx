"use client";
// The gap between two country keys: the latest gap in points and percent and the lag, large; the gap over time, small.
import { methodologyHref, SECTION_IDS } from "@/lib/view/url/methodology-anchors";
import { RECONCILIATION_BRIEF } from "@/lib/boards/reconciliation-brief";
import { useQuery } from "@tanstack/react-query";
import { countryLabel } from "@/lib/core/countries";
import { boardInfo } from "@/lib/boards/info";
import { formatDateLong } from "@/lib/standings/format";
import { gapBase } from "@/lib/view/chart/gap-chart";
import { gapSpec } from "@/lib/view/chart/spec";
import { gapUrl, viewToQuery } from "@/lib/view/url/api-requests";
import { gapSummary, latestComparable } from "@/lib/view/chart/gap-summary";
import { ModelLink } from "@/components/explore/links";
import { gapChartOptions } from "@/lib/view/load/queries";
import { ThinningNote } from "@/components/charts/thinning-note";
import { GAP_UNITS, type GapUnit, type ViewState } from "@/lib/view/url/search-params";
import type { SetView } from "@/lib/view/url/use-view-state";
import { rangeNeedsLatest } from "@/lib/view/url/view-state";
import { ChartFrame, CsvLink } from "@/components/charts/chart-frame";
import { TimeChart } from "@/components/charts/time-chart";
import { MarkerKey } from "@/components/charts/marker-key";
import { Field } from "@/components/filters/field";
import { segmentClass, selectClass } from "@/components/filters/styles";
import { GroupNotes } from "@/components/ui/group-notes";
import { GapTable } from "./gap-table";
import { PanelMessage } from "./panel-message";
import { ShareMenu } from "@/components/share/share-menu";
import { gapTarget } from "@/lib/view/chart/panel-share";
import { seriesEnd } from "@/lib/view/url/as-of";

const GAP_HEIGHT = 220;

function KeySelect(props: { label: string; value: string; options: string[]; onChange: (k: string) => void }) {
  const keys = props.options.includes(props.value) ? props.options : [props.value, ...props.options];
  return (
    <Field label={props.label}>
      {(id) => (
        <select id={id} className={selectClass} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {keys.map((k) => (
            <option key={k} value={k}>
              {countryLabel(k)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

const UNIT_LABEL: Record<GapUnit, string> = { points: "Points", percent: "Percent" };

/** Points or percent: radio buttons, so the choice is one Tab stop and the arrow keys move it. */
function GapUnitControl(props: { value: GapUnit; onChange: (u: GapUnit) => void }) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-[var(--muted)]">Gap in</legend>
      <div className="flex gap-1">
        {GAP_UNITS.map((u) => (
          <label key={u} className={segmentClass}>
            <input
              type="radio"
              name="gapunit"
              value={u}
              checked={props.value === u}
              onChange={() => props.onChange(u)}
              className="sr-only"
            />
            {UNIT_LABEL[u]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function GapPanel(props: {
  view: ViewState;
  setView: SetView;
  latest: string | null;
  asOf?: string | null;
  options: string[];
}) {
  const { view } = props;
  const req = viewToQuery(view, { latest: props.latest }).gap;
  const query = useQuery({ ...gapChartOptions(req), enabled: !rangeNeedsLatest(view) || props.latest !== null });
  const data = query.data;
  const board = data?.board ?? view.board;
  const [a, b] = [data?.a ?? req.a, data?.b ?? req.b].map(countryLabel);
  const summary = data ? gapSummary(data.points, a, b, board) : null;
  const latest = data ? latestComparable(data.points) : null;
  // The gap in points or percent, with its 95% band (from the two leaders' CIs) shaded where the board publishes CIs,
  // and the events when the view shows them: the spec the chart, the downloads and the table's markers read.
  const spec = data ? gapSpec(view, data) : null;
  const base = gapBase(view.gapunit, b);
  const title = spec?.title ?? `Gap: ${a} vs ${b}`;
  const markers = spec?.markers ?? [];

  return (
    <ChartFrame
      id="gap"
      title={title}
      subtitle={
        <>
          Difference in best {boardInfo(board).scoreLabel.toLowerCase()}
          {base ? <span data-testid="gap-base"> {base}</span> : " in points"}; positive means {a} is ahead
        </>
      }
      busy={query.isFetching}
      actions={
        <>
          <CsvLink href={gapUrl(req, "csv")} label={`Download CSV: ${title}`} />
          <ShareMenu
            ready={!!data}
            target={{
              ...gapTarget(
                view,
                { latest: props.latest, asOf: (data && seriesEnd([{ points: data.points }])) ?? props.asOf ?? null },
                [req.a, req.b],
              ),
              chart: async () => (spec && data ? { spec, thinning: data.thinning } : null),
            }}
          />
        </>
      }
      legend={
        <div className="flex flex-wrap items-end gap-3">
          <KeySelect
            label="Compare"
            value={req.a}
            options={props.options.filter((k) => k !== req.b)}
            onChange={(a) => props.setView({ a })}
          />
          <KeySelect
            label="with"
            value={req.b}
            options={props.options.filter((k) => k !== req.a)}
            onChange={(b) => props.setView({ b })}
          />
          <GapUnitControl value={view.gapunit} onChange={(gapunit) => props.setView({ gapunit })} />
          <GroupNotes keys={[req.a, req.b]} />
          {data && <ThinningNote thinning={data.thinning} />}
        </div>
      }
      source={`Gap = best score of ${a} − best score of ${b}; lag = how long ago the leader first reached the other's current best.${
        spec?.band
          ? " Shaded: the gap's 95% band from the two leaders' CIs; the gap is real where the band excludes 0."
          : ""
      }${RECONCILIATION_BRIEF[board] ? ` Can differ from ${RECONCILIATION_BRIEF[board].against}: ${RECONCILIATION_BRIEF[board].reasons.join("; ")}.` : ""}`}
      methodology={[
        { href: methodologyHref(SECTION_IDS.gap), label: "How the gap is defined" },
        { href: methodologyHref(SECTION_IDS.lag), label: "How the lag is defined" },
        ...(RECONCILIATION_BRIEF[board]
          ? [
              {
                href: methodologyHref(SECTION_IDS.reconciliation),
                label: `Why it can differ from ${RECONCILIATION_BRIEF[board].against}`,
              },
            ]
          : []),
      ]}
      table={
        data && (
          <>
            <MarkerKey markers={markers} on={props.view.events} unit="score" />
            <GapTable points={data.points} a={a} b={b} board={board} thinning={data.thinning} />
          </>
        )
      }
    >
      {summary ? (
        <p className="mb-3" data-testid="gap-summary">
          <span className="block text-sm text-[var(--muted)]">
            As of {formatDateLong(summary.date)}
            {props.asOf && summary.date !== props.asOf && (
              <span data-testid="gap-earlier-date">
                {" "}
                (the last date up to {formatDateLong(props.asOf)} on which both have a score)
              </span>
            )}
          </span>
          <span className="block text-2xl font-semibold">
            {summary.headline} by <span className="tabular-nums">{summary.points}</span> points{" "}
            <span className="text-lg tabular-nums">({summary.percent}</span>{" "}
            <span className="text-lg">{summary.percentBase})</span>
          </span>
          {summary.lag && (
            <span className="block text-base">
              {summary.lag}.
              {summary.lagCaveat && (
                <span className="block text-sm text-[var(--muted)]" data-testid="lag-caveat">
                  This lag spans the {summary.lagCaveat}: scores on either side are on different scales, so read it with
                  care.
                </span>
              )}
              {summary.lagDataCaveat && (
                <span className="block text-sm text-[var(--muted)]" data-testid="lag-data-caveat">
                  This lag rests on {summary.lagDataCaveat}: the day count is off by the difference.
                </span>
              )}
            </span>
          )}
          {summary.significance && (
            <span className="block text-base" data-testid="gap-significance">
              {summary.significance}
            </span>
          )}
          {latest && (latest.a.model || latest.b.model) && (
            <span className="mt-1 block text-sm" data-testid="gap-set-by">
              Set by {latest.a.model ? <ModelLink board={board} model={latest.a.model} /> : "—"} ({a}) and{" "}
              {latest.b.model ? <ModelLink board={board} model={latest.b.model} /> : "—"} ({b})
            </span>
          )}
        </p>
      ) : (
        data && <p className="mb-3 text-sm text-[var(--muted)]">No date in range where both have a score.</p>
      )}
      {query.isError && !data ? (
        <PanelMessage height={GAP_HEIGHT} tone="error">
          Could not load the gap: {query.error.message}
        </PanelMessage>
      ) : !spec ? (
        <PanelMessage height={GAP_HEIGHT}>Loading…</PanelMessage>
      ) : (
        <TimeChart spec={spec} height={GAP_HEIGHT} />
      )}
    </ChartFrame>
  );
}
