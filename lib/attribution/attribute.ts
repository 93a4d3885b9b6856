// Attribution: which organization a model counts for, in `developer` and `base` mode
// (DESIGN.md "attribution mode"). Pure functions over the curated registry; no I/O.
import { ARCHITECTURE_RULES, BASE_FAMILY_SHORTHANDS, NOT_A_BASE_FAMILY } from "./base-families";
import { indexByFullname, namespaceOf, repoOf, walkLineage, type Lineage } from "./hf-lineage";
import {
  ARENA_BASE_RULES,
  ARENA_CODENAMES,
  ARENA_MODEL_ORGS,
  BASE_FAMILY_RULES,
  MODEL_FAMILY_RULES,
  matchRule,
  organizationByAlias,
  organizationByNamespace,
  type PatternRule,
  reuploadNamespace,
} from "./registry";
import type { ArenaRule } from "./schema";

export { findOrganization, ORGANIZATIONS } from "./registry";
export type { Organization } from "./schema";

export type ModelFacts = {
  key: string;
  name: string;
  organization: string | null;
  namespace: string | null;
  baseModel: string | null;
  /** HF only: the weights' Transformers class (the `Architecture` column), when known. Base mode's last evidence. */
  architecture?: string | null;
  /** HF only: the submitter's model type (the `Type` column, e.g. "🟢 pretrained"), when known. */
  type?: string | null;
};

/** `why` is a human-readable trail of the rules applied, shown next to the attribution. */
export type Attribution = { orgSlug: string | null; why: string };
export type ModelAttribution = { developer: Attribution; base: Attribution };

// ---------------------------------------------------------------------------------------------
// Arena

export function attributeArena(models: readonly ModelFacts[]): Map<string, ModelAttribution> {
  const out = new Map<string, ModelAttribution>();
  for (const m of models) {
    const developer = arenaDeveloper(m);
    out.set(m.key, { developer, base: arenaBase(m.key, developer) });
  }
  return out;
}

function arenaDeveloper(m: ModelFacts): Attribution {
  if (Object.hasOwn(ARENA_MODEL_ORGS, m.key)) {
    const { org, note } = ARENA_MODEL_ORGS[m.key];
    return { orgSlug: org, why: `curated arena model '${m.key}' → ${org} (${note})` };
  }
  const spelling = m.organization?.trim() ?? "";
  if (spelling === "" && Object.hasOwn(ARENA_CODENAMES, m.key))
    return { orgSlug: null, why: `unattributed: '${m.key}' is an unnamed codename (${ARENA_CODENAMES[m.key]})` };
  if (spelling === "")
    return { orgSlug: null, why: `unattributed: no organization and no curated entry for '${m.key}'` };
  const org = organizationByAlias(spelling);
  if (org) return { orgSlug: org.slug, why: `alias '${m.organization}' → ${org.slug}` };
  return { orgSlug: null, why: `unattributed: no alias for '${m.organization}'` };
}

function arenaBase(key: string, developer: Attribution): Attribution {
  const rule = findArenaBaseRule(key);
  if (rule) return { orgSlug: rule.org, why: `base map '${describeKey(rule.key)}' → ${rule.org} (${rule.note})` };
  return { orgSlug: developer.orgSlug, why: `base = developer (no known base): ${developer.why}` };
}

export function findArenaBaseRule(key: string): ArenaRule | undefined {
  return ARENA_BASE_RULES.find((r) => (typeof r.key === "string" ? r.key === key : r.key.test(key)));
}

const describeKey = (key: string | RegExp) => (typeof key === "string" ? key : key.source);

// ---------------------------------------------------------------------------------------------
// Hugging Face

/**
 * Developer: the namespace's organization; a re-upload namespace is resolved through the re-hosted
 * repo's name. Base: follow `baseModel` through the given models to the root, then credit the root's
 * base as `baseOfRoot` says. `name` is the fullname (`namespace/repo`); models are keyed by `key`.
 */
export function attributeHf(models: readonly ModelFacts[]): Map<string, ModelAttribution> {
  const index = indexByFullname(models);
  const baseCache = new Map<string, Attribution>();
  const out = new Map<string, ModelAttribution>();
  for (const m of models) {
    const developer = attributeNamespace(m.namespace ?? namespaceOf(m.name), repoOf(m.name));
    out.set(m.key, { developer, base: hfBase(m, index, baseCache) });
  }
  return out;
}

function hfBase(m: ModelFacts, index: Map<string, ModelFacts>, cache: Map<string, Attribution>): Attribution {
  // Rows sharing a fullname share a lineage: use the indexed row, which holds the best Base Model.
  const node = index.get(m.name.toLowerCase()) ?? m;
  const cacheKey = node.name.toLowerCase();
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const lineage = walkLineage(node, index);
  const base = baseOfRoot(lineage, index);
  const result = { orgSlug: base.orgSlug, why: `lineage: ${lineage.chain.join(" → ")} [${lineage.stop}] ${base.why}` };
  cache.set(cacheKey, result);
  return result;
}

/**
 * Whose base the root of a lineage is. The walk ends where `Base Model` names nothing further: an original model, but
 * just as often a fine-tune or merge that names itself (Generation 0), a base listed as Removed, or a parent outside the
 * data. So the root's own developer is the last resort, not the first answer:
 *
 * 1. a base family named in the root's repo name (`BASE_FAMILY_RULES`, in their order: never a fine-tune family);
 * 2. a base family named by the lineage's other names, from the root back to the model;
 * 3. the architecture, for classes only one developer's family defines (`ARCHITECTURE_RULES`), from the root back;
 * 4. the fine-tuner: the root's developer by namespace (or re-upload name), as developer mode credits it.
 *
 * A merge of several bases counts whole for the one base this order finds first (never split): merged weights share
 * one architecture, and the family rules list the family whose weights a model starts from before the ones it distils.
 */
export function baseOfRoot(lineage: Lineage, index: ReadonlyMap<string, ModelFacts>): Attribution {
  const names = [...lineage.chain].reverse();
  const setAside: string[] = [];
  const byArchitecture = architectureEvidence(names, index);
  for (const name of names) {
    const { text, notes } = withoutNotFamilyWords(repoOf(name));
    for (const note of notes) if (!setAside.includes(note)) setAside.push(note);
    const hit = matchRule(BASE_MODE_FAMILIES, text);
    if (!hit) continue;
    const where = name === lineage.root ? "the root's name" : `'${name}' (the root's name carries none)`;
    const named = `→ base family '${hit.matched.toLowerCase()}' in ${where}`;
    // A name can carry a family the weights were distilled from (DeepSeek-R1 merges of Qwen weights): a class only
    // another developer's family defines outranks it, unless that family's maker published the model itself (an
    // upstream slip in the Architecture column must not move Google's own Gemma).
    const own = organizationByNamespace(namespaceOf(lineage.root))?.slug === hit.rule.org;
    if (byArchitecture && byArchitecture.rule.org !== hit.rule.org && !own) {
      return {
        orgSlug: byArchitecture.rule.org,
        why: `${named}, but ${byArchitecture.describe} is another family's class → ${byArchitecture.rule.org}${aside(setAside)}`,
      };
    }
    return { orgSlug: hit.rule.org, why: `${named} → ${hit.rule.org}${aside(setAside)}` };
  }
  if (byArchitecture) {
    return {
      orgSlug: byArchitecture.rule.org,
      why: `→ no base family in the lineage's names; ${byArchitecture.describe} → ${byArchitecture.rule.org}${aside(setAside)}`,
    };
  }
  const root = attributeNamespace(namespaceOf(lineage.root), repoOf(lineage.root));
  const whose = names.length === 1 ? "its name" : "the lineage's names";
  return {
    orgSlug: root.orgSlug,
    why: `→ no base family in ${whose} or architecture: falls back to the fine-tuner (${root.why})${aside(setAside)}`,
  };
}

/**
 * The family-defining class of the nearest lineage node whose architecture is known (root first). A generic class
 * (Llama, Mistral) says nothing, and neither does any class of a model its submitter typed as pretrained: trained
 * from scratch, its class is a design choice, not descent.
 */
function architectureEvidence(
  names: readonly string[],
  index: ReadonlyMap<string, ModelFacts>,
): { rule: PatternRule; describe: string } | undefined {
  for (const name of names) {
    const facts = index.get(name.toLowerCase());
    const architecture = facts?.architecture?.trim();
    if (!architecture) continue;
    if (claimsPretrained(facts!.type)) return undefined;
    const rule = ARCHITECTURE_RULES.find((r) => r.pattern.test(architecture));
    return rule && { rule, describe: `architecture ${architecture} of '${name}'` };
  }
  return undefined;
}

/** Base mode's name rules: the base families, then their shorthands (L3, MN). Never a fine-tune family. */
const BASE_MODE_FAMILIES = [...BASE_FAMILY_RULES, ...BASE_FAMILY_SHORTHANDS];

/** A name with the words that carry a family's name without meaning its weights blanked out (`NOT_A_BASE_FAMILY`). */
function withoutNotFamilyWords(repo: string): { text: string; notes: string[] } {
  let text = repo;
  const notes: string[] = [];
  for (const x of NOT_A_BASE_FAMILY) {
    if (!x.pattern.test(text)) continue;
    text = text.replace(new RegExp(x.pattern.source, `${x.pattern.flags}g`), " ");
    notes.push(x.note);
  }
  return { text, notes };
}

/** The HF `Type` says the submitter pretrained the weights (not "continuously pretrained", which starts from a base). */
const claimsPretrained = (type: string | null | undefined) => /^[^a-z]*pretrained/i.test(type ?? "");

const aside = (notes: string[]) => (notes.length === 0 ? "" : ` (set aside: ${notes.join("; ")})`);

/** Attribution of one Hub repo by its namespace, resolving re-upload namespaces by repo name. */
export function attributeNamespace(namespace: string, repo: string): Attribution {
  const ns = namespace.trim();
  if (ns === "") return { orgSlug: null, why: "unattributed: no namespace" };
  const org = organizationByNamespace(ns);
  if (org) return { orgSlug: org.slug, why: `namespace '${ns}' → ${org.slug}` };
  const reupload = reuploadNamespace(ns);
  if (reupload) {
    const hit = matchRule(reupload.rules ?? MODEL_FAMILY_RULES, repo);
    if (hit)
      return { orgSlug: hit.rule.org, why: `re-upload '${ns}' of ${hit.matched.toLowerCase()} → ${hit.rule.org}` };
    return { orgSlug: null, why: `unattributed: re-upload namespace '${ns}' and no known model in '${repo}'` };
  }
  return { orgSlug: null, why: `unattributed: no organization for namespace '${ns}'` };
}
