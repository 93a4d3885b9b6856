import type { Metadata } from "next";
import { entityEmbed, entityMetadata } from "@/lib/share/entity-page";
import { loadEfficiencyLens } from "@/lib/view/lens-loaders";
import { readView, type RawSearchParams } from "@/lib/view/view-state";
import { EfficiencyView } from "@/components/lenses/efficiency-view";
import { EmbedFrame } from "@/components/share/embed-frame";
import { SpecChart } from "@/components/share/spec-chart";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return (await entityMetadata(["lenses", "efficiency"], await searchParams)) ?? { title: "Efficiency lens" };
}

export default async function EfficiencyLensPage({ searchParams }: Props) {
  const raw = await searchParams;
  const embed = await entityEmbed(["lenses", "efficiency"], raw);
  if (embed) {
    return (
      <EmbedFrame title={embed.title} href={embed.path}>
        <SpecChart spec={embed.spec} />
      </EmbedFrame>
    );
  }
  const { view, notices } = readView(raw);
  const lens = await loadEfficiencyLens(view, notices);
  return <EfficiencyView data={lens.data} query={lens.query} notices={lens.notices} />;
}
