// The gap panel's headline, from the newest gap point where both keys have a score. Pure, so the wording is tested.
import type { BoardSlug } from "@/lib/boards/info";
import { formatDateLong, formatDays, formatRelative, formatScore } from "@/lib/standings/format";
import type { GapPoint } from "@/lib/standings/gap";
import { METHOD_CHANGES } from "@/lib/boards/method-changes";
import { dataCaveatById } from "@/lib/boards/data-caveats";
import { modelNameText } from "@/lib/boards/model-name";

export interface GapSummary {
  date: string;
  /** "United States leads China" / "China leads United States" / "United States and China are level". */
  headline: string;
  /** Absolute gap in score points, from the leader's side: "12.3". */
  points: string;
  /** Relative gap from the leader's side: "+1.0%". */
  percent: string;
  /** What the percentage is relative to: "of the best score on the China side" (no possessive: "United States's" reads badly). */
  percentBase: string;
  /** "China is where United States was 5.2 months earlier", or null when the lag is unknown. */
  lag: string | null;
  /** Set when the lag spans a known change of method: "it spans the arena's rating scale shift (5 Nov 2025)". */
  lagCaveat: string | null;
  /**
   * Set when the lag starts or ends on a snapshot with a data caveat: "the snapshot of 5 Nov 2025, which holds the
   * board of about 29 Aug 2025".
   */
  lagDataCaveat: string | null;
  /** Whether the leaders' 95% intervals overlap, in words; null when either interval is unknown. */
  significance: string | null;
}

/** The overlap rule in words (/methodology, "Gap"). */
export function significanceText(p: Pick<GapPoint, "significant">): string | null {
  if (p.significant === null || p.significant === undefined) return null;
  return p.significant
    ? "Their 95% intervals do not overlap: the gap is beyond the arena's noise."
    : "Their 95% intervals overlap: a statistical tie.";
}

/** "the arena's rating scale shift (5 Nov 2025)" for a method change id; null for none. */
export function methodChangeText(id: string | null): string | null {
  const c = id === null ? undefined : METHOD_CHANGES.find((m) => m.id === id);
  return c ? `${c.label.charAt(0).toLowerCase()}${c.label.slice(1)} on ${formatDateLong(c.date)}` : null;
}

/** "the snapshot of 5 Nov 2025, which holds the board of about 29 Aug 2025" for a data caveat id; null for none. */
export function dataCaveatText(id: string | null): string | null {
  const c = id === null ? undefined : dataCaveatById(id);
  if (!c) return null;
  const dates = c.dates.map(formatDateLong).join(", ");
  return c.kind === "late-snapshot" && c.holdsBoardOf
    ? `the snapshot of ${dates}, which holds the board of about ${formatDateLong(c.holdsBoardOf)}`
    : `the snapshot of ${dates} (${c.label.toLowerCase()})`;
}

export function latestComparable(points: readonly GapPoint[]): GapPoint | null {
  for (let i = points.length - 1; i >= 0; i--) if (points[i].absolute !== null) return points[i];
  return null;
}

export function gapSummary(
  points: readonly GapPoint[],
  aLabel: string,
  bLabel: string,
  board: BoardSlug,
): GapSummary | null {
  const p = latestComparable(points);
  if (!p || p.absolute === null || p.a.score === null || p.b.score === null) return null;
  if (p.leader === "tie") {
    return {
      date: p.date,
      headline: `${aLabel} and ${bLabel} are level`,
      points: formatScore(0, board),
      percent: "0.0%",
      percentBase: `of the best score on the ${bLabel} side`,
      lag: null,
      lagCaveat: null,
      lagDataCaveat: null,
      significance: significanceText(p),
    };
  }
  const aLeads = p.leader === "a";
  const [leader, trailer] = aLeads ? [aLabel, bLabel] : [bLabel, aLabel];
  const abs = Math.abs(p.absolute);
  // relative is (a − b) / b; seen from the leader it is (leader − trailer) / trailer.
  const rel = aLeads
    ? p.relative
    : p.b.score !== 0 && p.a.score !== 0
      ? ((p.b.score - p.a.score) / p.a.score) * 100
      : null;
  const days = aLeads ? p.lagDays : p.reverseLagDays;
  const spans = aLeads ? p.lagSpansChange : p.reverseLagSpansChange;
  const rests = aLeads ? p.lagDataCaveat : p.reverseLagDataCaveat;
  return {
    date: p.date,
    headline: `${leader} leads ${trailer}`,
    points: formatScore(abs, board),
    percent: formatRelative(rel),
    percentBase: `of the best score on the ${trailer} side`,
    lagCaveat: days === null ? null : methodChangeText(spans),
    lagDataCaveat: days === null ? null : dataCaveatText(rests ?? null),
    lag:
      days === null
        ? null
        : days === 0
          ? `${leader} reached the best score on the ${trailer} side only now`
          : `${trailer} is where ${leader} was ${formatDays(days)} earlier`,
    significance: significanceText(p),
  };
}

/**
 * One gap point as tooltip text: both leaders with their models and scores, the gap in % of the trailer's best, and
 * the lag (flagged when it spans a known change of method).
 */
export function gapPointNote(p: GapPoint, aLabel: string, bLabel: string, board: BoardSlug): string {
  const side = (label: string, s: GapPoint["a"]) =>
    `${label} ${formatScore(s.score, board)}${s.model ? ` (${modelNameText(board, s.model)})` : ""}`;
  const parts = [side(aLabel, p.a), side(bLabel, p.b)];
  const summary = gapSummary([p], aLabel, bLabel, board);
  if (summary && p.leader !== "tie") parts.push(`${summary.percent} ${summary.percentBase}`);
  if (summary?.lag) {
    const notes = [
      summary.lagCaveat && `spans the ${summary.lagCaveat}`,
      summary.lagDataCaveat && `rests on ${summary.lagDataCaveat}`,
    ].filter(Boolean);
    parts.push(notes.length ? `${summary.lag} (${notes.join("; ")})` : summary.lag);
  }
  return parts.join(" · ");
}
