// The gap panel's headline, from the newest gap point where both keys have a score. Pure, so the wording is tested.
import type { BoardSlug } from "@/lib/boards";
import { formatDays, formatRelative, formatScore } from "@/lib/standings/format";
import type { GapPoint } from "@/lib/standings/gap";

export interface GapSummary {
  date: string;
  /** "United States leads China" / "China leads United States" / "United States and China are level". */
  headline: string;
  /** Absolute gap in score points, from the leader's side: "12.3". */
  points: string;
  /** Relative gap from the leader's side: "+1.0%". */
  percent: string;
  /** "China is where United States was 5.2 months earlier", or null when the lag is unknown. */
  lag: string | null;
}

export function latestComparable(points: readonly GapPoint[]): GapPoint | null {
  for (let i = points.length - 1; i >= 0; i--) if (points[i].absolute !== null) return points[i];
  return null;
}

export function gapSummary(points: readonly GapPoint[], aLabel: string, bLabel: string, board: BoardSlug): GapSummary | null {
  const p = latestComparable(points);
  if (!p || p.absolute === null || p.a.score === null || p.b.score === null) return null;
  if (p.leader === "tie") {
    return { date: p.date, headline: `${aLabel} and ${bLabel} are level`, points: formatScore(0, board), percent: "0.0%", lag: null };
  }
  const aLeads = p.leader === "a";
  const [leader, trailer] = aLeads ? [aLabel, bLabel] : [bLabel, aLabel];
  const abs = Math.abs(p.absolute);
  // relative is (a − b) / b; seen from the leader it is (leader − trailer) / trailer.
  const rel = aLeads ? p.relative : p.b.score !== 0 && p.a.score !== 0 ? ((p.b.score - p.a.score) / p.a.score) * 100 : null;
  const days = aLeads ? p.lagDays : p.reverseLagDays;
  return {
    date: p.date,
    headline: `${leader} leads ${trailer}`,
    points: formatScore(abs, board),
    percent: formatRelative(rel),
    lag: days === null ? null : days === 0 ? `${leader} reached ${trailer}'s best score only now` : `${trailer} is where ${leader} was ${formatDays(days)} earlier`,
  };
}
