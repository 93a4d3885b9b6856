// What each panel of a page shares (components/share/share-menu.tsx): its title, its live and its cited link, its
// embed, its data date and its files' name. Every panel has its own: the standings chart, the gap, the ranking table
// and each lens chart. Pure: one builder per kind of panel, all dated by lib/view/url/as-of.ts.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { countryLabel } from "@/lib/core/countries";
import { pinnedView } from "@/lib/view/url/as-of";
import type { ChartSpec } from "@/lib/view/chart/spec";
import type { ViewState } from "@/lib/view/url/search-params";
import type { Thinning } from "@/lib/view/chart/thinning";
import { downloadBaseName, downloadName, embedPath, permalinkPath, viewTitle } from "@/lib/view/url/view-meta";

/** What one panel shares. Paths are site-relative; the menu adds the origin and the panel's anchor. */
export interface ShareTarget {
  /** Id of the panel's heading: links open the page there. */
  anchor: string;
  /** What the citation and the embed call the panel. */
  title: string;
  /** The live view (path and query). */
  link: string;
  /** The view with its dates pinned (`pinnedView`): what the citation names, so it reopens the same numbers. */
  cite: string;
  /** The embeddable view, or null when the panel has no embed of its own. */
  embed: string | null;
  board: BoardSlug;
  /** The panel's data date. */
  asOf: string | null;
  /** Every download's name, without extension (ends in the data date). */
  base: string;
  /** The chart, built on the first download; absent on a table panel. */
  chart?: () => Promise<{ spec: ChartSpec; thinning?: Thinning } | null>;
  /** The API's CSV of the panel (every row); its answer links its metadata sidecar. */
  apiCsv?: string;
  /** The sources the citation names, when the panel spans boards (the scoreboard); default: `board`'s. */
  sources?: string[];
  /** The licence line the citation carries, likewise; default: `board`'s. */
  licence?: string;
}

type At = { latest: string | null; asOf: string | null };

/** The dashboard's standings chart: the view itself (its embed is this chart). */
export function standingsTarget(view: ViewState, at: At): ShareTarget {
  return {
    anchor: "standings-title",
    title: `${viewTitle(view)} on ${boardInfo(view.board).name}`,
    link: permalinkPath("/", view),
    cite: permalinkPath("/", pinnedView(view, at)),
    embed: embedPath("/", view),
    board: view.board,
    asOf: at.asOf,
    base: downloadBaseName(view, at.asOf),
  };
}

/** The dashboard's gap panel, for the pair it compares. */
export function gapTarget(view: ViewState, at: At, [a, b]: [string, string]): ShareTarget {
  return {
    anchor: "gap-title",
    title: `Gap: ${countryLabel(a)} vs ${countryLabel(b)} on ${boardInfo(view.board).name}`,
    link: permalinkPath("/", view),
    cite: permalinkPath("/", pinnedView(view, at)),
    embed: null,
    board: view.board,
    asOf: at.asOf,
    base: downloadName(["gap", view.board, `${a}-${b}`], at.asOf),
  };
}

/** The dashboard's ranking table: dated by its snapshot, which the cited link names. */
export function rankingTarget(
  view: ViewState,
  at: { latest: string | null; asOf: string | null; tableDate: string | null },
  apiCsv: string | undefined,
): ShareTarget {
  return {
    anchor: "ranking-title",
    title: `Ranking on ${boardInfo(view.board).name}${at.tableDate ? `, ${at.tableDate}` : ""}`,
    link: permalinkPath("/", view),
    cite: permalinkPath(
      "/",
      pinnedView(view, { latest: at.latest, asOf: at.asOf ?? at.tableDate, tableDate: at.tableDate }),
    ),
    embed: null,
    board: view.board,
    asOf: at.tableDate,
    base: downloadName(["ranking", view.board], at.tableDate),
    apiCsv,
  };
}

/**
 * One chart of a lens page (`path` is /lenses/<lens>). No embed of its own: the lens page's embed shows the lens's main
 * chart only. `snapshot`: the one date a chart shows (the price scatter), which the cited link names.
 */
export function lensChartTarget(opts: {
  path: string;
  view: ViewState;
  latest: string | null;
  id: string;
  title: string;
  board: BoardSlug;
  asOf: string | null;
  apiCsv?: string;
  snapshot?: string | null;
}): ShareTarget {
  const { path, view } = opts;
  const at = {
    latest: opts.latest,
    asOf: opts.asOf,
    ...(opts.snapshot !== undefined ? { tableDate: opts.snapshot } : {}),
  };
  return {
    anchor: `${opts.id}-title`,
    title: `${opts.title} (${path.split("/").pop()} lens)`,
    link: permalinkPath(path, view),
    cite: permalinkPath(path, pinnedView(view, at)),
    embed: null,
    board: opts.board,
    asOf: opts.asOf,
    base: downloadName([path.split("/").pop() ?? "lens", opts.id, opts.board, view.countries.join("-")], opts.asOf),
    apiCsv: opts.apiCsv,
  };
}
