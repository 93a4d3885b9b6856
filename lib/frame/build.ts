// Builds a ColumnarFrame snapshot by snapshot (frame.ts describes the layout): load.ts fills it from PostgreSQL,
// `columnarOf` from an object frame (tests and fixtures).
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import type { BoardFrame } from "@/lib/frame/objects";
import {
  ColumnarFrame,
  compareKeys,
  keyRanks,
  OFFICIAL_NULL,
  RANK_NULL,
  scoreOrder,
  type FrameMetaFields,
  type OrgRef,
} from "@/lib/frame/frame";

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

/** One row as a builder takes it. Score ranks are computed unless given (object frames carry their own). */
export interface ColumnarRow {
  model: string;
  countryDeveloper: string | null;
  countryBase: string | null;
  /** The developer's and the base model's organization; absent = unattributed (fixtures that only need countries). */
  orgDeveloper?: OrgRef | null;
  orgBase?: OrgRef | null;
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
  private readonly modelDevOrg: number[] = [];
  private readonly modelBaseOrg: number[] = [];
  private readonly orgIds = new Map<string, number>();
  private readonly orgs: (OrgRef | null)[] = [null];
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
    this.hasOfficial = boardInfo(board).hasOfficial;
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

  /** An organization's index (0 for none), interned by slug. */
  private orgId(org: OrgRef | null | undefined): number {
    if (!org) return 0;
    let id = this.orgIds.get(org.slug);
    if (id === undefined) {
      id = this.orgs.length;
      if (id > 0xffff) throw new Error("more than 65,535 organizations on one board");
      this.orgs.push({ slug: org.slug, name: org.name });
      this.orgIds.set(org.slug, id);
    }
    return id;
  }

  /**
   * The model's index; a model is its key with its two countries and organizations (all per model in the store).
   */
  modelId(
    key: string,
    developer: string | null,
    base: string | null,
    orgDeveloper?: OrgRef | null,
    orgBase?: OrgRef | null,
  ): number {
    const dev = this.countryId(developer);
    const bas = this.countryId(base);
    const devOrg = this.orgId(orgDeveloper);
    const baseOrg = this.orgId(orgBase);
    const k = `${dev}|${bas}|${devOrg}|${baseOrg}|${key}`;
    let id = this.modelIds.get(k);
    if (id === undefined) {
      id = this.modelKeys.length;
      this.modelKeys.push(key);
      this.modelDev.push(dev);
      this.modelBase.push(bas);
      this.modelDevOrg.push(devOrg);
      this.modelBaseOrg.push(baseOrg);
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
      this.modelId(r.model, r.countryDeveloper, r.countryBase, r.orgDeveloper, r.orgBase),
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
      modelDevOrg: Uint16Array.from(this.modelDevOrg),
      modelBaseOrg: Uint16Array.from(this.modelBaseOrg),
      orgs: this.orgs,
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

/** What the pure functions take: a columnar frame, or an object frame they convert once (tests and fixtures). */
export type FrameInput = ColumnarFrame | BoardFrame;

const converted = new WeakMap<BoardFrame, ColumnarFrame>();

/** The columnar form of a frame: itself, or built once from an object frame (fixtures and tests). */
export function columnarOf(frame: FrameInput & Partial<FrameMetaFields>): ColumnarFrame {
  if ((frame as Partial<ColumnarFrame>).columnar === true) return frame as ColumnarFrame;
  const objects = frame as BoardFrame & Partial<FrameMetaFields>;
  const hit = converted.get(objects);
  if (hit) return hit;
  const b = new ColumnarBuilder(objects.board);
  const snapshots = [...objects.snapshots].sort((x, y) => compareKeys(x.date, y.date));
  for (const s of snapshots) {
    b.snapshot(s.date);
    for (const e of s.entries) b.row({ ...e, ciLower: e.ciLower ?? null, ciUpper: e.ciUpper ?? null });
  }
  const out = b.finish({ updatedAt: objects.updatedAt ?? null, asOf: objects.asOf ?? null });
  converted.set(objects, out);
  return out;
}
