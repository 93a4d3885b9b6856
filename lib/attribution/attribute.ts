// Attribution: which organization a model counts for, in `developer` and `base` mode
// (DESIGN.md "attribution mode"). Pure functions over the curated registry; no I/O.
import { indexByFullname, namespaceOf, repoOf, walkLineage } from "./hf-lineage";
import {
  ARENA_BASE_RULES,
  ARENA_MODEL_ORGS,
  MODEL_FAMILY_RULES,
  matchRule,
  organizationByAlias,
  organizationByNamespace,
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
    const slug = ARENA_MODEL_ORGS[m.key];
    return { orgSlug: slug, why: `curated arena model '${m.key}' → ${slug}` };
  }
  const spelling = m.organization?.trim() ?? "";
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
 * repo's name. Base: follow `baseModel` through the given models to the root, then attribute the
 * root the same way. `name` is the fullname (`namespace/repo`); models are keyed by `key`.
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
  const rootAttribution = attributeNamespace(namespaceOf(lineage.root), repoOf(lineage.root));
  const why = `lineage: ${lineage.chain.join(" → ")} [${lineage.stop}] (${rootAttribution.why})`;
  const result = { orgSlug: rootAttribution.orgSlug, why };
  cache.set(cacheKey, result);
  return result;
}

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
