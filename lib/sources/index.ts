// Upstream adapters: fetch, decode and validate into SourceSnapshot values. No database access here.
export { SourceError, type SourceRow, type SourceSnapshot } from "@/lib/sources/types";
export {
  DEFAULT_HF_ENDPOINT,
  HUB_DEFAULTS,
  getBytes,
  getJson,
  getJsonPages,
  hubUrl,
  parseNextLink,
  type HubOptions,
  type HubProgress,
} from "@/lib/sources/hub";
export { competitionRanks, contentHash, dedupeByKey } from "@/lib/sources/rows";
export { fetchArenaSnapshots, type ArenaMode } from "@/lib/sources/lmarena";
export { fetchHfRevision, listHfRevisions, normaliseBaseModel, type HfRevision } from "@/lib/sources/hf-open-llm";
