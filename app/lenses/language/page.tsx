import type { Metadata } from "next";
import { listCategories } from "@/lib/standings/category-list";
import { categoryLabel } from "@/lib/standings/categories";
import { getLanguageLens } from "@/lib/standings/lenses/service";
import { LANGUAGE_DEFAULTS } from "@/lib/standings/lenses/query";
import { viewToLensQueries } from "@/lib/view/lens-requests";
import { readView, type RawSearchParams } from "@/lib/view/view-state";
import { LanguageView } from "@/components/lenses/language-view";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { view } = readView(await searchParams);
  const title = `Language lens: ${categoryLabel(view.pair[0])} against ${categoryLabel(view.pair[1])}`;
  return { title, description: `${title}: best rank and score per country on the LMArena text arena.` };
}

export default async function LanguageLensPage({ searchParams }: Props) {
  const { view, notices } = readView(await searchParams);
  const categories = await listCategories("lmarena-text");
  const known = new Set(categories.map((c) => c.name));
  const missing = view.pair.filter((c) => !known.has(c));
  const pair: [string, string] = missing.length ? [LANGUAGE_DEFAULTS.a, LANGUAGE_DEFAULTS.b] : view.pair;
  const shown = missing.length
    ? [...notices, { key: "pair", value: view.pair.join("~"), message: `No prompt category ${missing.join(", ")} on the arena; showing Chinese against English prompts.` }]
    : notices;
  const query = viewToLensQueries({ ...view, pair }, null).language;
  const data = await getLanguageLens(query);
  return <LanguageView data={data} query={query} categories={categories} notices={shown} />;
}
