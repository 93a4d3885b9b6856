import { describe, expect, it } from "vitest";
import { groupOf, isIsoCountry } from "@/lib/core/countries";
import {
  ARENA_BASE_RULES,
  ARENA_MODEL_ORGS,
  findOrganization,
  normalizeAlias,
  normalizeNamespace,
  organizationByAlias,
  organizationByNamespace,
  ORGANIZATIONS,
  registryProblems,
  REUPLOAD_NAMESPACES,
  UNPLACED_NAMESPACES,
} from "@/lib/attribution/registry";
import { OrganizationSchema, PatternRuleSchema } from "@/lib/attribution/schema";

function owners(keysOf: (o: (typeof ORGANIZATIONS)[number]) => string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const org of ORGANIZATIONS) {
    for (const k of keysOf(org)) map.set(k, (map.get(k) ?? new Set()).add(org.slug));
  }
  return map;
}

describe("registry integrity", () => {
  it("reports no problems", () => {
    expect(registryProblems()).toEqual([]);
  });

  it("has unique slugs", () => {
    const slugs = ORGANIZATIONS.map((o) => o.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("maps no alias (or canonical name) to two organizations", () => {
    const shared = [...owners((o) => [o.name, ...o.aliases].map(normalizeAlias))].filter(([, s]) => s.size > 1);
    expect(shared).toEqual([]);
  });

  it("maps no namespace to two organizations, and lists none twice", () => {
    const all = ORGANIZATIONS.flatMap((o) => o.namespaces.map(normalizeNamespace));
    expect(new Set(all).size).toBe(all.length);
  });

  it("keeps re-upload and unplaced namespaces apart from organization namespaces", () => {
    const orgNamespaces = new Set(ORGANIZATIONS.flatMap((o) => o.namespaces.map(normalizeNamespace)));
    const others = [...REUPLOAD_NAMESPACES.map((r) => r.namespace), ...UNPLACED_NAMESPACES.map((u) => u.namespace)].map(
      normalizeNamespace,
    );
    expect(others.filter((ns) => orgNamespaces.has(ns))).toEqual([]);
    expect(new Set(others).size).toBe(others.length);
  });

  it("gives every organization a valid ISO 3166-1 alpha-2 country", () => {
    expect(ORGANIZATIONS.filter((o) => !isIsoCountry(o.country)).map((o) => o.slug)).toEqual([]);
  });

  it("gives every community entry and every uncertain country a note", () => {
    const missing = ORGANIZATIONS.filter((o) => (o.kind === "community" || o.uncertain) && !o.note);
    expect(missing).toEqual([]);
  });

  it("points every curated map and rule at a registered organization", () => {
    for (const slug of [...Object.values(ARENA_MODEL_ORGS).map((m) => m.org), ...ARENA_BASE_RULES.map((r) => r.org)]) {
      expect(findOrganization(slug), slug).toBeDefined();
    }
  });

  it("rejects malformed entries through the zod schema", () => {
    const source = { url: "https://en.wikipedia.org/wiki/X", kind: "wikipedia", reviewedOn: "2026-12-01" };
    const ok = { slug: "x-lab", name: "X", country: "FR", kind: "lab", aliases: [], namespaces: [], source };
    expect(OrganizationSchema.safeParse(ok).success).toBe(true);
    expect(OrganizationSchema.safeParse({ ...ok, country: "XX" }).success).toBe(false);
    expect(OrganizationSchema.safeParse({ ...ok, country: "fr" }).success).toBe(false);
    expect(OrganizationSchema.safeParse({ ...ok, slug: "X Lab" }).success).toBe(false);
    expect(OrganizationSchema.safeParse({ ...ok, kind: "startup" }).success).toBe(false);
    expect(OrganizationSchema.safeParse({ ...ok, kind: "community" }).success).toBe(false); // needs a note
    expect(OrganizationSchema.safeParse({ ...ok, namespaces: ["has space"] }).success).toBe(false);
    expect(PatternRuleSchema.safeParse({ pattern: /llama/gi, org: "meta" }).success).toBe(false);
  });
});

describe("required organizations", () => {
  const required: [string, string][] = [
    ["meta", "US"],
    ["google", "US"],
    ["anthropic", "US"],
    ["openai", "US"],
    ["mistral-ai", "FR"],
    ["aleph-alpha", "DE"],
    ["alibaba", "CN"],
    ["01-ai", "CN"],
    ["zhipu-ai", "CN"],
    ["deepseek", "CN"],
    ["moonshot-ai", "CN"],
    ["minimax", "CN"],
    ["stepfun", "CN"],
    ["baidu", "CN"],
    ["tencent", "CN"],
    ["bytedance", "CN"],
    ["iflytek", "CN"],
    ["baichuan", "CN"],
    ["shanghai-ai-lab", "CN"],
    ["tii", "AE"],
    ["cohere", "CA"],
    ["ai21", "IL"],
    ["upstage", "KR"],
    ["lg-ai-research", "KR"],
    ["naver", "KR"],
    ["sakana-ai", "JP"],
    ["stability-ai", "GB"],
    ["hugging-face", "US"],
    ["microsoft", "US"],
    ["nvidia", "US"],
    ["xai", "US"],
    ["amazon", "US"],
    ["nexusflow", "US"],
    ["lmsys", "US"],
    ["ai2", "US"],
    ["ibm", "US"],
    ["reka", "US"],
  ];
  it.each(required)("%s is registered in %s", (slug, country) => {
    expect(findOrganization(slug)?.country).toBe(country);
  });

  it.each([
    ["Qwen", "alibaba"],
    ["01-ai", "01-ai"],
    ["THUDM", "zhipu-ai"],
    ["zai-org", "zhipu-ai"],
    ["meta-llama", "meta"],
    ["facebook", "meta"],
    ["mistralai", "mistral-ai"],
    ["deepseek-ai", "deepseek"],
    ["google", "google"],
    ["microsoft", "microsoft"],
    ["CohereForAI", "cohere"],
    ["tiiuae", "tii"],
  ])("namespace %s belongs to %s", (ns, slug) => {
    expect(organizationByNamespace(ns)?.slug).toBe(slug);
  });
});

describe("country groups", () => {
  it.each([
    ["mistral-ai", "europe"],
    ["aleph-alpha", "europe"],
    ["stability-ai", "europe"],
    ["alibaba", "CN"],
    ["deepseek", "CN"],
    ["meta", "US"],
    ["hugging-face", "US"],
    ["tii", "other"],
    ["cohere", "other"],
    ["upstage", "other"],
    ["sakana-ai", "other"],
  ])("%s counts for %s", (slug, group) => {
    expect(groupOf(findOrganization(slug)!.country)).toBe(group);
  });
});

describe("lookups", () => {
  it("matches aliases case-insensitively with normalised whitespace", () => {
    expect(organizationByAlias("  deepseek   ai ")?.slug).toBe("deepseek");
    expect(organizationByAlias("NEXUSFLOW")?.slug).toBe("nexusflow");
    expect(organizationByAlias("Nonexistent Labs")).toBeUndefined();
  });

  it("matches namespaces case-insensitively", () => {
    expect(organizationByNamespace("qwen")?.slug).toBe("alibaba");
    expect(organizationByNamespace("COHEREFORAI")?.slug).toBe("cohere");
  });
});
