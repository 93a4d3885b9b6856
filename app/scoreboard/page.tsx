import type { Metadata } from "next";
import { shareMetadata } from "@/lib/view/url/metadata";
import { loadScoreboard } from "@/lib/view/load/scoreboard";
import { readScoreboardState, scoreboardPath } from "@/lib/view/url/scoreboard-state";
import type { RawSearchParams } from "@/lib/view/url/view-state";
import { countryLabel } from "@/lib/core/countries";
import { EmbedFrame } from "@/components/share/embed-frame";
import { ScoreboardTable, ScoreboardView } from "@/components/scoreboard/scoreboard-view";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = readScoreboardState(await searchParams);
  const title = `Scoreboard: ${countryLabel(query.a)} vs ${countryLabel(query.b)} on every board`;
  const path = scoreboardPath(query);
  return shareMetadata({
    title,
    description: `Who leads on each AI leaderboard, ${countryLabel(query.a)} or ${countryLabel(query.b)}: the gap with its significance, the lag in months, best score ranks and the trend, board by board.`,
    permalink: path,
    image: `/og${path}`,
    imageAlt: `Chart: the gap between ${countryLabel(query.a)} and ${countryLabel(query.b)} on every board`,
  });
}

export default async function ScoreboardPage({ searchParams }: Props) {
  const { query, embed, notices } = readScoreboardState(await searchParams);
  const page = await loadScoreboard(query);
  if (embed) {
    return (
      <EmbedFrame title={page.share.title} href={page.path}>
        <ScoreboardTable page={page} />
      </EmbedFrame>
    );
  }
  return <ScoreboardView page={page} notices={notices} />;
}
