import type { Metadata } from "next";
import { listCategories } from "@/lib/standings/category-list";
import { OVERALL } from "@/lib/standings/categories";
import { getPriceLens } from "@/lib/standings/lenses/service";
import { listSnapshots } from "@/lib/standings/service";
import { viewToLensQueries } from "@/lib/view/lens-requests";
import { readView, type RawSearchParams } from "@/lib/view/view-state";
import { PriceView } from "@/components/lenses/price-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Price lens",
  description: "Arena score against blended price per million tokens, per country, with each country's price-performance frontier.",
};

type Props = { searchParams: Promise<RawSearchParams> };

export default async function PriceLensPage({ searchParams }: Props) {
  const { view, notices } = readView(await searchParams);
  const shown = [...notices];
  const categories = await listCategories("lmarena-text");
  let category = view.category;
  if (!categories.some((c) => c.name === category)) {
    shown.push({ key: "category", value: category, message: `No prompt category ${category} on the arena; showing overall.` });
    category = OVERALL;
  }
  const snapshots = await listSnapshots("lmarena-text", category);
  const dates = snapshots.map((s) => s.date);
  let date = view.date;
  if (date && !dates.includes(date)) {
    shown.push({ key: "date", value: date, message: `No snapshot on date=${date}; showing the latest snapshot.` });
    date = null;
  }
  const query = viewToLensQueries({ ...view, category, date }, dates.at(-1) ?? null).price;
  const data = await getPriceLens(query);
  if (!data) throw new Error("price lens: the resolved date has no snapshot");
  return <PriceView data={data} query={query} dates={dates} categories={categories} notices={shown} />;
}
