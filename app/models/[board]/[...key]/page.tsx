import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadModelPage, modelKeyFromSegments } from "@/lib/view/load/entities";
import { ModelPage } from "@/components/explore/model-page";
import { entityEmbed, entityMetadata } from "@/lib/view/load/entity-page";
import type { RawSearchParams } from "@/lib/view/url/view-state";
import { EmbedFrame } from "@/components/share/embed-frame";
import { SpecChart } from "@/components/share/spec-chart";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ board: string; key: string[] }>; searchParams: Promise<RawSearchParams> };

async function load({ params }: Props) {
  const { board, key } = await params;
  return loadModelPage(board, modelKeyFromSegments(key));
}

const segments = async ({ params }: Props) => {
  const { board, key } = await params;
  return ["models", board, ...key];
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  return (await entityMetadata(await segments(props))) ?? { title: "Model not found" };
}

export default async function Page(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const embed = await entityEmbed(await segments(props), await props.searchParams);
  if (embed) {
    return (
      <EmbedFrame title={embed.title} href={embed.path}>
        <SpecChart spec={embed.spec} />
      </EmbedFrame>
    );
  }
  return <ModelPage data={data} />;
}
