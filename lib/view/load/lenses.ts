// Loaders of the lens views: the view state (read by the view schema) → the lens's resolved query and data, with a
// notice for each parameter that names nothing on the board. Shared by the lens pages and their shared views (Open
// Graph image, metadata, embed), so page and preview show the same data.
import "server-only";
import { listCategories } from "@/lib/reads/categories";
import { OVERALL, type CategoryInfo } from "@/lib/boards/categories";
import { LENS_BOARDS } from "@/lib/boards/info";
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
  notices: ParamNotice[];
}

export async function loadLanguageLens(view: ViewState, notices: ParamNotice[] = []): Promise<LanguageLensData> {
  const categories = await listCategories(LENS_BOARDS.language);
  const known = new Set(categories.map((c) => c.name));
  const missing = view.pair.filter((c) => !known.has(c));
  const pair: [string, string] = missing.length ? LENS_FIELDS.pair.default : view.pair;
  const shown = missing.length
    ? [
        ...notices,
        {
          key: "pair",
          value: view.pair.join("~"),
          message: `No prompt category ${missing.join(", ")} on the arena; showing Chinese against English prompts.`,
        },
      ]
    : notices;
  const query = viewToLensQueries({ ...view, pair }, null).language;
  return { data: await getLanguageLens(query), query, categories, notices: shown };
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
