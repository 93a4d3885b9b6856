import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { countryLabel } from "@/lib/attribution/countries";
import { loadOrganizationPage } from "@/lib/view/entity-loaders";
import { OrganizationPage } from "@/components/explore/organization-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await loadOrganizationPage((await params).slug);
  if (!data) return { title: "Organization not found" };
  const o = data.organization;
  return {
    title: `${o.name} (${countryLabel(o.country)})`,
    description: `${o.name}, ${countryLabel(o.country)}: its models on LMArena and the Open LLM Leaderboard, and its best rank over time.`,
  };
}

export default async function Page({ params }: Props) {
  const data = await loadOrganizationPage((await params).slug);
  if (!data) notFound();
  return <OrganizationPage data={data} />;
}
