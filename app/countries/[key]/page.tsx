import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { loadCountryPage } from "@/lib/view/load/entities";
import { countryHref } from "@/lib/view/url/hrefs";
import { CountryPage } from "@/components/explore/country-page";
import { MilestoneList } from "@/components/events/milestone-list";
import { getEvents } from "@/lib/reads/events";
import { boardInfo } from "@/lib/boards/info";
import { entityEmbed, entityMetadata } from "@/lib/view/load/entity-page";
import { withQuery, type RawSearchParams } from "@/lib/view/url/view-state";
import { EmbedFrame } from "@/components/share/embed-frame";
import { SpecChart } from "@/components/share/spec-chart";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await entityMetadata(["countries", (await params).key])) ?? { title: "Country not found" };
}

export default async function Page(props: Props) {
  const raw = (await props.params).key;
  const data = await loadCountryPage(raw);
  if (!data) notFound();
  const searchParams = await props.searchParams;
  // One URL per key: /countries/us and /countries/Europe lead to /countries/US and /countries/europe, query and all
  // (an embed of /countries/us?embed=1 stays an embed).
  if (data.key !== raw) redirect(withQuery(countryHref(data.key), searchParams));
  const embed = await entityEmbed(["countries", data.key], searchParams);
  if (embed) {
    return (
      <EmbedFrame title={embed.title} href={embed.path}>
        <SpecChart spec={embed.spec} />
      </EmbedFrame>
    );
  }
  const events = await getEvents({ countries: [data.key] }).catch(() => null);
  return (
    <>
      <CountryPage data={data} />
      {events && (
        <div className="mt-8">
          <MilestoneList
            milestones={events.milestones}
            population={data.boards.map((b) => `${boardInfo(b.board).name}: ${b.population.label}`).join("; ")}
          />
        </div>
      )}
    </>
  );
}
