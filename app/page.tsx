import type { Metadata } from "next";
import { BOARDS } from "@/lib/boards";
import { chartTitle } from "@/lib/view/labels";
import { loadDashboard } from "@/lib/view/dashboard-loader";
import { readView, type RawSearchParams } from "@/lib/view/view-state";
import { Dashboard } from "@/components/dashboard/dashboard";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { view } = readView(await searchParams);
  return {
    title: `${chartTitle(view)} on ${BOARDS[view.board].name}`,
    description: `${chartTitle(view)} on ${BOARDS[view.board].name}: where the strongest large language models come from.`,
  };
}

export default async function HomePage({ searchParams }: Props) {
  const { view, notices } = readView(await searchParams);
  return <Dashboard data={await loadDashboard(view, notices)} />;
}
