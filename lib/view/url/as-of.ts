// "Data as of": the one date a view speaks of. A view's data end at its range's end, not at the board's newest
// snapshot: with `to=2025-02-11` the charts stop there, so the ranking table, the gap sentence, the citation, the file
// names and the preview image all speak of the last snapshot on or before 11 Feb 2025, unless the reader picks
// another snapshot for the table (`date=`). Pure: the page's loader, the client panels and the share menus use it.
import type { ViewState } from "@/lib/view/url/search-params";
import { resolveRange, VIEW_DEFAULTS } from "@/lib/view/url/view-state";

type Dated = { date: string };

/** The newest of `dates` on or before `end` (every date when `end` is absent), or null. */
export function lastOnOrBefore(dates: readonly Dated[] | undefined, end?: string | null): string | null {
  let best: string | null = null;
  for (const { date } of dates ?? []) if ((end == null || date <= end) && (best === null || date > best)) best = date;
  return best;
}

/**
 * The view's data date: the newest snapshot inside its range (on or before `to`, or the newest when the range is
 * open-ended). Null when the board has no snapshot in range.
 */
export function viewAsOf(
  view: Pick<ViewState, "range" | "from" | "to">,
  snapshots: readonly Dated[] | undefined,
): string | null {
  const latest = lastOnOrBefore(snapshots);
  const { from, to } = resolveRange(view, latest);
  const end = lastOnOrBefore(snapshots, to);
  return end !== null && (from === undefined || end >= from) ? end : null;
}

/**
 * The ranking table's snapshot: the URL's `date` when the board has a snapshot then; else the view's data date (the
 * range's end); else the newest snapshot (a range that holds no snapshot still shows a table, with a notice).
 */
export function tableDateFor(
  view: Pick<ViewState, "date" | "range" | "from" | "to">,
  snapshots: readonly Dated[] | undefined,
): string | null {
  if (view.date !== null && snapshots?.some((s) => s.date === view.date)) return view.date;
  return viewAsOf(view, snapshots) ?? lastOnOrBefore(snapshots);
}

/** The last date a set of series covers (a point with a null value still marks a snapshot in range), or null. */
export function seriesEnd(series: readonly { points: readonly { date: string }[] }[]): string | null {
  let end: string | null = null;
  for (const s of series) {
    const last = s.points.at(-1)?.date;
    if (last && (end === null || last > end)) end = last;
  }
  return end;
}

/**
 * The view as a citation must name it: its range pinned to dates (`from` as resolved, `to` = the data date) and, for
 * the ranking table, its snapshot, so the cited link shows the same numbers after later snapshots arrive.
 */
export function pinnedView(
  view: ViewState,
  at: { latest: string | null; asOf: string | null; tableDate?: string | null },
): ViewState {
  if (at.asOf === null) return view;
  const { from } = resolveRange(view, at.latest);
  return {
    ...view,
    range: VIEW_DEFAULTS.range,
    from: from ?? null,
    to: at.asOf,
    ...(at.tableDate !== undefined ? { date: at.tableDate } : {}),
  };
}
