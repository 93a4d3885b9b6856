import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BOARDS } from "@/lib/boards";
import { loadModelPage, modelKeyFromSegments } from "@/lib/view/entity-loaders";
import { ModelPage } from "@/components/explore/model-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ board: string; key: string[] }> };

async function load({ params }: Props) {
  const { board, key } = await params;
  return loadModelPage(board, modelKeyFromSegments(key));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (!data) return { title: "Model not found" };
  const { detail } = data;
  const org = detail.developer.organization ?? detail.upstreamOrganization ?? "an unattributed developer";
  return {
    title: `${detail.name} on the ${BOARDS[detail.board].name}`,
    description: `${detail.name} by ${org}: rank and score history on the ${BOARDS[detail.board].name}, attribution and lineage.`,
  };
}

export default async function Page(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  return <ModelPage data={data} />;
}
