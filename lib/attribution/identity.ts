// One model identity across boards: which HF Open LLM Leaderboard rows are the same model as an arena key.
//
// The rule (documented in README "Model identity across boards"):
//  1. A curated entry (identity-map.ts) for the arena key decides alone: its HF fullnames, or nothing.
//  2. Otherwise an HF row is the arena model's twin when
//     a. its Hub namespace belongs to the arena model's developer organization in the registry, so re-uploads,
//        mirrors and community fine-tunes (other namespaces) never match; and
//     b. its repo name equals the arena key after normalisation (lower case; `.`, `_`, spaces and `-` as one
//        separator; a trailing `-hf` conversion tag and a leading `meta-` before `llama` and `c4ai-` dropped),
//        so a different size, version, tune (`-dpo`, `-sft`) or format (`-awq`, `-gguf`) never matches; and
//     c. its name carries no quantisation or merge tag that the arena key lacks (a second guard for 2b).
// All HF rows of a matched repo match: the board evaluates some repos at several precisions (separate keys).
import { organizationByNamespace } from "./registry";
import { ARENA_HF_TWINS } from "./identity-map";

export interface ArenaModelRef {
  key: string;
  /** Slug of the developer organization the arena model is attributed to; null = unattributed. */
  orgSlug: string | null;
}

export interface HfModelRef {
  /** eval_name: fullname plus precision. */
  key: string;
  /** `namespace/repo`. */
  fullname: string;
}

/** Tags that mark a quantised, converted or merged derivative; never part of an original's identity. */
const DERIVATIVE =
  /(?:^|-)(?:gguf|gptq|awq|exl2|bnb|hqq|mlx|[248]bit|int[48]|nf4|merge[ds]?|slerp|ties|dare|abliterated|uncensored)(?:-|$)/;

/** The comparable form of a model name (see rule 2b). */
export function normalizeModelName(name: string): string {
  let s = name.normalize("NFKC").toLowerCase().trim();
  s = s.replace(/[\s._-]+/g, "-").replace(/^-+|-+$/g, "");
  s = s.replace(/-hf$/, "");
  s = s.replace(/^meta-(?=llama)/, "");
  s = s.replace(/^c4ai-/, "");
  return s;
}

function repoOf(fullname: string): string {
  const i = fullname.indexOf("/");
  return i < 0 ? fullname : fullname.slice(i + 1);
}

function namespaceOf(fullname: string): string {
  const i = fullname.indexOf("/");
  return i < 0 ? "" : fullname.slice(0, i);
}

/** Whether an HF repo name carries a derivative tag (quantisation, merge) that the arena name does not. */
export function isDerivativeOf(hfRepo: string, arenaKey: string): boolean {
  const hf = normalizeModelName(hfRepo).match(DERIVATIVE)?.[0];
  return hf !== undefined && !normalizeModelName(arenaKey).includes(hf.replace(/^-|-$/g, ""));
}

export interface TwinIndex {
  /** Arena key → HF keys, in HF key order. */
  arenaToHf: Map<string, string[]>;
  /** HF key → arena keys. */
  hfToArena: Map<string, string[]>;
}

/** Pairs every arena model with its HF twins by the rule above. Pure; O(arena + hf). */
export function matchTwins(arena: readonly ArenaModelRef[], hf: readonly HfModelRef[]): TwinIndex {
  const byFullname = new Map<string, HfModelRef[]>();
  // (organization slug, normalised repo name) → HF rows, for rule 2.
  const byOrgName = new Map<string, HfModelRef[]>();
  for (const m of [...hf].sort((a, b) => a.key.localeCompare(b.key))) {
    const full = m.fullname.toLowerCase();
    byFullname.set(full, [...(byFullname.get(full) ?? []), m]);
    const org = organizationByNamespace(namespaceOf(m.fullname));
    if (!org) continue;
    const k = `${org.slug}|${normalizeModelName(repoOf(m.fullname))}`;
    byOrgName.set(k, [...(byOrgName.get(k) ?? []), m]);
  }
  const arenaToHf = new Map<string, string[]>();
  const hfToArena = new Map<string, string[]>();
  for (const a of arena) {
    let twins: HfModelRef[];
    if (Object.hasOwn(ARENA_HF_TWINS, a.key)) {
      twins = ARENA_HF_TWINS[a.key].flatMap((f) => byFullname.get(f.toLowerCase()) ?? []);
    } else if (a.orgSlug === null) {
      twins = [];
    } else {
      twins = (byOrgName.get(`${a.orgSlug}|${normalizeModelName(a.key)}`) ?? []).filter(
        (m) => !isDerivativeOf(repoOf(m.fullname), a.key),
      );
    }
    if (twins.length === 0) continue;
    arenaToHf.set(
      a.key,
      twins.map((m) => m.key),
    );
    for (const m of twins) hfToArena.set(m.key, [...(hfToArena.get(m.key) ?? []), a.key]);
  }
  return { arenaToHf, hfToArena };
}
