// Country milestones found in the data, never curated: a country key's first model in a board's top 1, 5 or 10; a
// change of lead in best score between two of US, CN and europe; a new best-ever rank. Pure: snapshots of counted
// entries in, milestones out. The board's first snapshot is the baseline: nothing "happens" on it.
import { countryLabel, groupOf, type CountryKey } from "@/lib/attribution/countries";

export const MILESTONE_KINDS = ["first-top-n", "lead-change", "best-rank"] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const TOP_CUTS = [1, 5, 10] as const;
export const LEAD_KEYS = ["US", "CN", "europe"] as const;

export interface MilestoneEntry {
  model: string;
  rank: number;
  score: number;
  /** ISO alpha-2 of the developer; null = unattributed. */
  country: string | null;
}

export interface MilestoneSnapshot {
  date: string;
  entries: readonly MilestoneEntry[];
}

export interface Milestone {
  /** Stable: board, kind, keys and date. */
  id: string;
  kind: MilestoneKind;
  board: string;
  date: string;
  /** The country keys involved: one, or for a lead change the new leader then the one it passed. */
  countries: string[];
  /** The model that made it happen. */
  model: string;
  /** first-top-n: the cut (1, 5, 10); best-rank: the new best rank. */
  value: number | null;
  title: string;
}

/** The keys an entry counts for: its country and its group (europe, other); none when unattributed. */
function keysOf(country: string | null): string[] {
  if (country === null) return [];
  const group = groupOf(country);
  return group === "europe" || group === "other" ? [country, group] : [country];
}

interface Best {
  rank: number;
  rankModel: string;
  score: number;
  scoreModel: string;
}

function bestByKey(entries: readonly MilestoneEntry[]): Map<string, Best> {
  const out = new Map<string, Best>();
  for (const e of entries) {
    for (const key of keysOf(e.country)) {
      const b = out.get(key);
      if (!b) {
        out.set(key, { rank: e.rank, rankModel: e.model, score: e.score, scoreModel: e.model });
        continue;
      }
      if (e.rank < b.rank || (e.rank === b.rank && e.model < b.rankModel)) {
        b.rank = e.rank;
        b.rankModel = e.model;
      }
      if (e.score > b.score || (e.score === b.score && e.model < b.scoreModel)) {
        b.score = e.score;
        b.scoreModel = e.model;
      }
    }
  }
  return out;
}

const label = (key: string) => countryLabel(key as CountryKey);

export function detectMilestones(board: string, boardName: string, snapshots: readonly MilestoneSnapshot[]): Milestone[] {
  const out: Milestone[] = [];
  if (snapshots.length === 0) return out;
  const sorted = [...snapshots].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = bestByKey(sorted[0].entries);
  /** Best-ever rank per key so far. */
  const bestEver = new Map([...first].map(([k, b]) => [k, b.rank]));
  /** The smallest cut each key has reached. */
  const reached = new Map([...first].map(([k, b]) => [k, TOP_CUTS.find((n) => b.rank <= n) ?? Infinity]));
  const leader = new Map<string, string>();
  const pairKey = (a: string, b: string) => `${a}|${b}`;
  const updateLeads = (best: Map<string, Best>, date: string | null) => {
    for (let i = 0; i < LEAD_KEYS.length; i++) {
      for (let j = i + 1; j < LEAD_KEYS.length; j++) {
        const [a, b] = [LEAD_KEYS[i], LEAD_KEYS[j]];
        const x = best.get(a);
        const y = best.get(b);
        if (!x || !y || x.score === y.score) continue;
        const now = x.score > y.score ? a : b;
        const before = leader.get(pairKey(a, b));
        leader.set(pairKey(a, b), now);
        if (date === null || before === undefined || before === now) continue;
        const other = now === a ? b : a;
        const win = now === a ? x : y;
        out.push({
          id: `${board}:lead-change:${now}:${other}:${date}`,
          kind: "lead-change",
          board,
          date,
          countries: [now, other],
          model: win.scoreModel,
          value: null,
          title: `${label(now)} overtakes ${label(other)} in best score on ${boardName} (${win.scoreModel})`,
        });
      }
    }
  };
  updateLeads(first, null);

  for (const snap of sorted.slice(1)) {
    const best = bestByKey(snap.entries);
    for (const [key, b] of best) {
      const cut = TOP_CUTS.find((n) => b.rank <= n);
      const had = reached.get(key) ?? Infinity;
      let firstTop = false;
      if (cut !== undefined && cut < had) {
        reached.set(key, cut);
        firstTop = true;
        out.push({
          id: `${board}:first-top-n:${key}:${cut}:${snap.date}`,
          kind: "first-top-n",
          board,
          date: snap.date,
          countries: [key],
          model: b.rankModel,
          value: cut,
          title: `${label(key)}: first model in the top ${cut} of ${boardName} (${b.rankModel}, #${b.rank})`,
        });
      }
      const ever = bestEver.get(key);
      if (ever === undefined || b.rank < ever) {
        bestEver.set(key, b.rank);
        // A first entry into a top cut already tells this story; a key's first appearance is not a "best ever".
        if (!firstTop && ever !== undefined) {
          out.push({
            id: `${board}:best-rank:${key}:${snap.date}`,
            kind: "best-rank",
            board,
            date: snap.date,
            countries: [key],
            model: b.rankModel,
            value: b.rank,
            title: `${label(key)}: best-ever rank on ${boardName}, #${b.rank} (${b.rankModel})`,
          });
        }
      }
    }
    updateLeads(best, snap.date);
  }
  return out;
}
