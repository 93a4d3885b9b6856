// A board's history in one category as columns of typed arrays, not one object per entry: an entry costs about
// 25–36 bytes, and the metrics walk the columns in orders prepared at load, stopping as soon as the answer is known
// (a key's best-ranked model is the first of its rows in rank order). Why not objects: bench/results.md.
//
// Layout: snapshot i's rows are [offsets[i], offsets[i+1]), stored by score (highest first; ties by model key, as
// JavaScript compares strings). Per row: interned model (which carries the developer's and the base country and
// organization), published rank, score rank, score, CI, licence (interned), and on boards with the official flag the
// official rank, the official score rank and the flag. Per snapshot, orders by each rank rule (the population's
// `compareByRank` order) and counts of rows per (attribution, country, licence class, official), which answer
// model-count and "does this key have any row" without a scan.
//
// Pure: no database here. build.ts fills a frame row by row (load.ts from PostgreSQL, `columnarOf` from object
// frames in tests and fixtures); walkers.ts holds the walks the metrics, tables, milestones and lenses share.
// About 400 lines on purpose: the layout, the population a filter chooses and the orders it reads are one design;
// building (build.ts) and walking (walkers.ts) are apart.
import { countsFor, type CountryKey } from "@/lib/core/countries";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import type { StandingsFilters } from "@/lib/frame/filters";
import { entryLicenseClass, type LicenseClass } from "@/lib/boards/license";

export type IntColumn = Int32Array | Uint16Array;
export type IndexColumn = Uint32Array | Uint16Array;

/** Licence classes in the order the counts table uses. */
export const LICENSE_CLASSES: readonly LicenseClass[] = ["open", "proprietary", "unknown"];
export const OFFICIAL_NULL = 2;

/** An Int32 column as Uint16 when every value fits (ranks rarely exceed 65,534); `nullValue` maps to 0xffff. */
export function narrow(col: Int32Array, nullValue: number | null): { col: IntColumn; nil: number } {
  let max = 0;
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    if (v === nullValue) continue;
    if (v < 0 || v >= 0xffff) return { col, nil: nullValue ?? -1 };
    if (v > max) max = v;
  }
  const out = new Uint16Array(col.length);
  for (let i = 0; i < col.length; i++) out[i] = col[i] === nullValue ? 0xffff : col[i];
  return { col: out, nil: 0xffff };
}

export function narrowIndex(col: IndexColumn, max: number): IndexColumn {
  return max < 0x10000 && col instanceof Uint32Array ? Uint16Array.from(col) : col;
}

export interface FrameMetaFields {
  updatedAt: string | null;
  asOf: string | null;
}

export const RANK_NULL = -1;

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Per model index, its place among `keys` in JavaScript string order: comparing two places compares the keys. */
export function keyRanks(keys: readonly string[]): Int32Array {
  const order = Array.from({ length: keys.length }, (_, k) => k).sort((x, y) => compareKeys(keys[x], keys[y]));
  const out = new Int32Array(keys.length);
  // Equal keys (one key under two attributions) share a place, as compareKeys finds them equal.
  order.forEach(
    (m, place) => (out[m] = place > 0 && keys[order[place - 1]] === keys[m] ? out[order[place - 1]] : place),
  );
  return out;
}

/**
 * Rows start..end-1 by score (highest first), equal scores by model key (`keyRank`, see keyRanks), or null when they
 * already are. Rows that are by score already, ties in any order, cost one pass and a sort of each tie that is out
 * of key order; others a sort of the whole snapshot.
 */
export function scoreOrder(
  start: number,
  end: number,
  score: ArrayLike<number>,
  model: ArrayLike<number>,
  keyRank: Int32Array,
): number[] | null {
  const before = (x: number, y: number) => score[y] - score[x] || keyRank[model[x]] - keyRank[model[y]];
  let byScore = true;
  for (let r = start + 1; r < end && byScore; r++) byScore = !(score[r] > score[r - 1]);
  if (!byScore) {
    const order = Array.from({ length: end - start }, (_, k) => start + k);
    return order.sort(before);
  }
  let order: number[] | null = null;
  for (let r = start; r < end;) {
    let tieEnd = r + 1;
    while (tieEnd < end && score[tieEnd] === score[r]) tieEnd++;
    if (tieEnd - r > 1) {
      let sorted = true;
      for (let k = r + 1; k < tieEnd && sorted; k++) sorted = keyRank[model[k - 1]] <= keyRank[model[k]];
      if (!sorted) {
        order ??= Array.from({ length: end - start }, (_, k) => start + k);
        const run = order.slice(r - start, tieEnd - start).sort(before);
        for (let k = 0; k < run.length; k++) order[r - start + k] = run[k];
      }
    }
    r = tieEnd;
  }
  return order;
}

/** An organization of the registry as the frame names it: its slug and its display name. */
export interface OrgRef {
  slug: string;
  name: string;
}

export interface FrameColumns extends FrameMetaFields {
  board: BoardSlug;
  dates: string[];
  offsets: Uint32Array;
  modelKeys: string[];
  modelDev: Uint16Array;
  modelBase: Uint16Array;
  /** Per model, its developer's and its base model's organization: an index into `orgs` (0 = unattributed). */
  modelDevOrg: Uint16Array;
  modelBaseOrg: Uint16Array;
  /** Interned organizations; index 0 is null. */
  orgs: (OrgRef | null)[];
  countries: (string | null)[];
  licenses: (string | null)[];
  model: Uint32Array;
  rank: Int32Array;
  scoreRank: Int32Array;
  score: Float64Array;
  license: Uint16Array;
  ciLower: Float64Array | null;
  ciUpper: Float64Array | null;
  rankOfficial: Int32Array | null;
  scoreRankOfficial: Int32Array | null;
  official: Uint8Array | null;
}

/** Row positions of one snapshot in some order: `start..end` of `index` (local to the snapshot), or the rows as stored. */
export interface Order {
  index: IndexColumn | null;
  start: number;
  end: number;
}

/** The rank rule and population chosen by the filters, resolved against one frame. */
export interface Population {
  frame: ColumnarFrame;
  officialOnly: boolean;
  /** Per licence id: 1 when the licence filter keeps it. */
  licenseOk: Uint8Array;
  /** Per model: the country id under the attribution mode. */
  countryOf: Uint16Array;
  /** The rank each row has under the rule, in this population (`rankAt` reads it without a call). */
  rankOf: (row: number) => number;
  /** The rank column the rule reads; on official rows only, `fallback` where it holds `nil`. */
  rankCol: IntColumn;
  fallback: IntColumn | null;
  nil: number;
  /** Which ordering lists the population by (rank, score desc, key). */
  rule: "score" | "published";
  /** Counts-table cells (within a snapshot's block) summed for "rows of country c that count". */
  cellsOf: (countryMask: Uint8Array) => number[];
}

export class ColumnarFrame {
  /** A brand, not `instanceof`: the frame cache is shared by bundles that each have their own copy of this class. */
  readonly columnar = true;
  readonly board: BoardSlug;
  readonly dates: string[];
  readonly offsets: Uint32Array;
  readonly modelKeys: string[];
  readonly modelDev: Uint16Array;
  readonly modelBase: Uint16Array;
  readonly modelDevOrg: Uint16Array;
  readonly modelBaseOrg: Uint16Array;
  readonly orgs: (OrgRef | null)[];
  readonly countries: (string | null)[];
  readonly licenses: (string | null)[];
  readonly model: IndexColumn;
  readonly rank: IntColumn;
  readonly rankNil: number;
  readonly scoreRank: IntColumn;
  readonly score: Float64Array;
  readonly license: Uint16Array;
  readonly ciLower: Float64Array | null;
  readonly ciUpper: Float64Array | null;
  readonly rankOfficial: IntColumn | null;
  readonly scoreRankOfficial: IntColumn | null;
  readonly official: Uint8Array | null;
  readonly officialNil: number;
  readonly updatedAt: string | null;
  readonly asOf: string | null;
  /** Per licence id, its class index in LICENSE_CLASSES. */
  readonly licenseClass: Uint8Array;
  /** Orders by (rank, score desc, key), local to each snapshot; null = the stored (score) order already is. */
  readonly byScoreRank: IndexColumn | null;
  readonly byPublished: IndexColumn | null;
  /** The official rows only, in the same two orders; offsets in officialOffsets. */
  readonly officialOffsets: Uint32Array | null;
  readonly officialByScoreRank: IndexColumn | null;
  readonly officialByPublished: IndexColumn | null;
  /** Official rows per snapshot (boards with the flag). */
  readonly officialCount: Uint32Array | null;
  /** Rows per snapshot × attribution (2) × country × licence class (3) × official (1 or 2). */
  readonly counts: Uint32Array;
  private readonly dateIndex = new Map<string, number>();

  constructor(c: FrameColumns) {
    this.board = c.board;
    this.dates = c.dates;
    this.offsets = c.offsets;
    this.modelKeys = c.modelKeys;
    this.modelDev = c.modelDev;
    this.modelBase = c.modelBase;
    this.modelDevOrg = c.modelDevOrg;
    this.modelBaseOrg = c.modelBaseOrg;
    this.orgs = c.orgs;
    this.countries = c.countries;
    this.licenses = c.licenses;
    // Model indices in 16 bits when the board has fewer than 65,536 models.
    this.model = c.modelKeys.length <= 0x10000 ? Uint16Array.from(c.model) : c.model;
    this.score = c.score;
    this.license = c.license;
    this.ciLower = c.ciLower;
    this.ciUpper = c.ciUpper;
    this.updatedAt = c.updatedAt;
    this.asOf = c.asOf;
    this.dates.forEach((d, i) => this.dateIndex.set(d, i));
    this.licenseClass = Uint8Array.from(
      this.licenses.map((l) => LICENSE_CLASSES.indexOf(entryLicenseClass(this.board, l))),
    );

    const S = this.dates.length;
    const n = this.score.length;
    // Orders by rank rule, before narrowing (the comparators read the 32-bit columns).
    const allRows = (s: number) =>
      Array.from({ length: this.offsets[s + 1] - this.offsets[s] }, (_, k) => this.offsets[s] + k);
    const keyRank = keyRanks(this.modelKeys);
    let widest = 0;
    for (let s = 0; s < S; s++) widest = Math.max(widest, this.offsets[s + 1] - this.offsets[s]);
    const orderBy = (
      rankOf: (row: number) => number,
      rows: ((s: number) => number[]) | null,
      size: number,
      offsetsOut: number[],
    ): { index: IndexColumn; identity: boolean; max: number } => {
      const compare = (x: number, y: number) =>
        rankOf(x) - rankOf(y) || this.score[y] - this.score[x] || keyRank[this.model[x]] - keyRank[this.model[y]];
      // Local indices fit 16 bits when no snapshot has more than 65,536 rows: no 32-bit copy to narrow later.
      const out: IndexColumn = widest <= 0x10000 ? new Uint16Array(size) : new Uint32Array(size);
      let at = 0;
      let identity = true;
      let max = 0;
      for (let s = 0; s < S; s++) {
        const start = this.offsets[s];
        offsetsOut.push(at);
        if (rows === null) {
          // Every row: often already in order (the score rule on rows stored by score), checked in one pass.
          const end = this.offsets[s + 1];
          let sorted = true;
          for (let r = start + 1; r < end && sorted; r++) sorted = compare(r - 1, r) <= 0;
          if (sorted) {
            for (let r = start; r < end; r++) out[at++] = r - start;
            if (end - start - 1 > max) max = end - start - 1;
            continue;
          }
        }
        const list = rows === null ? allRows(s) : rows(s);
        let sorted = true;
        for (let k = 1; k < list.length && sorted; k++) sorted = compare(list[k - 1], list[k]) <= 0;
        if (!sorted) list.sort(compare);
        for (let k = 0; k < list.length; k++) {
          const local = list[k] - start;
          if (local !== k) identity = false;
          if (local > max) max = local;
          out[at++] = local;
        }
      }
      offsetsOut.push(at);
      return { index: out, identity, max };
    };
    const byScore = orderBy((r) => c.scoreRank[r], null, n, []);
    this.byScoreRank = byScore.identity ? null : narrowIndex(byScore.index, byScore.max);
    const byPub = orderBy((r) => c.rank[r], null, n, []);
    this.byPublished = byPub.identity ? null : narrowIndex(byPub.index, byPub.max);

    if (c.official && c.rankOfficial && c.scoreRankOfficial) {
      const official = c.official;
      const officialRows = (s: number) => {
        const list: number[] = [];
        for (let r = this.offsets[s]; r < this.offsets[s + 1]; r++) if (official[r] === 1) list.push(r);
        return list;
      };
      const effective = (own: Int32Array, fallback: Int32Array) => (r: number) =>
        own[r] === RANK_NULL ? fallback[r] : own[r];
      let officials = 0;
      for (let r = 0; r < n; r++) if (official[r] === 1) officials++;
      const offOffsets: number[] = [];
      const a = orderBy(effective(c.scoreRankOfficial, c.scoreRank), officialRows, officials, offOffsets);
      const b = orderBy(effective(c.rankOfficial, c.rank), officialRows, officials, []);
      this.officialOffsets = Uint32Array.from(offOffsets);
      this.officialByScoreRank = narrowIndex(a.index, a.max);
      this.officialByPublished = narrowIndex(b.index, b.max);
      this.officialCount = new Uint32Array(S);
      for (let s = 0; s < S; s++) this.officialCount[s] = offOffsets[s + 1] - offOffsets[s];
    } else {
      this.officialOffsets = null;
      this.officialByScoreRank = null;
      this.officialByPublished = null;
      this.officialCount = null;
    }

    // Counts per snapshot.
    const C = this.countries.length;
    const O = c.official ? 2 : 1;
    const block = 2 * C * 3 * O;
    this.counts = new Uint32Array(S * block);
    for (let s = 0; s < S; s++) {
      const base = s * block;
      for (let r = this.offsets[s]; r < this.offsets[s + 1]; r++) {
        const m = this.model[r];
        const lc = this.licenseClass[this.license[r]];
        const o = c.official && c.official[r] === 1 ? 1 : 0;
        this.counts[base + ((0 * C + this.modelDev[m]) * 3 + lc) * O + o]++;
        this.counts[base + ((1 * C + this.modelBase[m]) * 3 + lc) * O + o]++;
      }
    }

    const rank = narrow(c.rank, null);
    this.rank = rank.col;
    this.rankNil = rank.nil;
    this.scoreRank = narrow(c.scoreRank, null).col;
    if (c.rankOfficial && c.scoreRankOfficial && c.official) {
      const ro = narrow(c.rankOfficial, RANK_NULL);
      const sro = narrow(c.scoreRankOfficial, RANK_NULL);
      // Both columns share one null marker only when both narrowed the same way.
      this.rankOfficial = ro.col;
      this.scoreRankOfficial = sro.col;
      this.officialNil = ro.nil;
      if (ro.nil !== sro.nil) {
        this.rankOfficial = c.rankOfficial;
        this.scoreRankOfficial = c.scoreRankOfficial;
        this.officialNil = RANK_NULL;
      }
      this.official = c.official;
    } else {
      this.rankOfficial = null;
      this.scoreRankOfficial = null;
      this.official = null;
      this.officialNil = RANK_NULL;
    }
  }

  /** Snapshot index of a date, or -1. */
  indexOf(date: string): number {
    return this.dateIndex.get(date) ?? -1;
  }

  /** Rows in snapshot s. */
  size(s: number): number {
    return this.offsets[s + 1] - this.offsets[s];
  }

  /** Approximate bytes held, for the frame cache's byte bound. */
  get bytes(): number {
    const arrays = [
      this.offsets,
      this.modelDev,
      this.modelBase,
      this.modelDevOrg,
      this.modelBaseOrg,
      this.model,
      this.rank,
      this.scoreRank,
      this.score,
      this.license,
      this.ciLower,
      this.ciUpper,
      this.rankOfficial,
      this.scoreRankOfficial,
      this.official,
      this.licenseClass,
      this.byScoreRank,
      this.byPublished,
      this.officialOffsets,
      this.officialByScoreRank,
      this.officialByPublished,
      this.officialCount,
      this.counts,
    ];
    let total = 0;
    for (const a of arrays) if (a) total += a.byteLength;
    for (const k of this.modelKeys) total += 40 + 2 * k.length;
    for (const d of this.dates) total += 40 + 2 * d.length;
    for (const o of this.orgs) if (o) total += 80 + 2 * (o.slug.length + o.name.length);
    return total + 64 * this.modelKeys.length;
  }

  /** The population the filters choose on this frame. */
  population(filters: StandingsFilters): Population {
    const officialOnly = filters.official && boardInfo(this.board).hasOfficial && this.official !== null;
    const licenseOk = new Uint8Array(this.licenses.length);
    for (let l = 0; l < licenseOk.length; l++) {
      licenseOk[l] = filters.license === "all" || LICENSE_CLASSES[this.licenseClass[l]] === filters.license ? 1 : 0;
    }
    const base = filters.attribution === "base";
    const rank = this.rank;
    const scoreRank = this.scoreRank;
    const nil = this.officialNil;
    const plain = filters.rank === "published" ? rank : scoreRank;
    const rankCol = officialOnly ? (filters.rank === "published" ? this.rankOfficial : this.scoreRankOfficial)! : plain;
    const fallback = officialOnly ? plain : null;
    const rankOf = (r: number) => (fallback !== null && rankCol[r] === nil ? fallback[r] : rankCol[r]);
    const C = this.countries.length;
    const O = this.official ? 2 : 1;
    const attr = base ? 1 : 0;
    const licenseClassOk = LICENSE_CLASSES.map((lc) => filters.license === "all" || lc === filters.license);
    const cellsOf = (mask: Uint8Array): number[] => {
      const cells: number[] = [];
      for (let c = 0; c < C; c++) {
        if (!mask[c]) continue;
        for (let lc = 0; lc < 3; lc++) {
          if (!licenseClassOk[lc]) continue;
          for (let o = officialOnly ? 1 : 0; o < O; o++) cells.push(((attr * C + c) * 3 + lc) * O + o);
        }
      }
      return cells;
    };
    return {
      frame: this,
      officialOnly,
      licenseOk,
      countryOf: base ? this.modelBase : this.modelDev,
      rankOf,
      rankCol,
      fallback,
      nil,
      rule: filters.rank,
      cellsOf,
    };
  }

  /** Per country id: 1 when the country counts for the key. */
  keyMask(key: CountryKey): Uint8Array {
    return Uint8Array.from(this.countries.map((c) => (countsFor(c, key) ? 1 : 0)));
  }

  /** Rows of snapshot s in the population's (rank, score desc, key) order. */
  rankOrder(p: Population, s: number): Order {
    if (p.officialOnly) {
      const index = p.rule === "published" ? this.officialByPublished! : this.officialByScoreRank!;
      return { index, start: this.officialOffsets![s], end: this.officialOffsets![s + 1] };
    }
    const index = p.rule === "published" ? this.byPublished : this.byScoreRank;
    if (index === null) return { index: null, start: 0, end: this.size(s) };
    return { index, start: this.offsets[s], end: this.offsets[s + 1] };
  }

  /** Block offset of snapshot s in `counts`. */
  countsBlock(s: number): number {
    return s * 2 * this.countries.length * 3 * (this.official ? 2 : 1);
  }
}
