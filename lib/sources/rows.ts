// Pure helpers shared by the adapters: competition ranks, duplicate handling, canonical hashing.
import { createHash } from "node:crypto";
import { SourceError, type SourceRow } from "@/lib/sources/types";

/**
 * Standard competition ranking ("1224"), higher score first: tied scores share a rank and the next
 * distinct score skips the tied places. Returns ranks in input order.
 */
export function competitionRanks(scores: readonly number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const ranks = new Array<number>(scores.length);
  order.forEach((index, position) => {
    const prev = position > 0 ? order[position - 1] : -1;
    ranks[index] = prev >= 0 && scores[prev] === scores[index] ? ranks[prev] : position + 1;
  });
  return ranks;
}

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

/** JSON of one row with a fixed field order and sorted `extra` keys, so equal rows serialise equally. */
export function canonicalRowJson(row: SourceRow): string {
  const values: unknown[] = ROW_FIELDS.map((field) => row[field]);
  const extra = row.extra
    ? Object.keys(row.extra)
        .sort()
        .map((k) => [k, row.extra![k]])
    : null;
  values.push(extra);
  return JSON.stringify(values);
}

const byKey = (a: SourceRow, b: SourceRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** sha256 hex over the canonical rows, sorted by key (code-unit order, locale independent). */
export function contentHash(rows: readonly SourceRow[]): string {
  const hash = createHash("sha256");
  hash.update("[");
  [...rows].sort(byKey).forEach((row, i) => hash.update((i ? "," : "") + canonicalRowJson(row)));
  hash.update("]");
  return hash.digest("hex");
}

/**
 * Keeps the first of rows that repeat a key. A repeat that is identical in every mapped field is
 * dropped silently (upstream has published verbatim repeats); a repeat that differs is a data error,
 * since we cannot know which one the board meant.
 */
export function dedupeByKey(rows: readonly SourceRow[], where: string): SourceRow[] {
  const seen = new Map<string, string>();
  const kept: SourceRow[] = [];
  for (const row of rows) {
    const json = canonicalRowJson(row);
    const previous = seen.get(row.key);
    if (previous === undefined) {
      seen.set(row.key, json);
      kept.push(row);
    } else if (previous !== json) {
      throw new SourceError(`${where}: conflicting duplicate rows for key "${row.key}"`, "data");
    }
  }
  return kept;
}

/** Output order: rank ascending, then key. */
export function sortByRank(rows: readonly SourceRow[]): SourceRow[] {
  return [...rows].sort((a, b) => a.rank - b.rank || byKey(a, b));
}
