// Loaders of the lens views: the view state (read by the view schema) → the lens's resolved query and data, with a
// notice for each parameter that names nothing on the board. Shared by the lens pages and their shared views (Open
// Graph image, metadata, embed), so page and preview show the same data.
import "server-only";
import { listCategories } from "@/lib/reads/categories";
import { OVERALL, type CategoryInfo } from "@/lib/boards/categories";
import { boardInfo, LENS_BOARDS, type BoardSlug } from "@/lib/boards/info";
import { boardSlugs } from "@/lib/reads/boards";
import { LENS_FIELDS } from "@/lib/standings/lenses/fields";
import type { EfficiencyQuery, LanguageQuery, PriceQuery } from "@/lib/standings/lenses/query";
import { getEfficiencyLens, getLanguageLens, getPriceLens } from "@/lib/reads/lenses";
import type { EfficiencyResponse, LanguageResponse, PriceResponse } from "@/lib/standings/lenses/types";
import { listSnapshots } from "@/lib/reads/standings";
import { viewToLensQueries } from "@/lib/view/url/lens-requests";
import type { LensSlug } from "@/lib/view/url/lens-slugs";
import type { ViewState } from "@/lib/view/url/search-params";
import type { ParamNotice } from "@/lib/view/url/view-state";
import { tableDateFor } from "@/lib/view/url/as-of";

export interface LanguageLensData {
  data: LanguageResponse;
  query: LanguageQuery;
  categories: CategoryInfo[];
  /** The stored boards the lens applies to (those with the default pair's categories), in list order. */
  boards: BoardSlug[];
  notices: ParamNotice[];
}

/**
 * The boards the language lens applies to: every stored board with prompt categories that has both of the default
 * pair's (Chinese and English prompts), whatever its slug.
 */
export async function languageBoards(): Promise<BoardSlug[]> {
  const stored = (await boardSlugs()).filter((b) => boardInfo(b).hasCategories);
  const lists = await Promise.all(stored.map((b) => listCategories(b)));
  return stored.filter((_, i) => LENS_FIELDS.pair.default.every((c) => lists[i].some((x) => x.name === c)));
}

export async function loadLanguageLens(view: ViewState, notices: ParamNotice[] = []): Promise<LanguageLensData> {
  const shown = [...notices];
  const boards = await languageBoards();
  // A board without the categories (or not stored) shows the lens's own board, saying so.
  const board = boards.includes(view.board) ? view.board : LENS_BOARDS.language;
  if (board !== view.board) {
    shown.push({
      key: "board",
      value: view.board,
      message: `The language lens needs Chinese and English prompts, which ${boardInfo(view.board).name} does not have; showing the ${boardInfo(board).name}.`,
    });
  }
  const categories = await listCategories(board);
  const known = new Set(categories.map((c) => c.name));
  const missing = view.pair.filter((c) => !known.has(c));
  const pair: [string, string] = missing.length ? LENS_FIELDS.pair.default : view.pair;
  if (missing.length) {
    shown.push({
      key: "pair",
      value: view.pair.join("~"),
      message: `No prompt category ${missing.join(", ")} on the arena; showing Chinese against English prompts.`,
    });
  }
  const query = viewToLensQueries({ ...view, board, pair }, null).language;
  return { data: await getLanguageLens(query), query, categories, boards, notices: shown };
}

export interface PriceLensData {
  data: PriceResponse;
  query: PriceQuery;
  dates: string[];
  categories: CategoryInfo[];
  notices: ParamNotice[];
}

export async function loadPriceLens(view: ViewState, notices: ParamNotice[] = []): Promise<PriceLensData> {
  const shown = [...notices];
  const categories = await listCategories(LENS_BOARDS.price);
  let category = view.category;
  if (!categories.some((c) => c.name === category)) {
    shown.push({
      key: "category",
      value: category,
      message: `No prompt category ${category} on the arena; showing overall.`,
    });
    category = OVERALL;
  }
  const dates = (await listSnapshots(LENS_BOARDS.price, category)).map((s) => s.date);
  let date = view.date;
  if (date && !dates.includes(date)) {
    shown.push({
      key: "date",
      value: date,
      message: `No snapshot on date=${date}; showing the snapshot at the end of the date range.`,
    });
    date = null;
  }
  // The scatter's default snapshot is the view's end (lib/view/url/as-of.ts), like the dashboard's ranking table.
  date ??= view.to
    ? tableDateFor(
        { ...view, date: null },
        dates.map((d) => ({ date: d })),
      )
    : null;
  const query = viewToLensQueries({ ...view, category, date }, dates.at(-1) ?? null).price;
  const data = await getPriceLens(query);
  if (!data) throw new Error("price lens: the resolved date has no snapshot");
  return { data, query, dates, categories, notices: shown };
}

export interface EfficiencyLensData {
  data: EfficiencyResponse;
  query: EfficiencyQuery;
  notices: ParamNotice[];
}

export async function loadEfficiencyLens(view: ViewState, notices: ParamNotice[] = []): Promise<EfficiencyLensData> {
  const query = viewToLensQueries(view, null).efficiency;
  return { data: await getEfficiencyLens(query), query, notices };
}

/** A lens page's data, tagged with its lens. */
export type LensData =
  | ({ lens: "language" } & LanguageLensData)
  | ({ lens: "price" } & PriceLensData)
  | ({ lens: "efficiency" } & EfficiencyLensData);

/** The data of the lens page /lenses/{lens} for a view state. */
export async function loadLens(lens: LensSlug, view: ViewState, notices: ParamNotice[] = []): Promise<LensData> {
  switch (lens) {
    case "language":
      return { lens, ...(await loadLanguageLens(view, notices)) };
    case "price":
      return { lens, ...(await loadPriceLens(view, notices)) };
    case "efficiency":
      return { lens, ...(await loadEfficiencyLens(view, notices)) };
  }
}
