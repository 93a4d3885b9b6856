import { describe, expect, it } from "vitest";
import { attributeArena, type ModelFacts } from "@/lib/attribution/attribute";
import { ARENA_MODEL_ORGS } from "@/lib/attribution/registry";

const arena = (key: string, organization: string | null): ModelFacts => ({
  key,
  name: key,
  organization,
  namespace: null,
  baseModel: null,
});

function one(key: string, organization: string | null) {
  return attributeArena([arena(key, organization)]).get(key)!;
}

describe("attributeArena: developer", () => {
  it.each([
    ["deepseek-v3", "DeepSeek", "deepseek"],
    ["deepseek-v2.5", "DeepSeek AI", "deepseek"],
    ["deepseek-r1", "deepseek ai", "deepseek"],
    ["athene-v2-chat", "NexusFlow", "nexusflow"],
    ["athene-70b", "Nexusflow", "nexusflow"],
    ["glm-4-plus", "Zhipu", "zhipu-ai"],
    ["glm-4-plus-0111", "Z.ai", "zhipu-ai"],
    ["glm-4.5", "Zhipu  AI", "zhipu-ai"],
    ["olmo-7b-instruct", "Allen AI", "ai2"],
    ["tulu-2-dpo-70b", "AllenAI/UW", "ai2"],
    ["mistral-large-2407", "Mistral", "mistral-ai"],
    ["zephyr-7b-beta", "HuggingFace", "hugging-face"],
    ["mai-1-preview", "Mai AI", "microsoft"],
    ["yi-large", "01 AI", "01-ai"],
    ["oasst-pythia-12b", "OpenAssistant", "laion"],
  ])("%s by '%s' → %s", (key, org, slug) => {
    const { developer } = one(key, org);
    expect(developer.orgSlug).toBe(slug);
    expect(developer.why).toBe(`alias '${org}' → ${slug}`);
  });

  it("prefers the curated model map, and covers every null-organization key of the mirror", () => {
    const nullKeys: [string, string][] = [
      ["qwen-max-2025-08-15", "alibaba"],
      ["qwen-vl-max-2025-08-13", "alibaba"],
      ["glm-4.5v", "zhipu-ai"],
      ["step-3", "stepfun"],
      ["step-1o-turbo-202506", "stepfun"],
      ["minimax-m2", "minimax"],
      ["ling-flash-2.0", "ant-group"],
      ["ring-flash-2.0", "ant-group"],
      ["gpt-5-old", "openai"],
      ["gpt-oss-120b", "openai"],
      ["gpt-oss-20b", "openai"],
      ["claude-sonnet-4-20250514-thinking-32k", "anthropic"],
      ["amazon-nova-experimental-chat-10-09", "amazon"],
      ["nova-2-lite", "amazon"],
      ["intellect-3", "prime-intellect"],
      ["olmo-3-32b-think", "ai2"],
      ["mercury", "inception-labs"],
    ];
    const result = attributeArena(nullKeys.map(([k]) => arena(k, null)));
    for (const [key, slug] of nullKeys) {
      expect(result.get(key)!.developer).toEqual({
        orgSlug: slug,
        why: `curated arena model '${key}' → ${slug} (${ARENA_MODEL_ORGS[key].note})`,
      });
    }
  });

  it("leaves unknown spellings and null organizations unattributed, saying why", () => {
    expect(one("foo-7b", "Foo").developer).toEqual({ orgSlug: null, why: "unattributed: no alias for 'Foo'" });
    expect(one("bar-7b", null).developer).toEqual({
      orgSlug: null,
      why: "unattributed: no organization and no curated entry for 'bar-7b'",
    });
    expect(one("baz-7b", "   ").developer.orgSlug).toBeNull();
  });
});

describe("attributeArena: base", () => {
  it.each([
    ["athene-70b", "Nexusflow", "meta"],
    ["athene-70b-0725", "Nexusflow", "meta"],
    ["athene-v2-chat", "Nexusflow", "alibaba"],
    ["llama-3.1-nemotron-70b-instruct", "Nvidia", "meta"],
    ["nvidia-llama-3.3-nemotron-super-49b-v1.5", "Nvidia", "meta"],
    ["vicuna-13b", "LMSYS", "meta"],
    ["wizardlm-70b", "Microsoft", "meta"],
    ["llama-3.1-tulu-3-70b", "Ai2", "meta"],
    ["zephyr-7b-beta", "HuggingFace", "mistral-ai"],
    ["openchat-3.5-0106", "OpenChat", "mistral-ai"],
    ["starling-lm-7b-alpha", "UC Berkeley", "mistral-ai"],
    ["gemma-2-9b-it-simpo", "Princeton", "google"],
    ["dolly-v2-12b", "Databricks", "eleutherai"],
  ])("%s (%s) has base %s", (key, org, slug) => {
    const { developer, base } = one(key, org);
    expect(developer.orgSlug).not.toBe(slug);
    expect(base.orgSlug).toBe(slug);
    expect(base.why).toMatch(/^base map '.+' → /);
  });

  it("uses the base map for curated null-organization models too", () => {
    const { developer, base } = one("intellect-3", null);
    expect(developer.orgSlug).toBe("prime-intellect");
    expect(base.orgSlug).toBe("zhipu-ai");
  });

  it("falls back to the developer when no base is known", () => {
    expect(one("nemotron-4-340b-instruct", "Nvidia").base).toEqual({
      orgSlug: "nvidia",
      why: "base = developer (no known base): alias 'Nvidia' → nvidia",
    });
    expect(one("foo-7b", "Foo").base.orgSlug).toBeNull();
  });
});
