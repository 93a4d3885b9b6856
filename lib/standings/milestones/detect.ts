// Country milestones found in the data, never curated: a country key's first model in a board's top 1, 5 or 10; a
// change of lead in best score between two of US, CN and europe; a new best-ever rank. Pure: snapshots of counted
// entries in, milestones out. The board's first snapshot is the baseline: nothing "happens" on it.
//
// Every milestone is qualified, so a reader can judge it: the board's size that day, the model it beat and by how
// many points, whether the two 95% intervals overlap (then it is a statistical tie, and says so instead of "first"),
// how long it held (to the next snapshot on which it no longer did), and, for a fine-tune, the base model's developer
// and country. Lead changes that flip back within CONTESTED_WINDOW_DAYS are one "contested" period, not a headline
// per flip. Ranks are whatever the snapshots carry: the service hands on the default (score) rank.
import { countryLabel, groupOf, type CountryKey } from "@/lib/core/countries";
import { BOARDS, type BoardSlug } from "@/lib/boards/info";
import { daysBetween } from "@/lib/core/dates";

export const MILESTONE_KINDS = ["first-top-n", "lead-change", "best-rank", "contested"] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const TOP_CUTS = [1, 5, 10] as const;
export const LEAD_KEYS = ["US", "CN", "europe"] as const;
/** A lead that changes again within this many days is part of a contested period, not a lead change of its own. */
export const CONTESTED_WINDOW_DAYS = 30;

/** The organization a fine-tune's base model comes from, when it is not the model's own developer. */
export interface BaseOrigin {
  organization: string | null;
  /** ISO alpha-2. */
  country: string;
}

export interface MilestoneEntry {
  model: string;
  rank: number;
  score: number;
  /** ISO alpha-2 of the developer; null = unattributed. */
  country: string | null;
  /** 95% interval of the score, where the board publishes one. */
  ciLower?: number | null;
  ciUpper?: number | null;
  /** Set for a model built on another organization's base model. */
  base?: BaseOrigin | null;
}

export interface MilestoneSnapshot {
  date: string;
  /** Every entry that counts that day (the population the ranks are taken in). */
  entries: readonly MilestoneEntry[];
}

/** The model a milestone is measured against. */
export interface MilestoneRival {
  model: string;
  rank: number;
  score: number;
  /** ISO alpha-2 of its developer; null = unattributed. */
  country: string | null;
}

export interface MilestoneQualifiers {
  /** Models ranked on the board that day (the population counted). */
  boardSize: number;
  /** The milestone model's rank that day; null for a contested period. */
  rank: number | null;
  /**
   * first-top-n and best-rank: the best-placed model outside the threshold (below the cut, or below the new rank);
   * lead-change: the passed key's best-scoring model. Null when there is none (or for a contested period).
   */
  rival: MilestoneRival | null;
  /** Points ahead of the rival; null without one. */
  margin: number | null;
  /** Whether the two 95% intervals overlap (a statistical tie); null when either interval is unknown. */
  ciOverlap: boolean | null;
  /** True when the intervals overlap: the milestone is a tie, not a "first" or an overtaking. */
  tie: boolean;
  /** The first later snapshot date on which it no longer held; null while it still holds. */
  endedOn: string | null;
  /** Days it held: to endedOn, or to the board's newest snapshot while it still holds. */
  days: number;
  /** The base model's developer and country when the model is a fine-tune of another organization's model. */
  base: BaseOrigin | null;
}

/** A contested period: the lead changes of one pair that each flipped back within CONTESTED_WINDOW_DAYS. */
export interface MilestoneContest {
  /** The last change of the period: from then on the lead held CONTESTED_WINDOW_DAYS or more (or still holds). */
  until: string;
  changes: number;
  /** Who leads after the last change, until when (null: still) and for how many days. */
  leader: string;
  leaderEndedOn: string | null;
  leaderDays: number;
}

export interface Milestone {
  /** Stable: board, kind, keys and date. */
  id: string;
  kind: MilestoneKind;
  board: string;
  date: string;
  /** The country keys involved: one; for a lead change the new leader then the one it passed; for a contest the leader after it, then the other. */
  countries: string[];
  /** The model that made it happen (a contest: the model that leads after it). */
  model: string;
  /** first-top-n: the cut (1, 5, 10); best-rank: the new best rank; else null. */
  value: number | null;
  qualifiers: MilestoneQualifiers;
  contest: MilestoneContest | null;
  title: string;
}

/** The keys an entry counts for: its country and its group (europe, other); none when unattributed. */
function keysOf(country: string | null): string[] {
  if (country === null) return [];
  const group = groupOf(country);
  return group === "europe" || group === "other" ? [country, group] : [country];
}

interface Best {
  byRank: MilestoneEntry;
  byScore: MilestoneEntry;
}

function bestByKey(entries: readonly MilestoneEntry[]): Map<string, Best> {
  const out = new Map<string, Best>();
  for (const e of entries) {
    for (const key of keysOf(e.country)) {
      const b = out.get(key);
      if (!b) {
        out.set(key, { byRank: e, byScore: e });
        continue;
      }
      if (e.rank < b.byRank.rank || (e.rank === b.byRank.rank && e.model < b.byRank.model)) b.byRank = e;
      if (e.score > b.byScore.score || (e.score === b.byScore.score && e.model < b.byScore.model)) b.byScore = e;
    }
  }
  return out;
}

/** Whether two 95% intervals overlap; null when either is unknown. */
export function intervalsOverlap(x: MilestoneEntry, y: MilestoneEntry): boolean | null {
  if (x.ciLower == null || x.ciUpper == null || y.ciLower == null || y.ciUpper == null) return null;
  return x.ciLower <= y.ciUpper && y.ciLower <= x.ciUpper;
}

/** The best-placed entry ranked below `threshold` (rank > threshold), or null. */
function firstBelow(entries: readonly MilestoneEntry[], threshold: number): MilestoneEntry | null {
  let out: MilestoneEntry | null = null;
  for (const e of entries) {
    if (e.rank <= threshold) continue;
    if (out === null || e.rank < out.rank || (e.rank === out.rank && (e.score > out.score || (e.score === out.score && e.model < out.model)))) out = e;
  }
  return out;
}

const label = (key: string) => countryLabel(key as CountryKey);
const rivalOf = (e: MilestoneEntry | null): MilestoneRival | null => (e ? { model: e.model, rank: e.rank, score: e.score, country: e.country } : null);
const points = (n: number) => `${Math.abs(n) < 0.005 ? "0.00" : n.toFixed(2)} point${Math.abs(n) === 1 ? "" : "s"}`;
const dayCount = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
const heldText = (q: Pick<MilestoneQualifiers, "endedOn" | "days">, retired: boolean) =>
  q.endedOn !== null ? `held ${dayCount(q.days)}` : retired ? `held ${dayCount(q.days)}, to the board's last snapshot (it is retired)` : `holding for ${dayCount(q.days)} so far`;
const baseText = (base: BaseOrigin | null) =>
  base ? `; a fine-tune of a base model from ${label(base.country)}${base.organization ? ` (${base.organization})` : ""}` : "";
const ciText = (q: MilestoneQualifiers, rivalName: string) =>
  q.ciOverlap === null ? "no 95% interval to compare" : q.ciOverlap ? `95% intervals overlap ${rivalName}'s: a statistical tie` : `95% intervals apart from ${rivalName}'s`;

/** The sentence a reader sees: the event, then every qualifier. */
export function milestoneTitle(m: Omit<Milestone, "title">, boardName: string, retired = false): string {
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
    const head = q.tie ? `${label(key)} draws level with ${label(other)} in best score on ${boardName} (a statistical tie)` : `${label(key)} overtakes ${label(other)} in best score on ${boardName}`;
    const ahead = q.rival && q.margin !== null ? `, ${points(q.margin)} ahead of ${q.rival.model}` : "";
    return `${head}: ${m.model}${ahead} (${ciText(q, q.rival?.model ?? "")}), ${daysText(q)}${baseText(q.base)}`;
  }
  const place = `#${q.rank} of ${q.boardSize}`;
  const rivalName = q.rival ? `#${q.rival.rank}` : "";
  const ahead = q.rival && q.margin !== null ? `, ${points(q.margin)} ahead of ${rivalName} (${ciText(q, rivalName)})` : ", no model below it";
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
  const retired = (BOARDS[m.board as BoardSlug]?.retiredOn ?? null) !== null;
  const q = m.qualifiers;
  const parts: string[] = [];
  if (m.kind === "contested" && m.contest) {
    parts.push(`${m.contest.changes} lead changes in ${dayCount(q.days)}`, `then ${label(m.contest.leader)} ahead, ${heldText({ endedOn: m.contest.leaderEndedOn, days: m.contest.leaderDays }, retired)}`);
    return parts.join(" · ");
  }
  if (q.rank !== null) parts.push(`#${q.rank} of ${q.boardSize}`);
  if (q.rival && q.margin !== null) parts.push(`${points(q.margin)} ahead of ${m.kind === "lead-change" ? q.rival.model : `#${q.rival.rank}`}`);
  parts.push(q.ciOverlap === null ? "no 95% interval" : q.ciOverlap ? "95% intervals overlap: tie" : "95% intervals apart");
  parts.push(heldText(q, retired));
  if (q.base) parts.push(`base model from ${label(q.base.country)}${q.base.organization ? ` (${q.base.organization})` : ""}`);
  return parts.join(" · ");
}

interface Pending {
  m: Omit<Milestone, "title">;
  /** Whether it still holds on a snapshot. */
  holds: (best: Map<string, Best>) => boolean;
}

/** `retired`: the board publishes no more, so what held on its last snapshot held "to the end", not "so far". */
export function detectMilestones(board: string, boardName: string, snapshots: readonly MilestoneSnapshot[], opts: { retired?: boolean } = {}): Milestone[] {
  if (snapshots.length === 0) return [];
  const sorted = [...snapshots].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const bests = sorted.map((s) => bestByKey(s.entries));
  const lastDate = sorted.at(-1)!.date;
  const first = bests[0];
  /** Best-ever rank per key so far. */
  const bestEver = new Map([...first].map(([k, b]) => [k, b.byRank.rank]));
  /** The smallest cut each key has reached. */
  const reached = new Map([...first].map(([k, b]) => [k, TOP_CUTS.find((n) => b.byRank.rank <= n) ?? Infinity]));
  const leader = new Map<string, string>();
  const pairKey = (a: string, b: string) => `${a}|${b}`;
  const found: { at: number; p: Pending }[] = [];

  const qualify = (s: number, e: MilestoneEntry, rival: MilestoneEntry | null): MilestoneQualifiers => {
    const ciOverlap = rival ? intervalsOverlap(e, rival) : null;
    return {
      boardSize: sorted[s].entries.length,
      rank: e.rank,
      rival: rivalOf(rival),
      margin: rival ? e.score - rival.score : null,
      ciOverlap,
      tie: ciOverlap === true,
      endedOn: null,
      days: 0,
      base: e.base ?? null,
    };
  };

  const updateLeads = (s: number) => {
    const best = bests[s];
    for (let i = 0; i < LEAD_KEYS.length; i++) {
      for (let j = i + 1; j < LEAD_KEYS.length; j++) {
        const [a, b] = [LEAD_KEYS[i], LEAD_KEYS[j]];
        const x = best.get(a);
        const y = best.get(b);
        if (!x || !y || x.byScore.score === y.byScore.score) continue;
        const now = x.byScore.score > y.byScore.score ? a : b;
        const before = leader.get(pairKey(a, b));
        leader.set(pairKey(a, b), now);
        if (s === 0 || before === undefined || before === now) continue;
        const other = now === a ? b : a;
        const [win, lose] = now === a ? [x.byScore, y.byScore] : [y.byScore, x.byScore];
        found.push({
          at: s,
          p: {
            m: {
              id: `${board}:lead-change:${now}:${other}:${sorted[s].date}`,
              kind: "lead-change",
              board,
              date: sorted[s].date,
              countries: [now, other],
              model: win.model,
              value: null,
              qualifiers: { ...qualify(s, win, lose) },
              contest: null,
            },
            // The lead holds until the other key is strictly ahead (an equal score leaves it where it was).
            holds: (bk) => {
              const w = bk.get(now);
              const l = bk.get(other);
              return !(w && l && l.byScore.score > w.byScore.score);
            },
          },
        });
      }
    }
  };
  updateLeads(0);

  for (let s = 1; s < sorted.length; s++) {
    const snap = sorted[s];
    for (const [key, b] of bests[s]) {
      const e = b.byRank;
      const cut = TOP_CUTS.find((n) => e.rank <= n);
      const had = reached.get(key) ?? Infinity;
      let firstTop = false;
      if (cut !== undefined && cut < had) {
        reached.set(key, cut);
        firstTop = true;
        found.push({
          at: s,
          p: {
            m: {
              id: `${board}:first-top-n:${key}:${cut}:${snap.date}`,
              kind: "first-top-n",
              board,
              date: snap.date,
              countries: [key],
              model: e.model,
              value: cut,
              qualifiers: qualify(s, e, firstBelow(snap.entries, cut)),
              contest: null,
            },
            holds: (bk) => (bk.get(key)?.byRank.rank ?? Infinity) <= cut,
          },
        });
      }
      const ever = bestEver.get(key);
      if (ever === undefined || e.rank < ever) {
        bestEver.set(key, e.rank);
        // A first entry into a top cut already tells this story; a key's first appearance is not a "best ever".
        if (!firstTop && ever !== undefined) {
          const rank = e.rank;
          found.push({
            at: s,
            p: {
              m: {
                id: `${board}:best-rank:${key}:${snap.date}`,
                kind: "best-rank",
                board,
                date: snap.date,
                countries: [key],
                model: e.model,
                value: rank,
                qualifiers: qualify(s, e, firstBelow(snap.entries, rank)),
                contest: null,
              },
              holds: (bk) => (bk.get(key)?.byRank.rank ?? Infinity) <= rank,
            },
          });
        }
      }
    }
    updateLeads(s);
  }

  // How long each held: to the first later snapshot on which it no longer did.
  for (const { at, p } of found) {
    let end: string | null = null;
    for (let t = at + 1; t < sorted.length && end === null; t++) if (!p.holds(bests[t])) end = sorted[t].date;
    p.m.qualifiers.endedOn = end;
    p.m.qualifiers.days = daysBetween(p.m.date, end ?? lastDate);
  }

  const items = mergeContested(
    board,
    found.map((f) => f.p.m),
  );
  return items.map((m) => ({ ...m, title: milestoneTitle(m, boardName, opts.retired === true) }));
}

/**
 * Lead changes of one pair whose lead flipped back within CONTESTED_WINDOW_DAYS, chained, become one contested
 * period (from the first change to the last, whose lead held); a lead change that held longer stays a headline.
 */
function mergeContested(board: string, list: Omit<Milestone, "title">[]): Omit<Milestone, "title">[] {
  const out: Omit<Milestone, "title">[] = [];
  const byPair = new Map<string, Omit<Milestone, "title">[]>();
  for (const m of list) {
    if (m.kind !== "lead-change") {
      out.push(m);
      continue;
    }
    const pair = [...m.countries].sort().join("|");
    byPair.set(pair, [...(byPair.get(pair) ?? []), m]);
  }
  const brief = (m: Omit<Milestone, "title">) => m.qualifiers.endedOn !== null && m.qualifiers.days < CONTESTED_WINDOW_DAYS;
  for (const changes of byPair.values()) {
    for (let i = 0; i < changes.length; ) {
      if (!brief(changes[i])) {
        out.push(changes[i++]);
        continue;
      }
      // A run: brief leads, then the change that ended the last of them (whose lead held, or is the newest).
      let j = i;
      while (j < changes.length && brief(changes[j])) j++;
      const last = changes[Math.min(j, changes.length - 1)];
      const run = changes.slice(i, Math.min(j + 1, changes.length));
      const start = changes[i];
      out.push({
        id: `${board}:contested:${[...start.countries].sort().join(":")}:${start.date}`,
        kind: "contested",
        board,
        date: start.date,
        countries: [last.countries[0], last.countries[1]],
        model: last.model,
        value: null,
        qualifiers: {
          ...start.qualifiers,
          rank: null,
          rival: null,
          margin: null,
          ciOverlap: null,
          tie: false,
          base: null,
          // The period itself: from its first change to its last.
          endedOn: last.date,
          days: daysBetween(start.date, last.date),
        },
        contest: { until: last.date, changes: run.length, leader: last.countries[0], leaderEndedOn: last.qualifiers.endedOn, leaderDays: last.qualifiers.days },
      });
      i = j + 1;
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}
