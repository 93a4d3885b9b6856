import type { Metadata } from "next";
import { entityEmbed, entityMetadata } from "@/lib/share/entity-page";
import { loadLanguageLens } from "@/lib/view/lens-loaders";
import { readView, type RawSearchParams } from "@/lib/view/view-state";
import { LanguageView } from "@/components/lenses/language-view";
import { EmbedFrame } from "@/components/share/embed-frame";
import { SpecChart } from "@/components/share/spec-chart";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return (await entityMetadata(["lenses", "language"], await searchParams)) ?? { title: "Language lens" };
}

export default async function LanguageLensPage({ searchParams }: Props) {
  const raw = await searchParams;
  const embed = await entityEmbed(["lenses", "language"], raw);
  if (embed) {
    return (
      <EmbedFrame title={embed.title} href={embed.path}>
        <SpecChart spec={embed.spec} />
      </EmbedFrame>
    );
  }
  const { view, notices } = readView(raw);
  const lens = await loadLanguageLens(view, notices);
  return <LanguageView data={lens.data} query={lens.query} categories={lens.categories} notices={lens.notices} />;
}
