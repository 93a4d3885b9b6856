// Issue 24, parts 2 and 3: every organization's country has a source, contested countries say which rule settled
// them, and the labs whose country is public are placed.
import { describe, expect, it } from "vitest";
import { attributeNamespace } from "@/lib/attribution/attribute";
import { contestedGroups } from "@/lib/attribution/contested";
import {
  findOrganization,
  normalizeNamespace,
  organizationByNamespace,
  ORGANIZATIONS,
  UNPLACED_NAMESPACES,
} from "@/lib/attribution/registry";
import { CONTESTED_RULES, OrganizationSchema, SOURCE_KINDS } from "@/lib/attribution/schema";

const valid = {
  slug: "x-lab",
  name: "X",
  country: "FR",
  kind: "lab",
  aliases: [],
  namespaces: [],
  source: { url: "https://en.wikipedia.org/wiki/X", kind: "wikipedia", reviewedOn: "2026-12-01" },
};
const today = new Date().toISOString().slice(0, 10);

describe("the schema requires evidence for the country", () => {
  it("accepts an organization with a source, and one with a contested note", () => {
    expect(OrganizationSchema.safeParse(valid).success).toBe(true);
    const contested = { ...valid, contested: { rule: "parent-hq", note: "Its lab sits in London." } };
    expect(OrganizationSchema.safeParse(contested).success).toBe(true);
  });

  it("rejects an organization without a source", () => {
    const { source: _source, ...bare } = valid;
    const result = OrganizationSchema.safeParse(bare);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain("source");
  });

  it("rejects a source that is not an https URL with a kind and a past or present review date", () => {
    const bad = (source: Record<string, unknown>) => OrganizationSchema.safeParse({ ...valid, source }).success;
    const s = valid.source;
    expect(bad({ ...s, url: "http://en.wikipedia.org/wiki/X" })).toBe(false);
    expect(bad({ ...s, url: "en.wikipedia.org/wiki/X" })).toBe(false);
    expect(bad({ ...s, kind: "blog" })).toBe(false);
    expect(bad({ ...s, reviewedOn: "2026-13-01" })).toBe(false);
    expect(bad({ ...s, reviewedOn: "07/12/2026" })).toBe(false);
    expect(bad({ ...s, reviewedOn: "2999-01-01" })).toBe(false);
    expect(bad({ url: s.url, kind: s.kind })).toBe(false);
    expect(bad({ ...s, fetched: true })).toBe(false);
  });

  it("rejects a contested note without a known rule or a text", () => {
    const bad = (contested: Record<string, unknown>) => OrganizationSchema.safeParse({ ...valid, contested }).success;
    expect(bad({ rule: "common-sense", note: "x" })).toBe(false);
    expect(bad({ rule: "parent-hq", note: "" })).toBe(false);
    expect(bad({ rule: "parent-hq" })).toBe(false);
  });
});

describe("every organization in the registry", () => {
  it("names an https source of a known kind, reviewed on a real date no later than today", () => {
    const problems = ORGANIZATIONS.filter(
      (o) =>
        !o.source ||
        !o.source.url.startsWith("https://") ||
        !SOURCE_KINDS.includes(o.source.kind) ||
        !/^\d{4}-\d{2}-\d{2}$/.test(o.source.reviewedOn) ||
        o.source.reviewedOn > today,
    ).map((o) => o.slug);
    expect(ORGANIZATIONS.length).toBeGreaterThanOrEqual(100);
    expect(problems).toEqual([]);
  });

  it("states its contested note in its own words, not the rule's", () => {
    for (const o of ORGANIZATIONS.filter((x) => x.contested)) {
      expect(o.contested!.note.length, o.slug).toBeGreaterThan(60);
      expect(o.contested!.note, o.slug).not.toBe(CONTESTED_RULES[o.contested!.rule]);
    }
  });
});

describe("the contested cases are in the open", () => {
  // The cases issue 24 names, and the rule each is settled by.
  const EXPECTED: Record<string, [string, string]> = {
    google: ["US", "parent-hq"], // Google DeepMind (London) → US via Alphabet
    "hugging-face": ["US", "operating-hq"], // New York / Paris
    bigscience: ["US", "lead-organization"], // BLOOM
    microsoft: ["US", "parent-hq"], // WizardLM, a Beijing team
    bytedance: ["CN", "operating-hq"], // Cayman / Beijing
    argilla: ["ES", "at-release"],
    deci: ["IL", "at-release"],
    reka: ["US", "operating-hq"],
    openchat: ["CN", "lead-developers"],
    rwkv: ["CN", "lead-developers"],
    llm360: ["AE", "lead-organization"],
    laion: ["DE", "lead-organization"], // OpenAssistant
    "mts-ai": ["RU", "country-groups"], // Russia counts as other, not Europe
  };

  it("marks each case the issue names as contested, with its country and rule", () => {
    const actual = Object.fromEntries(
      Object.keys(EXPECTED).map((slug) => {
        const o = findOrganization(slug);
        return [slug, [o?.country, o?.contested?.rule]];
      }),
    );
    expect(actual).toEqual(EXPECTED);
  });

  it("groups exactly the registry's contested organizations, by rule, once each", () => {
    const groups = contestedGroups();
    const listed = groups.flatMap((g) => g.cases.map((c) => c.slug));
    const registry = ORGANIZATIONS.filter((o) => o.contested).map((o) => o.slug);
    expect([...listed].sort()).toEqual([...registry].sort());
    expect(new Set(listed).size).toBe(listed.length);
    for (const g of groups) {
      expect(g.ruleText).toBe(CONTESTED_RULES[g.rule]);
      for (const c of g.cases) expect(findOrganization(c.slug)!.contested!.rule).toBe(g.rule);
    }
  });
});

describe("labs whose country is public are placed (issue 24, part 2)", () => {
  const PLACED: Record<string, string> = {
    apple: "US",
    h2oai: "US",
    openbmb: "CN",
    Skywork: "CN",
    Unbabel: "PT",
    occiglot: "DE",
    "BSC-LT": "ES",
    "AI-Sweden-Models": "SE",
    SeaLLMs: "CN", // Alibaba DAMO Academy's Singapore team: parent HQ (Hangzhou), like Google DeepMind and WizardLM
    lightblue: "JP",
    saltlux: "KR",
    NCSOFT: "KR",
    "tokyotech-llm": "JP",
    cyberagent: "JP",
    sarvamai: "IN",
    ai4bharat: "IN",
  };

  it("attributes each namespace to an organization of the public country", () => {
    const actual = Object.fromEntries(
      Object.keys(PLACED).map((ns) => [ns, organizationByNamespace(ns)?.country ?? "unknown"]),
    );
    expect(actual).toEqual(PLACED);
    expect(attributeNamespace("SeaLLMs", "SeaLLM-7B-v2.5").orgSlug).toBe("seallms");
    expect(findOrganization("seallms")!.contested?.rule).toBe("parent-hq");
  });

  it("reviews each of the 11 top-100 namespaces that had been forgotten: placed, or listed with its own reason", () => {
    const forgotten = [
      "zetasepic",
      "shuttleai",
      "JungZoona",
      "anthracite-org",
      "EVA-UNIT-01",
      "tanliboy",
      "Goekdeniz-Guelmez",
      "aaditya",
      "DeepMount00",
      "TheTsar1209",
      "1024m",
    ];
    const unplaced = new Map(UNPLACED_NAMESPACES.map((u) => [normalizeNamespace(u.namespace), u.reason]));
    for (const ns of forgotten) {
      const reason = unplaced.get(normalizeNamespace(ns));
      expect(organizationByNamespace(ns) !== undefined || reason !== undefined, ns).toBe(true);
      if (reason) expect(reason, ns).not.toMatch(/^individual or community account with no public location/);
    }
  });
});
