import type { Metadata } from "next";
import { getEfficiencyLens } from "@/lib/standings/lenses/service";
import { viewToLensQueries } from "@/lib/view/lens-requests";
import { readView, type RawSearchParams } from "@/lib/view/view-state";
import { EfficiencyView } from "@/components/lenses/efficiency-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Efficiency lens",
  description: "Open LLM Leaderboard: best score per parameter class and per kg of CO₂, per country, over time.",
};

type Props = { searchParams: Promise<RawSearchParams> };

export default async function EfficiencyLensPage({ searchParams }: Props) {
  const { view, notices } = readView(await searchParams);
  const query = viewToLensQueries(view, null).efficiency;
  const data = await getEfficiencyLens(query);
  return <EfficiencyView data={data} query={query} notices={notices} />;
}
