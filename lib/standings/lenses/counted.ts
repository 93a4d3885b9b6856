// What every lens walks: the snapshots of a frame in [from, to], each with its counted entries under the filters,
// read from the frame's columns (lib/frame/columnar.ts countedEntries).
import { columnarOf, type FrameInput } from "@/lib/frame/build";
import { countedEntries } from "@/lib/frame/walkers";
import type { CountedEntry } from "@/lib/frame/walkers";
import type { StandingsFilters } from "@/lib/frame/filters";
import { indexRange } from "../metrics";

export interface CountedSnapshot {
  date: string;
  /** The snapshot's index in the frame. */
  index: number;
  pop: CountedEntry[];
}

/** The frame's snapshots in [from, to], oldest first, each with its counted entries. */
export function* snapshotsIn(
  frame: FrameInput,
  q: { from?: string; to?: string; filters: StandingsFilters },
): Generator<CountedSnapshot> {
  const f = columnarOf(frame);
  const p = f.population(q.filters);
  const [start, end] = indexRange(f.dates, q.from, q.to);
  for (let s = start; s < end; s++) yield { date: f.dates[s], index: s, pop: countedEntries(p, s) };
}
