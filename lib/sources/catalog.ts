// Every source ingest knows, in the order a run takes them. Adding a source: write its adapter, list it here.
import { arenaPriceSource } from "@/lib/sources/arena-prices";
import { hfSource } from "@/lib/sources/hf-open-llm";
import { arenaSource } from "@/lib/sources/lmarena";
import type { PlanItem, Source } from "@/lib/sources/source";

// A source's item type is its own business; ingest only passes items from plan() back to load().
export type AnySource = Source<PlanItem & Record<string, unknown>>;

export const SOURCES: readonly AnySource[] = [arenaSource, hfSource, arenaPriceSource] as unknown as AnySource[];
export const SOURCE_KEYS: readonly string[] = SOURCES.map((s) => s.key);
