// A board's history in one category as columns of typed arrays, not one object per entry: at 100× the data the
// arena alone has 3.65M entries, which as objects took gigabytes and hundreds of milliseconds per query. Here an
// entry costs about 25–36 bytes, and the metrics walk the columns in orders prepared at load, stopping as soon as
// the answer is known (a key's best-ranked model is the first of its rows in rank order).
//
// Layout: snapshot i's rows are [offsets[i], offsets[i+1]), stored by score (highest first; ties by model key, as
// JavaScript compares strings). Per row: interned model (which carries the developer's and the base country),
// published rank, score rank, score, CI, licence (interned), and on boards with the official flag the official
// rank, the official score rank and the flag. Per snapshot, orders by each rank rule (the population's
// `compareByRank` order) and counts of rows per (attribution, country, licence class, official), which answer
// model-count and "does this key have any row" without a scan.
//
// Pure: no database here. load-frame.ts fills it from PostgreSQL; `columnarOf` builds one from object frames (tests,
// fixtures). `snapshots` gives the old object view, built on demand, for the readers that still want objects.
import { countsFor, type CountryKey } from "@/lib/core/countries";
import { BOARDS, type BoardSlug } from "@/lib/boards/info";
import type { BoardFrame, CountedEntry, FrameEntry, FrameSnapshot, StandingsFilters } from "@/lib/frame/filters";
import { entryLicenseClass, type LicenseClass } from "@/lib/boards/license";

type IntColumn = Int32Array | Uint16Array;
type IndexColumn = Uint32Array | Uint16Array;

/** Licence classes in the order the counts table uses. */
const LICENSE_CLASSES: readonly LicenseClass[] = ["open", "proprietary", "unknown"];
const OFFICIAL_NULL = 2;

/** Growable typed column used while building; trimmed at the end. */
class Grow<T extends Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array> {
  constructor(
    public a: T,
    private readonly make: (n: number) => T,
  ) {}
  ensure(n: number): void {
    if (n <= this.a.length) return;
    const next = this.make(Math.max(n, this.a.length * 2, 16));
    next.set(this.a);
    this.a = next;
  }
  trim(n: number): T {
    return n === this.a.length ? this.a : (this.a.slice(0, n) as T);
  }
}

/** An Int32 column as Uint16 when every value fits (ranks rarely exceed 65,534); `nullValue` maps to 0xffff. */
function narrow(col: Int32Array, nullValue: number | null): { col: IntColumn; nil: number } {
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

function narrowIndex(col: IndexColumn, max: number): IndexColumn {
  return max < 0x10000 && col instanceof Uint32Array ? Uint16Array.from(col) : col;
}

/** One row as a builder takes it. Score ranks are computed unless given (object frames carry their own). */
export interface ColumnarRow {
  model: string;
  countryDeveloper: string | null;
  countryBase: string | null;
  rank: number;
  rankOfficial: number | null;
  score: number;
  ciLower: number | null;
  ciUpper: number | null;
  official: boolean | null;
  license: string | null;
  scoreRank?: number;
  scoreRankOfficial?: number | null;
}

export interface FrameMetaFields {
  updatedAt: string | null;
  asOf: string | null;
}

const RANK_NULL = -1;

/**
 * Fills a ColumnarFrame snapshot by snapshot. `capacity` (rows) sizes the columns up front when known, so a load
 * from the database allocates each column once.
 */
export class ColumnarBuilder {
  private readonly dates: string[] = [];
  /** Row index where each snapshot starts. */
  private readonly starts: number[] = [];
  private n = 0;
  private readonly modelIds = new Map<string, number>();
  private readonly modelKeys: string[] = [];
  private readonly modelDev: number[] = [];
  private readonly modelBase: number[] = [];
  private readonly countryIds = new Map<string | null, number>([[null, 0]]);
  private readonly countries: (string | null)[] = [null];
  private readonly licenseIds = new Map<string | null, number>();
  private readonly licenses: (string | null)[] = [];
  private readonly model: Grow<Uint32Array>;
  private readonly rank: Grow<Int32Array>;
  private readonly rankOfficial: Grow<Int32Array>;
  private readonly scoreRank: Grow<Int32Array>;
  private readonly scoreRankOfficial: Grow<Int32Array>;
  private readonly score: Grow<Float64Array>;
  private readonly ciLower: Grow<Float64Array>;
  private readonly ciUpper: Grow<Float64Array>;
  private readonly official: Grow<Uint8Array>;
  private readonly license: Grow<Uint16Array>;
  private hasCi = false;
  private givenRanks: boolean | null = null;
  private readonly hasOfficial: boolean;

  constructor(
    readonly board: BoardSlug,
    capacity = 16,
  ) {
    this.hasOfficial = BOARDS[board].hasOfficial;
    const small = this.hasOfficial ? capacity : 0;
    this.model = new Grow(new Uint32Array(capacity), (k) => new Uint32Array(k));
    this.rank = new Grow(new Int32Array(capacity), (k) => new Int32Array(k));
    this.scoreRank = new Grow(new Int32Array(capacity), (k) => new Int32Array(k));
    this.score = new Grow(new Float64Array(capacity), (k) => new Float64Array(k));
    this.license = new Grow(new Uint16Array(capacity), (k) => new Uint16Array(k));
    // Columns only some boards use start empty and grow at their first non-null value.
    this.ciLower = new Grow(new Float64Array(0), (k) => new Float64Array(k).fill(NaN));
    this.ciUpper = new Grow(new Float64Array(0), (k) => new Float64Array(k).fill(NaN));
    this.rankOfficial = new Grow(new Int32Array(small).fill(RANK_NULL), (k) => new Int32Array(k).fill(RANK_NULL));
    this.scoreRankOfficial = new Grow(new Int32Array(small).fill(RANK_NULL), (k) => new Int32Array(k).fill(RANK_NULL));
    this.official = new Grow(new Uint8Array(small).fill(OFFICIAL_NULL), (k) => new Uint8Array(k).fill(OFFICIAL_NULL));
  }

  private countryId(c: string | null): number {
    const key = c?.trim() || null;
    let id = this.countryIds.get(key);
    if (id === undefined) {
      id = this.countries.length;
      this.countries.push(key);
      this.countryIds.set(key, id);
    }
    return id;
  }

  /** The model's index; a model is its key with its two countries (countries are per model in the store). */
  modelId(key: string, developer: string | null, base: string | null): number {
    const dev = this.countryId(developer);
    const bas = this.countryId(base);
    const k = `${dev}|${bas}|${key}`;
    let id = this.modelIds.get(k);
    if (id === undefined) {
      id = this.modelKeys.length;
      this.modelKeys.push(key);
      this.modelDev.push(dev);
      this.modelBase.push(bas);
      this.modelIds.set(k, id);
    }
    return id;
  }

  licenseId(raw: string | null): number {
    let id = this.licenseIds.get(raw);
    if (id === undefined) {
      id = this.licenses.length;
      if (id >= 0xffff) throw new Error("more than 65,534 distinct licence strings on one board");
      this.licenses.push(raw);
      this.licenseIds.set(raw, id);
    }
    return id;
  }

  /** Starts a snapshot; dates must come in ascending order. */
  snapshot(date: string): void {
    this.closeSnapshot();
    this.dates.push(date);
    this.starts.push(this.n);
  }

  /** Adds one row to the current snapshot. */
  push(
    model: number,
    rank: number,
    rankOfficial: number | null,
    score: number,
    ciLower: number | null,
    ciUpper: number | null,
    official: boolean | null,
    license: number,
    scoreRank?: number,
    scoreRankOfficial?: number | null,
  ): void {
    const i = this.n++;
    if (this.n > this.model.a.length) {
      this.model.ensure(this.n);
      this.rank.ensure(this.n);
      this.scoreRank.ensure(this.n);
      this.score.ensure(this.n);
      this.license.ensure(this.n);
    }
    this.model.a[i] = model;
    this.rank.a[i] = rank;
    this.score.a[i] = score;
    this.license.a[i] = license;
    const given = scoreRank !== undefined;
    if (this.givenRanks === null) this.givenRanks = given;
    else if (this.givenRanks !== given) throw new Error("score ranks must be given for every row or for none");
    this.scoreRank.a[i] = scoreRank ?? 0;
    if (ciLower !== null || ciUpper !== null) this.hasCi = true;
    if (this.hasCi) {
      if (this.n > this.ciLower.a.length) {
        // Sized like the other columns, so a load that knew its row count allocates once here too.
        this.ciLower.ensure(Math.max(this.n, this.model.a.length));
        this.ciUpper.ensure(Math.max(this.n, this.model.a.length));
      }
      this.ciLower.a[i] = ciLower ?? NaN;
      this.ciUpper.a[i] = ciUpper ?? NaN;
    }
    if (this.hasOfficial) {
      this.rankOfficial.ensure(this.n);
      this.scoreRankOfficial.ensure(this.n);
      this.official.ensure(this.n);
      this.rankOfficial.a[i] = rankOfficial ?? RANK_NULL;
      this.official.a[i] = official === null ? OFFICIAL_NULL : official ? 1 : 0;
      this.scoreRankOfficial.a[i] = scoreRankOfficial ?? RANK_NULL;
    }
  }

  /** Adds one row from its fields. */
  row(r: ColumnarRow): void {
    this.push(
      this.modelId(r.model, r.countryDeveloper, r.countryBase),
      r.rank,
      r.rankOfficial,
      r.score,
      r.ciLower,
      r.ciUpper,
      r.official,
      this.licenseId(r.license),
      r.scoreRank,
      r.scoreRank === undefined ? undefined : (r.scoreRankOfficial ?? null),
    );
  }

  private closed = 0;
  private ranksOfKeys: Int32Array | null = null;

  /** Each model's place among the model keys in JavaScript string order, recomputed when models were added. */
  private keyRanks(): Int32Array {
    if (this.ranksOfKeys?.length !== this.modelKeys.length) this.ranksOfKeys = keyRanks(this.modelKeys);
    return this.ranksOfKeys;
  }

  /** Puts the last snapshot's rows in score order and computes their score ranks. */
  private closeSnapshot(): void {
    const s = this.dates.length - 1;
    if (s < 0 || this.closed > s) return;
    this.closed = s + 1;
    const start = this.starts[s];
    const end = this.n;
    const len = end - start;
    if (len === 0) return;
    const score = this.score.a;
    const model = this.model.a;
    // Rows usually arrive by score (load-frame.ts reads them so) with ties in any order: a linear pass then puts
    // each run of equal scores in key order, and only rows out of score order make the whole snapshot sorted.
    const order = scoreOrder(start, end, score, model, this.keyRanks());
    if (order !== null) {
      const permute = <T extends Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array>(col: T) => {
        if (col.length < end) return;
        const tmp = col.slice(start, end);
        for (let k = 0; k < len; k++) col[start + k] = tmp[order[k] - start];
      };
      permute(this.model.a);
      permute(this.rank.a);
      permute(this.scoreRank.a);
      permute(this.score.a);
      permute(this.license.a);
      if (this.hasCi) {
        permute(this.ciLower.a);
        permute(this.ciUpper.a);
      }
      if (this.hasOfficial) {
        permute(this.rankOfficial.a);
        permute(this.scoreRankOfficial.a);
        permute(this.official.a);
      }
    }
    if (!this.givenRanks) {
      // Competition ranks ("1224") of rows already in score order, among all rows and among the official ones.
      const rank = this.scoreRank.a;
      for (let r = start; r < end; r++) rank[r] = r > start && score[r] === score[r - 1] ? rank[r - 1] : r - start + 1;
      if (this.hasOfficial) {
        const official = this.official.a;
        const rankOfficial = this.scoreRankOfficial.a;
        let position = 0;
        let prev = -1;
        for (let r = start; r < end; r++) {
          if (official[r] !== 1) continue;
          position++;
          rankOfficial[r] = prev !== -1 && score[r] === score[prev] ? rankOfficial[prev] : position;
          prev = r;
        }
      }
    }
  }

  finish(meta: FrameMetaFields): ColumnarFrame {
    this.closeSnapshot();
    const n = this.n;
    const off = new Uint32Array(this.dates.length + 1);
    off.set(this.starts);
    off[this.dates.length] = n;
    return new ColumnarFrame({
      board: this.board,
      dates: this.dates,
      offsets: off,
      modelKeys: this.modelKeys,
      modelDev: Uint16Array.from(this.modelDev),
      modelBase: Uint16Array.from(this.modelBase),
      countries: this.countries,
      licenses: this.licenses,
      model: this.model.trim(n),
      rank: this.rank.trim(n),
      scoreRank: this.scoreRank.trim(n),
      score: this.score.trim(n),
      license: this.license.trim(n),
      ciLower: this.hasCi ? this.ciLower.trim(n) : null,
      ciUpper: this.hasCi ? this.ciUpper.trim(n) : null,
      rankOfficial: this.hasOfficial ? this.rankOfficial.trim(n) : null,
      scoreRankOfficial: this.hasOfficial ? this.scoreRankOfficial.trim(n) : null,
      official: this.hasOfficial ? this.official.trim(n) : null,
      ...meta,
    });
  }
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Per model index, its place among `keys` in JavaScript string order: comparing two places compares the keys. */
export function keyRanks(keys: readonly string[]): Int32Array {
  const order = Array.from({ length: keys.length }, (_, k) => k).sort((x, y) => compareKeys(keys[x], keys[y]));
  const out = new Int32Array(keys.length);
  // Equal keys (one key under two attributions) share a place, as compareKeys finds them equal.
  order.forEach((m, place) => (out[m] = place > 0 && keys[order[place - 1]] === keys[m] ? out[order[place - 1]] : place));
  return out;
}

/**
 * Rows start..end-1 by score (highest first), equal scores by model key (`keyRank`, see keyRanks), or null when they
 * already are. Rows that are by score already, ties in any order, cost one pass and a sort of each tie that is out
 * of key order; others a sort of the whole snapshot.
 */
export function scoreOrder(start: number, end: number, score: ArrayLike<number>, model: ArrayLike<number>, keyRank: Int32Array): number[] | null {
  const before = (x: number, y: number) => score[y] - score[x] || keyRank[model[x]] - keyRank[model[y]];
  let byScore = true;
  for (let r = start + 1; r < end && byScore; r++) byScore = !(score[r] > score[r - 1]);
  if (!byScore) {
    const order = Array.from({ length: end - start }, (_, k) => start + k);
    return order.sort(before);
  }
  let order: number[] | null = null;
  for (let r = start; r < end; ) {
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

interface FrameColumns extends FrameMetaFields {
  board: BoardSlug;
  dates: string[];
  offsets: Uint32Array;
  modelKeys: string[];
  modelDev: Uint16Array;
  modelBase: Uint16Array;
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
interface Order {
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

export class ColumnarFrame implements BoardFrame {
  /** A brand, not `instanceof`: the frame cache is shared by bundles that each have their own copy of this class. */
  readonly columnar = true;
  readonly board: BoardSlug;
  readonly dates: string[];
  readonly offsets: Uint32Array;
  readonly modelKeys: string[];
  readonly modelDev: Uint16Array;
  readonly modelBase: Uint16Array;
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
  private snapshotViews: FrameSnapshot[] | null = null;

  constructor(c: FrameColumns) {
    this.board = c.board;
    this.dates = c.dates;
    this.offsets = c.offsets;
    this.modelKeys = c.modelKeys;
    this.modelDev = c.modelDev;
    this.modelBase = c.modelBase;
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
    this.licenseClass = Uint8Array.from(this.licenses.map((l) => LICENSE_CLASSES.indexOf(entryLicenseClass(this.board, l))));

    const S = this.dates.length;
    const n = this.score.length;
    // Orders by rank rule, before narrowing (the comparators read the 32-bit columns).
    const allRows = (s: number) => Array.from({ length: this.offsets[s + 1] - this.offsets[s] }, (_, k) => this.offsets[s] + k);
    const keyRank = keyRanks(this.modelKeys);
    let widest = 0;
    for (let s = 0; s < S; s++) widest = Math.max(widest, this.offsets[s + 1] - this.offsets[s]);
    const orderBy = (rankOf: (row: number) => number, rows: ((s: number) => number[]) | null, size: number, offsetsOut: number[]): { index: IndexColumn; identity: boolean; max: number } => {
      const compare = (x: number, y: number) => rankOf(x) - rankOf(y) || this.score[y] - this.score[x] || keyRank[this.model[x]] - keyRank[this.model[y]];
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
      const effective = (own: Int32Array, fallback: Int32Array) => (r: number) => (own[r] === RANK_NULL ? fallback[r] : own[r]);
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
      this.offsets, this.modelDev, this.modelBase, this.model, this.rank, this.scoreRank, this.score, this.license, this.ciLower,
      this.ciUpper, this.rankOfficial, this.scoreRankOfficial, this.official, this.licenseClass, this.byScoreRank, this.byPublished,
      this.officialOffsets, this.officialByScoreRank, this.officialByPublished, this.officialCount, this.counts,
    ];
    let total = 0;
    for (const a of arrays) if (a) total += a.byteLength;
    for (const k of this.modelKeys) total += 40 + 2 * k.length;
    for (const d of this.dates) total += 40 + 2 * d.length;
    return total + 64 * this.modelKeys.length;
  }

  /** The object view of one snapshot's entries, built on each call (score order). */
  entriesAt(s: number): FrameEntry[] {
    const out: FrameEntry[] = [];
    for (let r = this.offsets[s]; r < this.offsets[s + 1]; r++) out.push(this.entryAt(r));
    return out;
  }

  entryAt(r: number): FrameEntry {
    const m = this.model[r];
    const ro = this.rankOfficial ? this.rankOfficial[r] : this.officialNil;
    const sro = this.scoreRankOfficial ? this.scoreRankOfficial[r] : this.officialNil;
    const off = this.official ? this.official[r] : OFFICIAL_NULL;
    const lo = this.ciLower ? this.ciLower[r] : NaN;
    const hi = this.ciUpper ? this.ciUpper[r] : NaN;
    return {
      model: this.modelKeys[m],
      rank: this.rank[r],
      rankOfficial: ro === this.officialNil ? null : ro,
      scoreRank: this.scoreRank[r],
      scoreRankOfficial: sro === this.officialNil ? null : sro,
      score: this.score[r],
      ciLower: Number.isNaN(lo) ? null : lo,
      ciUpper: Number.isNaN(hi) ? null : hi,
      official: off === OFFICIAL_NULL ? null : off === 1,
      license: this.licenses[this.license[r]],
      countryDeveloper: this.countries[this.modelDev[m]],
      countryBase: this.countries[this.modelBase[m]],
    };
  }

  /**
   * The object view (BoardFrame) for readers that still walk entries: each snapshot's `entries` is built when read
   * and not kept, so the frame's memory stays columnar.
   */
  get snapshots(): FrameSnapshot[] {
    if (this.snapshotViews) return this.snapshotViews;
    const entriesAt = (s: number) => this.entriesAt(s);
    const views: FrameSnapshot[] = this.dates.map((date, s) => ({
      date,
      get entries() {
        return entriesAt(s);
      },
    }));
    this.snapshotViews = views;
    return views;
  }

  /** The population the filters choose on this frame. */
  population(filters: StandingsFilters): Population {
    const officialOnly = filters.official && BOARDS[this.board].hasOfficial && this.official !== null;
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
export function topNAll(p: Population, keys: readonly KeyQuery[], s: number, n: number, mine: Int32Array, first: Int32Array): number {
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

const converted = new WeakMap<BoardFrame, ColumnarFrame>();

/** The columnar form of a frame: itself, or built once from an object frame (fixtures and tests). */
export function columnarOf(frame: BoardFrame & Partial<FrameMetaFields>): ColumnarFrame {
  if ((frame as Partial<ColumnarFrame>).columnar === true) return frame as ColumnarFrame;
  const hit = converted.get(frame);
  if (hit) return hit;
  const b = new ColumnarBuilder(frame.board);
  const snapshots = [...frame.snapshots].sort((x, y) => compareKeys(x.date, y.date));
  for (const s of snapshots) {
    b.snapshot(s.date);
    for (const e of s.entries) b.row({ ...e, ciLower: e.ciLower ?? null, ciUpper: e.ciUpper ?? null });
  }
  const out = b.finish({ updatedAt: frame.updatedAt ?? null, asOf: frame.asOf ?? null });
  converted.set(frame, out);
  return out;
}

/**
 * Per country (under the population's attribution), its best-ranked counted row (rank, then model key) and its
 * highest-scoring one (score, then model key) in snapshot s, as counted entries. Whatever is decided per country
 * or group from the best rank and best score alone (the milestones) reads the same from these few rows as from the
 * whole snapshot.
 */
export function countryBests(p: Population, s: number): { model: string; rank: number; score: number; country: string | null }[] {
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
    if (br === -1 || p.rankOf(r) < p.rankOf(br) || (p.rankOf(r) === p.rankOf(br) && keyOf(r) < keyOf(br))) byRank[c] = r;
    const bs = byScore[c];
    if (bs === -1 || f.score[r] > f.score[bs] || (f.score[r] === f.score[bs] && keyOf(r) < keyOf(bs))) byScore[c] = r;
  }
  const rows = new Set<number>();
  for (let c = 0; c < C; c++) {
    if (byRank[c] !== -1) rows.add(byRank[c]);
    if (byScore[c] !== -1) rows.add(byScore[c]);
  }
  return [...rows].map((r) => ({ model: keyOf(r), rank: p.rankOf(r), score: f.score[r], country: f.countries[p.countryOf[f.model[r]]] }));
}
