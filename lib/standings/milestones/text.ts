// The sentence a reader sees for a milestone: the event, then every qualifier (size, margin, tie, held, base).
import { countryLabel, type CountryKey } from "@/lib/core/countries";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { dataCaveatById } from "@/lib/boards/data-caveats";
import {
  CONTESTED_WINDOW_DAYS,
  type BaseOrigin,
  type Milestone,
  type MilestoneQualifiers,
} from "@/lib/standings/milestones/types";

const label = (key: string) => countryLabel(key as CountryKey);
const points = (n: number) => `${Math.abs(n) < 0.005 ? "0.00" : n.toFixed(2)} point${Math.abs(n) === 1 ? "" : "s"}`;
const dayCount = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
const heldText = (q: Pick<MilestoneQualifiers, "endedOn" | "days">, retired: boolean) =>
  q.endedOn !== null
    ? `held ${dayCount(q.days)}`
    : retired
      ? `held ${dayCount(q.days)}, to the board's last snapshot (it is retired)`
      : `holding for ${dayCount(q.days)} so far`;
const baseText = (base: BaseOrigin | null) =>
  base
    ? `; a fine-tune of a base model from ${label(base.country)}${base.organization ? ` (${base.organization})` : ""}`
    : "";
const ciText = (q: MilestoneQualifiers, rivalName: string) =>
  q.ciOverlap === null
    ? "no 95% interval to compare"
    : q.ciOverlap
      ? `95% intervals overlap ${rivalName}'s: a statistical tie`
      : `95% intervals apart from ${rivalName}'s`;

/** The sentence a reader sees: the event, then every qualifier. */
export function milestoneTitle(m: Omit<Milestone, "title" | "caveats">, boardName: string, retired = false): string {
  const q = m.qualifiers;
  const daysText = (d: Pick<MilestoneQualifiers, "endedOn" | "days">) => heldText(d, retired);
  const key = m.countries[0];
  if (m.kind === "contested" && m.contest) {
    const other = m.countries[1];
    const c = m.contest;
    const after = daysText({ ...q, endedOn: c.leaderEndedOn, days: c.leaderDays });
    return `${label(key)} and ${label(other)}: lead in best score on ${boardName} contested, ${c.changes} lead changes in ${q.days} day${q.days === 1 ? "" : "s"} (${m.date} to ${c.until}), each reversed within ${CONTESTED_WINDOW_DAYS} days; then ${label(c.leader)} ahead (${m.model}), ${after}`;
  }
  if (m.kind === "lead-change") {
    const other = m.countries[1];
    const head = q.tie
      ? `${label(key)} draws level with ${label(other)} in best score on ${boardName} (a statistical tie)`
      : `${label(key)} overtakes ${label(other)} in best score on ${boardName}`;
    const ahead = q.rival && q.margin !== null ? `, ${points(q.margin)} ahead of ${q.rival.model}` : "";
    return `${head}: ${m.model}${ahead} (${ciText(q, q.rival?.model ?? "")}), ${daysText(q)}${baseText(q.base)}`;
  }
  const place = `#${q.rank} of ${q.boardSize}`;
  const rivalName = q.rival ? `#${q.rival.rank}` : "";
  const ahead =
    q.rival && q.margin !== null
      ? `, ${points(q.margin)} ahead of ${rivalName} (${ciText(q, rivalName)})`
      : ", no model below it";
  const head =
    m.kind === "first-top-n"
      ? q.tie
        ? `${label(key)}: tie for a place in the top ${m.value} of ${boardName}`
        : `${label(key)}: first model in the top ${m.value} of ${boardName}`
      : q.tie
        ? `${label(key)}: tie at its best-ever rank on ${boardName}`
        : `${label(key)}: best-ever rank on ${boardName}`;
  return `${head}: ${m.model}, ${place}${ahead}, ${daysText(q)}${baseText(q.base)}`;
}

/**
 * The qualifiers as a short line of facts (`#5 of 35 · 0.03 points ahead of #6 · no 95% interval · held 8 days · base
 * model from France (Mistral AI)`), for lists and the feed's summaries beside the title.
 */
export function qualifierLine(m: Pick<Milestone, "kind" | "qualifiers" | "contest" | "board">): string {
  // A retired board's last snapshot is its end: what held there held "to the end", not "so far".
  const retired = (boardInfo(m.board as BoardSlug)?.retiredOn ?? null) !== null;
  const q = m.qualifiers;
  const parts: string[] = [];
  if (m.kind === "contested" && m.contest) {
    parts.push(
      `${m.contest.changes} lead changes in ${dayCount(q.days)}`,
      `then ${label(m.contest.leader)} ahead, ${heldText({ endedOn: m.contest.leaderEndedOn, days: m.contest.leaderDays }, retired)}`,
    );
    return parts.join(" · ");
  }
  if (q.rank !== null) parts.push(`#${q.rank} of ${q.boardSize}`);
  if (q.rival && q.margin !== null)
    parts.push(`${points(q.margin)} ahead of ${m.kind === "lead-change" ? q.rival.model : `#${q.rival.rank}`}`);
  parts.push(
    q.ciOverlap === null ? "no 95% interval" : q.ciOverlap ? "95% intervals overlap: tie" : "95% intervals apart",
  );
  parts.push(heldText(q, retired));
  if (q.base)
    parts.push(`base model from ${label(q.base.country)}${q.base.organization ? ` (${q.base.organization})` : ""}`);
  return parts.join(" · ");
}

/**
 * The data caveats a milestone rests on, as one sentence (`Rests on the snapshot of 2025-11-05, which holds the
 * board of about 2025-08-29 …`), or null when it rests on none.
 */
export function caveatLine(m: Pick<Milestone, "caveats">): string | null {
  const parts = (m.caveats ?? []).flatMap((id) => {
    const c = dataCaveatById(id);
    if (!c) return [];
    const on = c.dates.join(", ");
    return [
      c.kind === "late-snapshot" && c.holdsBoardOf
        ? `the snapshot of ${on}, which holds the board of about ${c.holdsBoardOf} (published late), so it says when the data shows it, not when it happened`
        : `the snapshot of ${on} (${c.label.toLowerCase()})`,
    ];
  });
  return parts.length ? `Rests on ${parts.join("; and on ")}.` : null;
}
