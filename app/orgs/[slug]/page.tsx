import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadOrganizationPage } from "@/lib/view/load/entities";
import { OrganizationPage } from "@/components/explore/organization-page";
import { entityEmbed, entityMetadata } from "@/lib/view/load/entity-page";
import type { RawSearchParams } from "@/lib/view/url/view-state";
import { EmbedFrame } from "@/components/share/embed-frame";
import { SpecChart } from "@/components/share/spec-chart";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await entityMetadata(["orgs", (await params).slug])) ?? { title: "Organization not found" };
}

export default async function Page(props: Props) {
  const { slug } = await props.params;
  const data = await loadOrganizationPage(slug);
  if (!data) notFound();
  const embed = await entityEmbed(["orgs", slug], await props.searchParams);
  if (embed) {
    return (
      <EmbedFrame title={embed.title} href={embed.path}>
        <SpecChart spec={embed.spec} />
      </EmbedFrame>
    );
  }
  return <OrganizationPage data={data} />;
}
