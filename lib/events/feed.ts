// The Atom 1.0 feed of country milestones (/feed.xml): one entry per milestone, linking to the view that shows it.
import { Feed } from "feed";
import { qualifierLine } from "./milestones";
import type { MilestoneItem } from "./types";

export interface FeedInput {
  /** The site's origin, for absolute links and ids (`https://atlas.example`). */
  origin: string;
  milestones: readonly MilestoneItem[];
  /** When the data last changed; the newest milestone's date when unknown. */
  updated?: Date;
}

const dayStart = (date: string) => new Date(`${date}T00:00:00Z`);

export function milestonesAtom({ origin, milestones, updated }: FeedInput): string {
  const newest = milestones.reduce<string | null>((max, m) => (max === null || m.date > max ? m.date : max), null);
  const feed = new Feed({
    id: `${origin}/feed.xml`,
    title: "Leaderboard Atlas: country milestones",
    description:
      "Found in the data of LMArena and the Open LLM Leaderboard, ranked by score: a country's first model in a top 1, 5 or 10, lead changes in best score between the US, China and Europe (contested periods as one entry), and new best-ever ranks; each with the board's size, the margin, whether the 95% intervals overlap (a tie) and how long it held.",
    link: `${origin}/`,
    feedLinks: { atom: `${origin}/feed.xml` },
    updated: updated ?? (newest ? dayStart(newest) : new Date(0)),
    author: { name: "Leaderboard Atlas", link: `${origin}/methodology#milestones` },
    copyright:
      "Data: LMArena leaderboard dataset (CC BY 4.0) and Open LLM Leaderboard v2 contents (Hugging Face); see /methodology#sources.",
    generator: "Leaderboard Atlas",
  });
  for (const m of milestones) {
    feed.addItem({
      id: `${origin}/api/v1/events#${encodeURIComponent(m.id)}`,
      title: m.title,
      link: `${origin}${m.href}`,
      date: dayStart(m.date),
      published: dayStart(m.date),
      // The qualifiers again as a line of facts (rank of board size, margin, intervals, how long it held, base model).
      description: `${m.date}: ${m.title}. (${qualifierLine(m)}; ranked by score.)`,
      author: [{ name: "Leaderboard Atlas" }],
    });
  }
  return feed.atom1();
}
