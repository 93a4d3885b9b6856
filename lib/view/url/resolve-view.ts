// The view a URL asks for, resolved against the board's data: which prompt category is shown (a category the board
// does not have, or no longer has, falls back to overall with a notice), that category's newest snapshot, the view's
// data date and the ranking table's snapshot. Pure, and the one place this is decided: the dashboard's loader, the
// client's dashboard and the preview image's loader all call it, so page, hydrated client and image agree.
import { boardInfo } from "@/lib/boards/info";
import { categoryLabel, OVERALL } from "@/lib/boards/categories";
import type { ViewState } from "@/lib/view/url/search-params";
import type { ParamNotice } from "@/lib/view/url/view-state";
import { lastOnOrBefore, tableDateFor, viewAsOf } from "@/lib/view/url/as-of";

type Dated = { date: string };

export interface ViewLists {
  /** The board's categories; null or undefined while not known (the asked category is then kept). */
  categories?: readonly { name: string }[] | null;
  /**
   * The board's snapshots in the category shown, `shownCategory(asked, categories)`; undefined while not known (the
   * dates are then null).
   */
  snapshots?: readonly Dated[] | null;
}

export interface ResolvedView {
  /** The view shown: the asked one, with its category replaced when the board does not have it. */
  view: ViewState;
  /** Why the view shown differs from the one asked for (a category or a table date the board does not have). */
  notices: ParamNotice[];
  /** The newest snapshot of the board in the category shown, for range presets. */
  latest: string | null;
  /** The view's data date: the newest snapshot in its range (lib/view/url/as-of.ts). */
  asOf: string | null;
  /** The ranking table's snapshot. */
  tableDate: string | null;
}

/**
 * The category a view shows: its own on a board with categories when the board has it, else overall (a category
 * left in a URL after a board switch, or one upstream dropped, must not break the view). `known` absent = not
 * loaded yet.
 */
export function shownCategory(
  view: Pick<ViewState, "board" | "category">,
  known: readonly { name: string }[] | null | undefined,
): string {
  if (!boardInfo(view.board).hasCategories) return OVERALL;
  if (known && !known.some((c) => c.name === view.category)) return OVERALL;
  return view.category;
}

/** The asked view against the board's lists: the view shown, its dates, and a notice for each thing it could not show. */
export function resolveView(asked: ViewState, lists: ViewLists): ResolvedView {
  const view = { ...asked, category: shownCategory(asked, lists.categories) };
  const snapshots = lists.snapshots ?? undefined;
  const notices: ParamNotice[] = [];
  if (asked.category !== view.category && boardInfo(asked.board).hasCategories) {
    notices.push({
      key: "category",
      value: asked.category,
      message: `No prompt category ${categoryLabel(asked.category)} on this board; showing ${categoryLabel(view.category)}.`,
    });
  }
  const latest = lastOnOrBefore(snapshots);
  const asOf = viewAsOf(view, snapshots);
  const tableDate = tableDateFor(view, snapshots);
  if (view.date && snapshots && tableDate !== view.date) {
    notices.push({
      key: "date",
      value: view.date,
      message: `No snapshot on date=${view.date} on this board; showing ${asOf === latest ? "the latest snapshot" : "the last snapshot of the date range"}.`,
    });
  }
  return { view, notices, latest, asOf, tableDate };
}
