// Issue 25 item 2: every model of the vision and text-to-image arenas is attributed through the registry. The keys
// below are the ones the mirror's README (sections 5 and 6) lists as having no organization in upstream's archive;
// each resolves to the developer named here, with that organization's country. Anonymous codenames stay unknown.
import { describe, expect, it } from "vitest";
import { attributeArena, type ModelFacts } from "@/lib/attribution/attribute";
import { ARENA_CODENAMES, ARENA_MODEL_ORGS, findOrganization } from "@/lib/attribution/registry";

const arena = (key: string, organization: string | null = null): ModelFacts => ({
  key,
  name: key,
  organization,
  namespace: null,
  baseModel: null,
});

const developerOf = (key: string, organization: string | null = null) =>
  attributeArena([arena(key, organization)]).get(key)!.developer;
const baseOf = (key: string, organization: string | null = null) =>
  attributeArena([arena(key, organization)]).get(key)!.base;

/** Mirror README §5: the 21 vision keys with no source, less the three codenames, and their developer and country. */
const VISION: [key: string, org: string, country: string][] = [
  ["internvl2-26b", "shanghai-ai-lab", "CN"],
  ["internvl2-4b", "shanghai-ai-lab", "CN"],
  ["llava-v1.6-34b", "uw-madison", "US"],
  ["cogvlm2-llama3-chat-19b", "zhipu-ai", "CN"],
  ["llava-onevision-qwen2-72b-ov", "bytedance", "CN"],
  ["minicpm-v-2_6", "openbmb", "CN"],
  ["nvila-internal-15b-v1", "nvidia", "US"],
  ["phi-3-vision-128k-instruct", "microsoft", "US"],
  ["c4ai-aya-vision-32b", "cohere", "CA"],
  ["qwen2.5-vl-32b-instruct", "alibaba", "CN"],
  ["c4ai-aya-vision-8b", "cohere", "CA"],
  ["qwen-vl-max-2025-08-13", "alibaba", "CN"],
  ["glm-4.5v", "zhipu-ai", "CN"],
  ["step-1o-turbo-202506", "stepfun", "CN"],
  ["step-3", "stepfun", "CN"],
  ["claude-sonnet-4-20250514-thinking-32k", "anthropic", "US"],
  ["ernie-5.0-preview-1120", "baidu", "CN"],
  ["gpt-5-old", "openai", "US"],
];
const VISION_CODENAMES = ["shadebrook", "keee7xus-04-v1", "keee7xus-04-v2"];

/** Mirror README §6: the 30 text-to-image keys with no source. */
const TEXT_TO_IMAGE: [key: string, org: string, country: string][] = [
  ["bagel", "bytedance", "CN"],
  ["flux-1-kontext-dev", "black-forest-labs", "DE"],
  ["flux-1-kontext-max", "black-forest-labs", "DE"],
  ["flux-1-kontext-pro", "black-forest-labs", "DE"],
  ["gemini-2.0-flash-preview-image-generation", "google", "US"],
  ["gemini-2.5-flash-image-preview (nano-banana)", "google", "US"],
  ["gpt-image-1", "openai", "US"],
  ["ideogram-v3-quality", "ideogram", "CA"],
  ["imagen-4.0-ultra-generate-preview-06-06", "google", "US"],
  ["lucid-origin", "leonardo-ai", "AU"],
  ["qwen-image", "alibaba", "CN"],
  ["qwen-image-prompt-extend", "alibaba", "CN"],
  ["seedream-3", "bytedance", "CN"],
  ["hunyuan-image-3.0", "tencent", "CN"],
  ["imagen-4.0-generate-preview-06-06", "google", "US"],
  ["mai-image-1", "microsoft", "US"],
  ["seedream-4-2k", "bytedance", "CN"],
  ["seedream-4-fal", "bytedance", "CN"],
  ["seedream-4-high-res-fal", "bytedance", "CN"],
  ["flux-2-flex", "black-forest-labs", "DE"],
  ["flux-2-pro", "black-forest-labs", "DE"],
  ["gemini-3-pro-image-preview (nano-banana-pro)", "google", "US"],
  ["gemini-3-pro-image-preview-2k (nano-banana-pro)", "google", "US"],
  ["gpt-image-1-mini", "openai", "US"],
  ["imagen-4.0-generate-preview-06-06-old", "google", "US"],
  ["imagen-4.0-ultra-generate-preview-06-06-old", "google", "US"],
  ["nano-banana-public", "google", "US"],
  ["qwen-image-old", "alibaba", "CN"],
  ["seedream-4.5", "bytedance", "CN"],
  ["wan2.5-t2i-preview", "alibaba", "CN"],
];

describe("the keys upstream's archive leaves without an organization", () => {
  it("lists all 21 vision keys and all 30 text-to-image keys of the README", () => {
    expect(new Set([...VISION.map(([k]) => k), ...VISION_CODENAMES]).size).toBe(21);
    expect(new Set(TEXT_TO_IMAGE.map(([k]) => k)).size).toBe(30);
  });

  it.each([...VISION, ...TEXT_TO_IMAGE])("%s → %s (%s), with the curated evidence", (key, slug, country) => {
    const developer = developerOf(key);
    expect(developer.orgSlug).toBe(slug);
    expect(developer.why).toBe(`curated arena model '${key}' → ${slug} (${ARENA_MODEL_ORGS[key].note})`);
    expect(findOrganization(slug)?.country).toBe(country);
  });

  it.each(VISION_CODENAMES)("%s is an anonymous codename and stays unknown, saying so", (key) => {
    expect(Object.hasOwn(ARENA_MODEL_ORGS, key)).toBe(false);
    const developer = developerOf(key);
    expect(developer.orgSlug).toBeNull();
    expect(developer.why).toMatch(new RegExp(`^unattributed: '${key}' is an unnamed codename`));
    expect(baseOf(key).orgSlug).toBeNull();
  });

  it("keeps the codename list to the keys the README lists, so a new codename is reviewed, not guessed", () => {
    expect(Object.keys(ARENA_CODENAMES).sort()).toEqual([...VISION_CODENAMES].sort());
  });

  it("would take a codename's organization once upstream names it (the upstream field wins over the list)", () => {
    expect(developerOf("shadebrook", "Google").orgSlug).toBe("google");
  });
});

describe("the text-to-image arena's upstream spellings and credits", () => {
  it.each([
    ["flux-1.1-pro", "Black Forest Labs", "black-forest-labs", "DE"],
    ["flux-1-dev-fp8", "Black Forest Labs", "black-forest-labs", "DE"],
    ["photon", "Luma AI", "luma-ai", "US"],
    ["ideogram-v2", "Ideogram", "ideogram", "CA"],
    ["stable-diffusion-v35-large", "Stability AI", "stability-ai", "GB"],
    ["dall-e-3", "OpenAI", "openai", "US"],
  ])("%s by '%s' → %s (%s)", (key, spelling, slug, country) => {
    expect(developerOf(key, spelling)).toEqual({ orgSlug: slug, why: `alias '${spelling}' → ${slug}` });
    expect(findOrganization(slug)?.country).toBe(country);
  });

  it("corrects recraft-v3, which every price-table version credits to Google, to Recraft", () => {
    const developer = developerOf("recraft-v3", "Google");
    expect(developer.orgSlug).toBe("recraft");
    expect(developer.why).toContain("upstream's `Google` credit is a slip");
  });
});

describe("the new organizations", () => {
  it.each([
    ["black-forest-labs", "DE"],
    ["ideogram", "CA"],
    ["luma-ai", "US"],
    ["leonardo-ai", "AU"],
    ["recraft", "US"],
    ["uw-madison", "US"],
    ["stability-ai", "GB"],
  ])("%s is in %s, with a source reviewed on 2026-12-07", (slug, country) => {
    const org = findOrganization(slug)!;
    expect(org.country).toBe(country);
    expect(org.source.url).toMatch(/^https:\/\//);
    expect(org.source.reviewedOn).toBe("2026-12-07");
  });

  it("marks Recraft's country uncertain and contested, with a note saying what it rests on", () => {
    const recraft = findOrganization("recraft")!;
    expect(recraft.uncertain).toBe(true);
    expect(recraft.contested?.rule).toBe("operating-hq");
    expect(recraft.note).toMatch(/Uncertain/);
  });
});

describe("base mode for the vision and image models built on another developer's language model", () => {
  it.each([
    ["internvl2-4b", "microsoft"],
    ["internvl2-26b", "shanghai-ai-lab"],
    ["cogvlm2-llama3-chat-19b", "meta"],
    ["llava-onevision-qwen2-72b-ov", "alibaba"],
    ["llava-v1.6-34b", "01-ai"],
    ["minicpm-v-2_6", "alibaba"],
    ["bagel", "alibaba"],
    ["seedream-4.5", "bytedance"],
    ["c4ai-aya-vision-8b", "cohere"],
  ])("%s has base %s", (key, slug) => {
    expect(baseOf(key).orgSlug).toBe(slug);
  });
});
