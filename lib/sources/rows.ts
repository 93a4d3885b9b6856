// Pure helpers shared by the adapters: competition ranks, duplicate handling, canonical hashing.
import { createHash } from "node:crypto";
import { SourceError, type SourceRow } from "@/lib/sources/types";

export { competitionRanks } from "./competition-rank";

const ROW_FIELDS = [
  "key",
  "name",
  "organization",
  "namespace",
  "baseModel",
  "license",
  "rank",
  "rankOfficial",
  "score",
  "ciLower",
  "ciUpper",
  "votes",
  "official",
] as const satisfies readonly (keyof SourceRow)[];

/** JSON of a row with a fixed field order and sorted `extra` keys, so equal rows serialise equally. */
export function canonicalRowJson(row: SourceRow): string {
  const extra = row.extra;
  const values: unknown[] = ROW_FIELDS.map((field) => row[field]);
  values.push(
    extra
      ? Object.keys(extra)
          .sort()
          .map((k) => [k, extra[k]])
      : null,
  );
  return JSON.stringify(values);
}

const byKey = (a: SourceRow, b: SourceRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Feeds typed values into sha256 through one reusable buffer: a tag byte per value, then strings as
 * length-prefixed UTF-8 and numbers as float64. Equal rows hash equally; formatting numbers as text
 * (JSON) cost more than the whole parquet decode, and this does not.
 */
class CanonicalHasher {
  private readonly hash = createHash("sha256");
  private buf = Buffer.allocUnsafe(1 << 16);
  private pos = 0;

  private room(n: number) {
    if (this.pos + n <= this.buf.length) return;
    this.hash.update(this.buf.subarray(0, this.pos));
    this.pos = 0;
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n);
  }

  value(v: unknown): void {
    if (v === null || v === undefined) {
      this.room(1);
      this.buf[this.pos++] = 0;
    } else if (typeof v === "number") {
      this.room(9);
      this.buf[this.pos++] = 1;
      this.pos = this.buf.writeDoubleLE(v, this.pos);
    } else if (typeof v === "boolean") {
      this.room(1);
      this.buf[this.pos++] = v ? 2 : 3;
    } else {
      const text = String(v);
      this.room(5 + text.length * 3);
      this.buf[this.pos++] = 4;
      const written = this.buf.write(text, this.pos + 4, "utf8");
      this.buf.writeUInt32LE(written, this.pos);
      this.pos += 4 + written;
    }
  }

  digest(): string {
    this.hash.update(this.buf.subarray(0, this.pos));
    return this.hash.digest("hex");
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** sha256 hex over the rows' canonical values, rows sorted by key (code-unit order, locale independent). */
export function contentHash(rows: readonly SourceRow[]): string {
  const h = new CanonicalHasher();
  // Rows of one source share their extras' keys in one order: sort them once, while the order repeats.
  let lastKeys: string[] = [];
  let lastSorted: string[] = [];
  for (const row of [...rows].sort(byKey)) {
    for (const field of ROW_FIELDS) h.value(row[field]);
    const extra = row.extra;
    if (extra === null) h.value(null);
    else {
      const own = Object.keys(extra);
      if (!sameKeys(own, lastKeys)) {
        lastKeys = own;
        lastSorted = [...own].sort();
      }
      const keys = lastSorted;
      h.value(keys.length);
      for (const k of keys) {
        h.value(k);
        h.value(extra[k]);
      }
    }
  }
  return h.digest();
}

/**
 * Keeps the first of rows that repeat a key. A repeat that is identical in every mapped field is
 * dropped silently (upstream has published verbatim repeats); a repeat that differs is a data error,
 * since we cannot know which one the board meant.
 */
export function dedupeByKey(rows: readonly SourceRow[], where: string): SourceRow[] {
  const first = new Map<string, SourceRow>();
  const kept: SourceRow[] = [];
  for (const row of rows) {
    const previous = first.get(row.key);
    if (previous === undefined) {
      first.set(row.key, row);
      kept.push(row);
    } else if (canonicalRowJson(previous) !== canonicalRowJson(row)) {
      throw new SourceError(`${where}: conflicting duplicate rows for key "${row.key}"`, "data");
    }
  }
  return kept;
}

/** Output order: rank ascending, then key. */
export function sortByRank(rows: readonly SourceRow[]): SourceRow[] {
  return [...rows].sort((a, b) => a.rank - b.rank || byKey(a, b));
}

/**
 * The hash of a whole snapshot: the overall rows' hash alone when there are no other categories (so such snapshots
 * hash as they always did), else a hash over it and each category's name and rows' hash, categories in name order.
 */
export function snapshotHash(
  rows: readonly SourceRow[],
  categories: readonly { category: string; rows: readonly SourceRow[] }[] = [],
): string {
  const overall = contentHash(rows);
  if (categories.length === 0) return overall;
  const h = createHash("sha256").update(overall);
  for (const c of [...categories].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0))) {
    h.update(`\n${c.category}\t${contentHash(c.rows)}`);
  }
  return h.digest("hex");
}
