// The walks over a ColumnarFrame's columns that the metrics, the ranking table, the milestones and the lenses share.
// Each reads a population (frame.ts `population`): the rank rule, the licence and official filters, the attribution.
import type { CountryKey } from "@/lib/core/countries";
import type { Population } from "@/lib/frame/frame";

/** An entry that counts under the filters, with the rank and country the metrics use. */
export interface CountedEntry {
  model: string;
  rank: number;
  score: number;
  /** The developer's or the base model's country, per the attribution mode. */
  country: string | null;
}

/** The rank of a row in the population (Population.rankOf, inlined). */
export function rankAt(p: Population, r: number): number {
  const v = p.rankCol[r];
  return p.fallback !== null && v === p.nil ? p.fallback[r] : v;
}

/**
 * Visits every row of snapshot s that counts in the population (official and licence filters), in the population's
 * (rank, score desc, key) order, until `visit` returns false. The one walk of counted rows by rank: the ranking
 * table's pages, the milestones and the lenses read through it.
 */
export function forEachCounted(p: Population, s: number, visit: (row: number) => boolean | void): void {
  const f = p.frame;
  const o = f.rankOrder(p, s);
  const base = f.offsets[s];
  for (let i = o.start; i < o.end; i++) {
    const r = o.index === null ? base + i : base + o.index[i];
    if (p.licenseOk[f.license[r]] && visit(r) === false) return;
  }
}

/**
 * Every row of snapshot s that counts in the population, as the entries the lenses read (model, rank under the
 * rule, score, country under the attribution), best rank first.
 */
export function countedEntries(p: Population, s: number): CountedEntry[] {
  const f = p.frame;
  const out: CountedEntry[] = [];
  forEachCounted(p, s, (r) => {
    const m = f.model[r];
    out.push({ model: f.modelKeys[m], rank: rankAt(p, r), score: f.score[r], country: f.countries[p.countryOf[m]] });
  });
  return out;
}

/** A key's query state on one population: its country mask and the counts cells that sum its rows. */
export interface KeyQuery {
  mask: Uint8Array;
  cells: number[];
}

export function keyQuery(p: Population, key: CountryKey): KeyQuery {
  const mask = p.frame.keyMask(key);
  return { mask, cells: p.cellsOf(mask) };
}

/** Rows of the key that count in snapshot s (licence and official filters applied). */
export function countOf(p: Population, k: KeyQuery, s: number): number {
  const counts = p.frame.counts;
  const base = p.frame.countsBlock(s);
  let n = 0;
  for (const c of k.cells) n += counts[base + c];
  return n;
}

/** The key's best-ranked counted row in snapshot s (compareByRank's first), or -1. */
export function bestRankRow(p: Population, k: KeyQuery, s: number): number {
  const f = p.frame;
  const o = f.rankOrder(p, s);
  const base = f.offsets[s];
  const { model, license } = f;
  const { licenseOk, countryOf } = p;
  const mask = k.mask;
  for (let i = o.start; i < o.end; i++) {
    const r = o.index === null ? base + i : base + o.index[i];
    if (licenseOk[license[r]] && mask[countryOf[model[r]]]) return r;
  }
  return -1;
}

/** The key's highest-scoring counted row in snapshot s (compareByScore's first: score, then rank, then key), or -1. */
export function bestScoreRow(p: Population, k: KeyQuery, s: number): number {
  const f = p.frame;
  const end = f.offsets[s + 1];
  const { model, license, score, official } = f;
  const { licenseOk, countryOf, officialOnly } = p;
  const mask = k.mask;
  let best = -1;
  for (let r = f.offsets[s]; r < end; r++) {
    if (best !== -1 && score[r] !== score[best]) break;
    if (officialOnly && official![r] !== 1) continue;
    if (!licenseOk[license[r]] || !mask[countryOf[model[r]]]) continue;
    // Rows are stored by score then key, so among equal scores a later row wins only on a better rank.
    if (best === -1 || rankAt(p, r) < rankAt(p, best)) best = r;
  }
  return best;
}

/** Top-n over snapshot s: the key's counted rows with rank ≤ n, every counted row with rank ≤ n, and the key's best. */
export function topN(p: Population, k: KeyQuery, s: number, n: number): { mine: number; all: number; first: number } {
  const f = p.frame;
  const o = f.rankOrder(p, s);
  const base = f.offsets[s];
  const { model, license } = f;
  const { licenseOk, countryOf } = p;
  const mask = k.mask;
  let mine = 0;
  let all = 0;
  let first = -1;
  for (let i = o.start; i < o.end; i++) {
    const r = o.index === null ? base + i : base + o.index[i];
    if (rankAt(p, r) > n) break;
    if (!licenseOk[license[r]]) continue;
    all++;
    if (mask[countryOf[model[r]]]) {
      mine++;
      if (first === -1) first = r;
    }
  }
  return { mine, all, first };
}

/** `topN` for several keys in one walk of the prefix: per key its count and best row, and the shared denominator. */
export function topNAll(
  p: Population,
  keys: readonly KeyQuery[],
  s: number,
  n: number,
  mine: Int32Array,
  first: Int32Array,
): number {
  const f = p.frame;
  const o = f.rankOrder(p, s);
  const base = f.offsets[s];
  const { model, license } = f;
  const { licenseOk, countryOf } = p;
  mine.fill(0);
  first.fill(-1);
  let all = 0;
  for (let i = o.start; i < o.end; i++) {
    const r = o.index === null ? base + i : base + o.index[i];
    if (rankAt(p, r) > n) break;
    if (!licenseOk[license[r]]) continue;
    all++;
    const c = countryOf[model[r]];
    for (let k = 0; k < keys.length; k++) {
      if (!keys[k].mask[c]) continue;
      mine[k]++;
      if (first[k] === -1) first[k] = r;
    }
  }
  return all;
}

/**
 * Per country (under the population's attribution), its best-ranked counted row (rank, then model key) and its
 * highest-scoring one (score, then model key) in snapshot s, as counted entries. Whatever is decided per country
 * or group from the best rank and best score alone (the milestones) reads the same from these few rows as from the
 * whole snapshot.
 */
export function countryBests(
  p: Population,
  s: number,
): { model: string; rank: number; score: number; country: string | null }[] {
  const f = p.frame;
  const C = f.countries.length;
  const byRank = new Int32Array(C).fill(-1);
  const byScore = new Int32Array(C).fill(-1);
  const keyOf = (r: number) => f.modelKeys[f.model[r]];
  for (let r = f.offsets[s]; r < f.offsets[s + 1]; r++) {
    if (p.officialOnly && f.official![r] !== 1) continue;
    if (!p.licenseOk[f.license[r]]) continue;
    const c = p.countryOf[f.model[r]];
    const br = byRank[c];
    if (br === -1 || p.rankOf(r) < p.rankOf(br) || (p.rankOf(r) === p.rankOf(br) && keyOf(r) < keyOf(br)))
      byRank[c] = r;
    const bs = byScore[c];
    if (bs === -1 || f.score[r] > f.score[bs] || (f.score[r] === f.score[bs] && keyOf(r) < keyOf(bs))) byScore[c] = r;
  }
  const rows = new Set<number>();
  for (let c = 0; c < C; c++) {
    if (byRank[c] !== -1) rows.add(byRank[c]);
    if (byScore[c] !== -1) rows.add(byScore[c]);
  }
  return [...rows].map((r) => ({
    model: keyOf(r),
    rank: p.rankOf(r),
    score: f.score[r],
    country: f.countries[p.countryOf[f.model[r]]],
  }));
}
