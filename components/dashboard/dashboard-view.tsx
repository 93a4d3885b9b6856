"use client";
// The dashboard: controls, the standings chart, the gap panel and the ranking table, all driven by the URL.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { boardInfo, DEFAULT_BOARD, FOUNDING_BOARDS } from "@/lib/boards/info";
import { retiredNotice } from "@/lib/view/url/labels";
import { categoriesOptions, snapshotIndexOptions, tableOptions } from "@/lib/view/load/queries";
import { fromSnapshotIndex } from "@/lib/view/url/snapshot-picker";
import { viewToQuery } from "@/lib/view/url/api-requests";
import { resolveView, shownCategory } from "@/lib/view/url/resolve-view";
import { useViewState } from "@/lib/view/url/use-view-state";
import type { ParamNotice } from "@/lib/view/url/view-state";
import type { BoardIngestState } from "@/lib/ingest/freshness-rules";
import { Controls } from "@/components/filters/controls";
import { EmbedFrame } from "@/components/share/embed-frame";
import { HydrateOnIntent } from "@/components/ui/hydrate-on-intent";
import { permalinkPath, viewTitle } from "@/lib/view/url/view-meta";
import { GapPanel } from "./gap-panel";
import { Notices } from "./notices";
import { RankingPanel } from "./ranking-panel";
import { StandingsPanel } from "./standings-panel";

const BASE_OPTIONS = ["US", "CN", "europe", "other", "unknown"];
/** Rendered only near the viewport; the placeholder height until the real one is known. */
const BELOW_FOLD = "[content-visibility:auto] [contain-intrinsic-size:auto_48rem]";

export function DashboardView({
  notices,
  ingest = [],
  embed = false,
}: {
  notices: ParamNotice[];
  ingest?: BoardIngestState[];
  embed?: boolean;
}) {
  const [url, setView] = useViewState();
  // The boards are the database's (the ingest states list every stored one): the switch offers those that hold data,
  // and a board the database does not hold shows the default board, as the server page does (with its notice).
  const boards = ingest
    .filter((b) => b.snapshots > 0 || FOUNDING_BOARDS.includes(b.board) || b.board === url.board)
    .map((b) => b.board);
  const stored = ingest.length === 0 || ingest.some((b) => b.board === url.board);
  const asked = stored ? url : { ...url, board: DEFAULT_BOARD };
  const categories = useQuery(categoriesOptions(asked.board));
  // The view shown, resolved as the server page and the preview image resolve it (lib/view/url/resolve-view.ts): the
  // URL's category unless the board does not have it (the server page says so in a notice), and one date for the
  // whole page, the range's end; the table's own only when the reader picks one.
  const index = useQuery(snapshotIndexOptions(asked.board, shownCategory(asked, categories.data))).data;
  const snapshots = useMemo(() => index && fromSnapshotIndex(index), [index]);
  const resolved = resolveView(asked, { categories: categories.data, snapshots });
  const { view, latest, asOf, tableDate } = resolved;
  // Same key as the ranking panel's query: the countries in the shown snapshot feed the pickers.
  const table = useQuery({ ...tableOptions(viewToQuery(view, resolved).table), enabled: tableDate !== null });
  const present = (table.data?.countries ?? []).map((c) => c.key);
  const options = [...new Set([...BASE_OPTIONS, ...present, ...view.countries])];
  const retired = retiredNotice(view.board);
  const boardState = ingest.find((b) => b.board === view.board);

  const span = { snapshots: snapshots?.length ?? 0, firstDate: snapshots?.[0]?.date ?? null, lastDate: latest };
  const ingestState = { running: boardState?.running ?? false, error: boardState?.lastError?.message ?? null };

  if (embed) {
    // Embed mode: the chart (and its data table) without the site's chrome, plus a link back to the full view.
    return (
      <EmbedFrame title={viewTitle(view)} href={permalinkPath("/", view)}>
        <HydrateOnIntent>
          <StandingsPanel
            view={view}
            setView={setView}
            latest={latest}
            asOf={asOf}
            span={span}
            ingest={ingestState}
            share={false}
          />
        </HydrateOnIntent>
      </EmbedFrame>
    );
  }

  return (
    <div className="space-y-6">
      {/* One text node (the hydration spec edits the server's text). */}
      <h1 className="text-2xl font-bold">{`Where the strongest ${boardInfo(view.board).modelsNoun} come from`}</h1>
      <p className="text-sm">
        Who leads on every board at once, with the gap and the lag:{" "}
        <a href="/scoreboard" className="text-[var(--accent)] underline" data-testid="home-scoreboard-link">
          the scoreboard
        </a>
        .
      </p>
      <Notices notices={notices} />
      {retired && (
        <p
          role="note"
          data-testid="retired-notice"
          className="rounded border border-[var(--border)] bg-[var(--card)] p-3 text-sm"
        >
          <strong>Retired board.</strong> {retired}
        </p>
      )}
      {/* Each panel hydrates on intent (components/ui/hydrate-on-intent.tsx): the first load hydrates only the page's
          chrome, and a panel the moment a visitor reaches for it or the view changes. */}
      <HydrateOnIntent>
        <Controls
          view={view}
          setView={setView}
          countryOptions={options}
          boards={boards}
          categories={boardInfo(view.board).hasCategories ? (categories.data ?? []) : []}
        />
      </HydrateOnIntent>
      <HydrateOnIntent>
        <StandingsPanel view={view} setView={setView} latest={latest} asOf={asOf} span={span} ingest={ingestState} />
      </HydrateOnIntent>
      <HydrateOnIntent>
        <GapPanel view={view} setView={setView} latest={latest} asOf={asOf} options={options} />
      </HydrateOnIntent>
      {/* Far below the first screen on a phone, and the page's largest subtree (50 rows): the browser skips its style,
          layout and paint until it nears the viewport (content-visibility). Not the standings and gap panels: just below
          the first screen, they are rendered at load anyway, and with the property the load cost slightly more. */}
      <HydrateOnIntent className={BELOW_FOLD}>
        <RankingPanel
          view={view}
          setView={setView}
          snapshots={snapshots ?? []}
          date={tableDate}
          latest={latest}
          asOf={asOf}
        />
      </HydrateOnIntent>
    </div>
  );
}
