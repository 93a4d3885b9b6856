import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { loadCountryPage } from "@/lib/view/entity-loaders";
import { countryHref } from "@/lib/explore/hrefs";
import { CountryPage } from "@/components/explore/country-page";
import { MilestoneList } from "@/components/events/milestone-list";
import { getEvents } from "@/lib/events/service";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await loadCountryPage((await params).key);
  if (!data) return { title: "Country not found" };
  return {
    title: `${data.label}: AI models and developers`,
    description: `${data.label} on LMArena and the Open LLM Leaderboard: its developers, its best model over time, its share of the top 10 and its leading models now.`,
  };
}

export default async function Page({ params }: Props) {
  const raw = (await params).key;
  const data = await loadCountryPage(raw);
  if (!data) notFound();
  // One URL per key: /countries/us and /countries/Europe lead to /countries/US and /countries/europe.
  if (data.key !== raw) redirect(countryHref(data.key));
  const events = await getEvents({ countries: [data.key] }).catch(() => null);
  return (
    <>
      <CountryPage data={data} />
      {events && (
        <div className="mt-8">
          <MilestoneList milestones={events.milestones} />
        </div>
      )}
    </>
  );
}
