// Country milestones found in the data, never curated: a country key's first model in a board's top 1, 5 or 10; a
// change of lead in best score between two of US, CN and europe; a new best-ever rank. Pure: snapshots of counted
// entries in, milestones out. The board's first snapshot is the baseline: nothing "happens" on it.
//
// Every milestone is qualified, so a reader can judge it: the board's size that day, the model it beat and by how
// many points, whether the two 95% intervals overlap (then it is a statistical tie, and says so instead of "first"),
// how long it held (to the next snapshot on which it no longer did), and, for a fine-tune, the base model's developer
// and country. Lead changes that flip back within CONTESTED_WINDOW_DAYS are one "contested" period, not a headline
// per flip. Ranks are whatever the snapshots carry: the service hands on the default (score) rank.
import { groupOf } from "@/lib/core/countries";
import { daysBetween } from "@/lib/core/dates";
import { milestoneTitle } from "@/lib/standings/milestones/text";
import { dataCaveatsOn } from "@/lib/boards/data-caveats";
import {
  CONTESTED_WINDOW_DAYS,
  LEAD_KEYS,
  TOP_CUTS,
  type Milestone,
  type MilestoneEntry,
  type MilestoneQualifiers,
  type MilestoneRival,
  type MilestoneSnapshot,
} from "@/lib/standings/milestones/types";

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
    if (
      out === null ||
      e.rank < out.rank ||
      (e.rank === out.rank && (e.score > out.score || (e.score === out.score && e.model < out.model)))
    )
      out = e;
  }
  return out;
}

const rivalOf = (e: MilestoneEntry | null): MilestoneRival | null =>
  e ? { model: e.model, rank: e.rank, score: e.score, country: e.country } : null;

interface Pending {
  m: Omit<Milestone, "title" | "caveats">;
  /** Whether it still holds on a snapshot. */
  holds: (best: Map<string, Best>) => boolean;
}

/** `retired`: the board publishes no more, so what held on its last snapshot held "to the end", not "so far". */
export function detectMilestones(
  board: string,
  boardName: string,
  snapshots: readonly MilestoneSnapshot[],
  opts: { retired?: boolean } = {},
): Milestone[] {
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
  return items.map((m) => ({
    ...m,
    title: milestoneTitle(m, boardName, opts.retired === true),
    caveats: restingCaveats(board, m),
  }));
}

/** The data caveats on the snapshots a milestone rests on: its date, and where it (or its contest's lead) ended. */
function restingCaveats(board: string, m: Omit<Milestone, "title" | "caveats">): string[] {
  const dates = [m.date, m.qualifiers.endedOn, m.contest?.until, m.contest?.leaderEndedOn];
  const ids = dates.flatMap((d) => (d ? dataCaveatsOn(board, d).map((c) => c.id) : []));
  return [...new Set(ids)];
}

/**
 * Lead changes of one pair whose lead flipped back within CONTESTED_WINDOW_DAYS, chained, become one contested
 * period (from the first change to the last, whose lead held); a lead change that held longer stays a headline.
 */
function mergeContested(
  board: string,
  list: Omit<Milestone, "title" | "caveats">[],
): Omit<Milestone, "title" | "caveats">[] {
  const out: Omit<Milestone, "title" | "caveats">[] = [];
  const byPair = new Map<string, Omit<Milestone, "title" | "caveats">[]>();
  for (const m of list) {
    if (m.kind !== "lead-change") {
      out.push(m);
      continue;
    }
    const pair = [...m.countries].sort().join("|");
    byPair.set(pair, [...(byPair.get(pair) ?? []), m]);
  }
  const brief = (m: Omit<Milestone, "title" | "caveats">) =>
    m.qualifiers.endedOn !== null && m.qualifiers.days < CONTESTED_WINDOW_DAYS;
  for (const changes of byPair.values()) {
    for (let i = 0; i < changes.length;) {
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
        contest: {
          until: last.date,
          changes: run.length,
          leader: last.countries[0],
          leaderEndedOn: last.qualifiers.endedOn,
          leaderDays: last.qualifiers.days,
        },
      });
      i = j + 1;
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}
