import type { Metadata } from "next";
import { entityEmbed, entityMetadata } from "@/lib/share/entity-page";
import { loadPriceLens } from "@/lib/view/lens-loaders";
import { readView, type RawSearchParams } from "@/lib/view/view-state";
import { PriceView } from "@/components/lenses/price-view";
import { EmbedFrame } from "@/components/share/embed-frame";
import { SpecChart } from "@/components/share/spec-chart";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return (await entityMetadata(["lenses", "price"], await searchParams)) ?? { title: "Price lens" };
}

export default async function PriceLensPage({ searchParams }: Props) {
  const raw = await searchParams;
  const embed = await entityEmbed(["lenses", "price"], raw);
  if (embed) {
    return (
      <EmbedFrame title={embed.title} href={embed.path}>
        <SpecChart spec={embed.spec} />
      </EmbedFrame>
    );
  }
  const { view, notices } = readView(raw);
  const lens = await loadPriceLens(view, notices);
  return <PriceView data={lens.data} query={lens.query} dates={lens.dates} categories={lens.categories} notices={lens.notices} />;
}
