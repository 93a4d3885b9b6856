import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { boardInfo } from "@/lib/boards/info";
import { loadDashboard } from "@/lib/view/load/dashboard";
import { withStoredBoard } from "@/lib/view/load/stored-view";
import { shareMetadata } from "@/lib/view/url/metadata";
import { ogImagePath, permalinkPath, viewDescription, viewTitle } from "@/lib/view/url/view-meta";
import { readView, type RawSearchParams } from "@/lib/view/url/view-state";
import { Dashboard } from "@/components/dashboard/dashboard";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { view } = await withStoredBoard(readView(await searchParams));
  const title = `${viewTitle(view)} on ${boardInfo(view.board).name}`;
  return shareMetadata({
    title,
    description: viewDescription(view),
    permalink: permalinkPath("/", view),
    image: ogImagePath("/", view),
    imageAlt: `Chart: ${title}`,
  });
}

export default async function HomePage({ searchParams }: Props) {
  const { view, notices, redirect } = await withStoredBoard(readView(await searchParams));
  // An old permalink goes to today's spelling of its view, which the client's URL state reads.
  if (redirect) permanentRedirect(redirect);
  return <Dashboard data={await loadDashboard(view, notices)} embed={view.embed} />;
}
