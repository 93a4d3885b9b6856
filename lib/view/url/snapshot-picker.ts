// The ranking's snapshot menu over a long history. Today's arena has 110 snapshots: one menu lists them all. Ten years
// of daily snapshots are 3,650, a menu no one can scroll and about 0.25 MB of the page's HTML; above PICKER_LIMIT the
// panel asks for a year first and the snapshot menu lists that year's snapshots (at most 366). Pure: the panel draws it.
import type { SnapshotListItem } from "@/lib/standings/types";

/** Most snapshots one menu lists; above it, a year menu comes first. */
export const PICKER_LIMIT = 400;

export interface SnapshotPicker {
  /** Years with a snapshot, newest first; null when one menu lists every snapshot. */
  years: string[] | null;
  /** The year of the shown snapshot (the year menu's value); null without a year menu or snapshots. */
  year: string | null;
  /** What the snapshot menu lists, newest first. */
  options: SnapshotListItem[];
  /** The newest snapshot date (the menu's "latest" entry, value ""). */
  latest: string | null;
}

/** The menus for showing `date` (null: the latest) among `snapshots` (any order). */
export function snapshotPicker(
  snapshots: readonly SnapshotListItem[],
  date: string | null,
  limit = PICKER_LIMIT,
): SnapshotPicker {
  const newestFirst = [...snapshots].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
  const latest = newestFirst[0]?.date ?? null;
  if (newestFirst.length <= limit) return { years: null, year: null, options: newestFirst, latest };
  const shown = date !== null && newestFirst.some((s) => s.date === date) ? date : latest!;
  const year = shown.slice(0, 4);
  const years = [...new Set(newestFirst.map((s) => s.date.slice(0, 4)))];
  return { years, year, options: newestFirst.filter((s) => s.date.startsWith(year)), latest };
}

/** The view's `date` after choosing a year: the year's newest snapshot, or null (the latest) in the newest year. */
export function dateForYear(snapshots: readonly SnapshotListItem[], year: string): string | null {
  let best: string | null = null;
  let latest: string | null = null;
  for (const s of snapshots) {
    if (latest === null || s.date > latest) latest = s.date;
    if (s.date.startsWith(year) && (best === null || s.date > best)) best = s.date;
  }
  return best === latest ? null : best;
}

/**
 * A board's snapshot list in columns, dates ascending: what the dashboard's cache (and so the page's payload) holds.
 * About a third of the size of the API's list of objects (bench/results.md).
 */
export interface SnapshotIndex {
  dates: string[];
  entries: number[];
  /** null when no snapshot has the count (boards without the official flag). */
  officialEntries: (number | null)[] | null;
}

// The service hands back one list object per data version (lib/reads/memo.ts): index it once.
const indexed = new WeakMap<readonly SnapshotListItem[], SnapshotIndex>();

export function toSnapshotIndex(list: readonly SnapshotListItem[]): SnapshotIndex {
  const known = indexed.get(list);
  if (known) return known;
  const sorted = [...list].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const official = sorted.map((s) => s.officialEntries);
  const index = {
    dates: sorted.map((s) => s.date),
    entries: sorted.map((s) => s.entries),
    officialEntries: official.every((x) => x === null) ? null : official,
  };
  indexed.set(list, index);
  return index;
}

export function fromSnapshotIndex(index: SnapshotIndex): SnapshotListItem[] {
  return index.dates.map((date, i) => ({
    date,
    entries: index.entries[i],
    officialEntries: index.officialEntries?.[i] ?? null,
  }));
}
