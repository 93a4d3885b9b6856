// Every source ingest knows, in the order a run takes them. Adding a source: write its adapter, list it here. A
// family (LMArena's configs) lists its boards itself at run time (lib/sources/source.ts, SourceFamily).
import { arenaPriceSource } from "@/lib/sources/arena-prices";
import { hfSource } from "@/lib/sources/hf-open-llm";
import { arenaFamily } from "@/lib/sources/lmarena";
import type { PlanItem, Source, SourceFamily } from "@/lib/sources/source";

// A source's item type is its own business; ingest only passes items from plan() back to load().
export type AnySource = Source<PlanItem & Record<string, unknown>>;

/** The sources whose keys are fixed. */
export const SOURCES: readonly AnySource[] = [hfSource, arenaPriceSource] as unknown as AnySource[];
export const SOURCE_KEYS: readonly string[] = SOURCES.map((s) => s.key);

/** The families, taken before the fixed sources (the arena boards first, as before there were several). */
export const FAMILIES: readonly SourceFamily[] = [arenaFamily(SOURCE_KEYS)];

/** Whether `key` names a source: a fixed one, or a board a family may list. */
export function isSourceKey(key: string): boolean {
  return SOURCE_KEYS.includes(key) || FAMILIES.some((f) => f.owns(key));
}

/** The keys a command line takes, for its usage line: the families' patterns and the fixed keys. */
export function sourceKeyForms(): string[] {
  return [...FAMILIES.map((f) => f.keyPattern), ...SOURCE_KEYS];
}
