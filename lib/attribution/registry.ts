// The curated organization registry: every data file validated with zod and cross-checked when this
// module loads (a bad entry throws at import time), plus the case-insensitive lookups built from it.
import { z } from "zod";
import { ARENA_BASE_RULES, ARENA_CODENAMES, ARENA_MODEL_ORGS } from "./arena-maps";
import { ARCHITECTURE_RULES, BASE_FAMILY_SHORTHANDS, NOT_A_BASE_FAMILY } from "./base-families";
import { CN_ORGANIZATIONS } from "./organizations-cn";
import { COMMUNITY_ORGANIZATIONS } from "./organizations-community";
import { US_ORGANIZATIONS } from "./organizations-us";
import { WORLD_ORGANIZATIONS } from "./organizations-world";
import {
  BASE_FAMILY_RULES,
  FINE_TUNE_FAMILY_RULES,
  MODEL_FAMILY_RULES,
  REUPLOAD_NAMESPACES as REUPLOAD_DATA,
} from "./reuploads";
import {
  ArenaModelOrgSchema,
  ArenaRuleSchema,
  OrganizationSchema,
  PatternRuleSchema,
  ReuploadNamespaceSchema,
  type Organization,
  type PatternRule,
  type ReuploadNamespace,
} from "./schema";
import { UNPLACED_NAMESPACES } from "./unplaced";

export type { Organization, PatternRule, ReuploadNamespace } from "./schema";
export {
  ARCHITECTURE_RULES,
  ARENA_BASE_RULES,
  ARENA_CODENAMES,
  ARENA_MODEL_ORGS,
  BASE_FAMILY_RULES,
  BASE_FAMILY_SHORTHANDS,
  FINE_TUNE_FAMILY_RULES,
  MODEL_FAMILY_RULES,
  NOT_A_BASE_FAMILY,
  UNPLACED_NAMESPACES,
};

/** Spelling key for aliases: Unicode-normalised, trimmed, inner whitespace collapsed, lower case. */
export function normalizeAlias(spelling: string): string {
  return spelling.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Hub namespaces are case-insensitive. */
export function normalizeNamespace(namespace: string): string {
  return namespace.trim().toLowerCase();
}

export const ORGANIZATIONS: readonly Organization[] = z
  .array(OrganizationSchema)
  .parse([...US_ORGANIZATIONS, ...CN_ORGANIZATIONS, ...WORLD_ORGANIZATIONS, ...COMMUNITY_ORGANIZATIONS]);

export const REUPLOAD_NAMESPACES: readonly ReuploadNamespace[] = z.array(ReuploadNamespaceSchema).parse(REUPLOAD_DATA);
z.array(PatternRuleSchema).parse(MODEL_FAMILY_RULES);
z.array(PatternRuleSchema).parse(ARCHITECTURE_RULES);
z.array(PatternRuleSchema).parse(BASE_FAMILY_SHORTHANDS);
z.array(PatternRuleSchema.pick({ pattern: true, note: true }).required()).parse(NOT_A_BASE_FAMILY);
z.array(ArenaRuleSchema).parse(ARENA_BASE_RULES);
z.record(z.string().min(1), ArenaModelOrgSchema).parse(ARENA_MODEL_ORGS);
z.record(z.string().min(1), z.string().min(1)).parse(ARENA_CODENAMES);

/**
 * Everything that must hold across the data files: unique slugs; no alias (canonical names
 * included) or namespace claimed twice; re-upload and unplaced namespaces disjoint from
 * organization namespaces; every slug referenced by a rule or map exists; no arena key is both attributed and listed
 * as an unnamed codename. Returns the problems.
 */
export function registryProblems(): string[] {
  const problems: string[] = [];
  const slugs = new Set<string>();
  const aliasOwner = new Map<string, string>();
  const namespaceOwner = new Map<string, string>();
  const claim = (owners: Map<string, string>, key: string, owner: string, what: string) => {
    const previous = owners.get(key);
    if (previous !== undefined && previous !== owner)
      problems.push(`${what} '${key}' is claimed by ${previous} and ${owner}`);
    else if (previous === owner && what === "namespace") problems.push(`${what} '${key}' is listed twice by ${owner}`);
    owners.set(key, owner);
  };
  for (const org of ORGANIZATIONS) {
    if (slugs.has(org.slug)) problems.push(`slug '${org.slug}' is used twice`);
    slugs.add(org.slug);
    for (const alias of new Set([org.name, ...org.aliases].map(normalizeAlias)))
      claim(aliasOwner, alias, org.slug, "alias");
    for (const ns of org.namespaces) claim(namespaceOwner, normalizeNamespace(ns), org.slug, "namespace");
  }
  for (const r of REUPLOAD_NAMESPACES)
    claim(namespaceOwner, normalizeNamespace(r.namespace), `re-upload namespace`, "namespace");
  for (const u of UNPLACED_NAMESPACES)
    claim(namespaceOwner, normalizeNamespace(u.namespace), `unplaced list`, "namespace");
  const referenced: [string, string][] = [
    ...Object.entries(ARENA_MODEL_ORGS).map(([key, m]): [string, string] => [`ARENA_MODEL_ORGS['${key}']`, m.org]),
    ...ARENA_BASE_RULES.map((r): [string, string] => [`ARENA_BASE_RULES ${String(r.key)}`, r.org]),
    ...MODEL_FAMILY_RULES.map((r): [string, string] => [`MODEL_FAMILY_RULES ${r.pattern}`, r.org]),
    ...ARCHITECTURE_RULES.map((r): [string, string] => [`ARCHITECTURE_RULES ${r.pattern}`, r.org]),
    ...BASE_FAMILY_SHORTHANDS.map((r): [string, string] => [`BASE_FAMILY_SHORTHANDS ${r.pattern}`, r.org]),
    ...REUPLOAD_NAMESPACES.flatMap((n) =>
      (n.rules ?? []).map((r): [string, string] => [`re-upload ${n.namespace} ${r.pattern}`, r.org]),
    ),
  ];
  for (const [where, org] of referenced) if (!slugs.has(org)) problems.push(`${where} points to unknown org '${org}'`);
  for (const key of Object.keys(ARENA_CODENAMES))
    if (Object.hasOwn(ARENA_MODEL_ORGS, key))
      problems.push(`arena key '${key}' is both attributed and an unnamed codename`);
  return problems;
}

const loadProblems = registryProblems();
if (loadProblems.length > 0) throw new Error(`attribution registry is inconsistent:\n${loadProblems.join("\n")}`);

const BY_SLUG = new Map(ORGANIZATIONS.map((o) => [o.slug, o]));
const BY_ALIAS = new Map<string, Organization>();
const BY_NAMESPACE = new Map<string, Organization>();
for (const org of ORGANIZATIONS) {
  for (const alias of [org.name, ...org.aliases]) BY_ALIAS.set(normalizeAlias(alias), org);
  for (const ns of org.namespaces) BY_NAMESPACE.set(normalizeNamespace(ns), org);
}
const REUPLOADS = new Map(REUPLOAD_NAMESPACES.map((r) => [normalizeNamespace(r.namespace), r]));

export function findOrganization(slug: string): Organization | undefined {
  return BY_SLUG.get(slug);
}

/** The organization an upstream `organization` spelling stands for, if any. */
export function organizationByAlias(spelling: string): Organization | undefined {
  return BY_ALIAS.get(normalizeAlias(spelling));
}

/** The organization that publishes under a Hub namespace, if any. */
export function organizationByNamespace(namespace: string): Organization | undefined {
  return BY_NAMESPACE.get(normalizeNamespace(namespace));
}

export function reuploadNamespace(namespace: string): ReuploadNamespace | undefined {
  return REUPLOADS.get(normalizeNamespace(namespace));
}

/** The first rule whose pattern occurs in `repoName`, with the matched text. */
export function matchRule(
  rules: readonly PatternRule[],
  repoName: string,
): { rule: PatternRule; matched: string } | undefined {
  for (const rule of rules) {
    const m = rule.pattern.exec(repoName);
    if (m) return { rule, matched: m[0].replace(/^[^a-z0-9]+/i, "") };
  }
  return undefined;
}
