// Base mode on the Open LLM Leaderboard: where a `Base Model` chain stops, and whose base the model then counts for
// (lib/attribution/attribute.ts `baseOfRoot`). Runs on a fresh clone: the fixture is written by hand.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { attributeArena, attributeHf, attributeNamespace, type ModelFacts } from "@/lib/attribution/attribute";
import { namespaceOf } from "@/lib/attribution/hf-lineage";
import { BASE_FAMILY_RULES, FINE_TUNE_FAMILY_RULES, MODEL_FAMILY_RULES, matchRule } from "@/lib/attribution/registry";
import { attributeHfSnapshots } from "./coverage-data";
import { readCsvRecords } from "./csv";

const FIXTURE = path.resolve(process.cwd(), "tests/fixtures/attribution/hf-lineage-examples.csv");

type Extra = Partial<Pick<ModelFacts, "architecture" | "type">>;
const hf = (name: string, baseModel: string | null = null, extra: Extra = {}): ModelFacts => ({
  key: name,
  name,
  organization: null,
  namespace: namespaceOf(name),
  baseModel,
  ...extra,
});
const baseOf = (models: ModelFacts[], name = models[0].name) => attributeHf(models).get(name)!.base;

describe("the five examples of issue 24 (hand-written fixture with their real Base Model, Architecture and Type)", () => {
  const rows = readCsvRecords(FIXTURE);
  const result = attributeHfSnapshots([{ file: "hf-lineage-examples.csv", rows }]);
  const row = (key: string) => result.get(key)!;

  it.each([
    // [eval_name, base developer, developer, the fallback the why must name]
    [
      "deepseek-ai_DeepSeek-R1-Distill-Llama-70B_bfloat16",
      "meta",
      "deepseek",
      "base family 'llama' in the root's name",
    ],
    [
      "VAGOsolutions_Llama-3.1-SauerkrautLM-70b-Instruct_bfloat16",
      "meta",
      "vago-solutions",
      "base family 'llama' in the root's name",
    ],
    [
      "MaziyarPanahi_calme-3.2-instruct-78b_bfloat16",
      "alibaba",
      "maziyar-panahi",
      "no base family in the lineage's names; architecture Qwen2ForCausalLM",
    ],
    [
      "princeton-nlp_Llama-3-Instruct-8B-DPO-v0.2_bfloat16",
      "meta",
      "princeton",
      "base family 'llama' in the root's name",
    ],
    ["allenai_Llama-3.1-Tulu-3-70B_bfloat16", "meta", "ai2", "base family 'llama' in the root's name"],
    ["allenai_Llama-3.1-Tulu-3-70B_float16", "meta", "ai2", "base family 'llama' in the root's name"],
  ])("%s → base %s (developer stays %s)", (key, base, developer, fallback) => {
    expect(row(key).base.orgSlug).toBe(base);
    expect(row(key).base.why).toContain(fallback);
    expect(row(key).developer.orgSlug).toBe(developer);
  });

  it("says where the walk stopped: its own base, a merge naming itself, a base listed as Removed", () => {
    expect(row("deepseek-ai_DeepSeek-R1-Distill-Llama-70B_bfloat16").base.why).toContain("[root: its own base model]");
    expect(row("allenai_Llama-3.1-Tulu-3-70B_bfloat16").base.why).toContain("[root: a merge that names itself]");
    expect(row("MaziyarPanahi_calme-3.2-instruct-78b_bfloat16").base.why).toContain("base model listed as 'Removed'");
  });

  it("agrees with the arena's base map on Tulu (both boards say Meta)", () => {
    const arena = attributeArena([
      {
        key: "llama-3.1-tulu-3-70b",
        name: "llama-3.1-tulu-3-70b",
        organization: "Ai2",
        namespace: null,
        baseModel: null,
      },
    ]);
    expect(arena.get("llama-3.1-tulu-3-70b")!.base.orgSlug).toBe(
      row("allenai_Llama-3.1-Tulu-3-70B_bfloat16").base.orgSlug,
    );
  });
});

describe("base mode: the order of evidence where the lineage stops", () => {
  it("1. a base family in the root's name, even over the root's own organization", () => {
    expect(baseOf([hf("nvidia/Llama-3.1-Nemotron-70B-Instruct-HF")]).orgSlug).toBe("meta");
    expect(baseOf([hf("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B")]).orgSlug).toBe("alibaba");
    expect(baseOf([hf("nvidia/Mistral-NeMo-Minitron-8B-Base")]).orgSlug).toBe("mistral-ai");
    // Nemotron counts for NVIDIA only when no Llama or Mistral is named.
    expect(baseOf([hf("nvidia/Nemotron-Mini-4B-Instruct")]).orgSlug).toBe("nvidia");
    // An unknown base (a parent outside the data) is read the same way.
    const missing = baseOf([hf("x/ft", "someone/Qwen2.5-14B-merge-v2")]);
    expect(missing.orgSlug).toBe("alibaba");
    expect(missing.why).toContain("[missing parent: someone/Qwen2.5-14B-merge-v2 is not in the model set]");
  });

  it("never reads a fine-tune family in base mode: the base family beside it decides", () => {
    expect(baseOf([hf("NousResearch/Hermes-3-Llama-3.1-70B")]).orgSlug).toBe("meta");
    expect(baseOf([hf("cognitivecomputations/dolphin-2.9-llama3-8b")]).orgSlug).toBe("meta");
    expect(baseOf([hf("stabilityai/stablelm-zephyr-3b")]).orgSlug).toBe("stability-ai");
    // A fine-tune family alone names no base: the fine-tuner stays (here unknown).
    expect(baseOf([hf("someone/Starling-RM-34B")]).orgSlug).toBeNull();
  });

  it("2. the lineage's other names, from the root back, when the root's name carries no family", () => {
    const base = baseOf([hf("a/tune-of-llama-3-8b", "b/blend-v2"), hf("b/blend-v2", "b/blend-v2 (Merge)")]);
    expect(base.orgSlug).toBe("meta");
    expect(base.why).toContain("base family 'llama' in 'a/tune-of-llama-3-8b' (the root's name carries none) → meta");
  });

  it("3. the architecture, only for a class one developer's family defines, and the nearest one decides", () => {
    const qwen = baseOf([hf("a/calm-78b", "Removed", { architecture: "Qwen2ForCausalLM" })]);
    expect(qwen.orgSlug).toBe("alibaba");
    expect(qwen.why).toContain("architecture Qwen2ForCausalLM of 'a/calm-78b' → alibaba");
    expect(baseOf([hf("a/m", null, { architecture: "Gemma2ForCausalLM" })]).orgSlug).toBe("google");
    expect(baseOf([hf("a/m", null, { architecture: "Phi3ForCausalLM" })]).orgSlug).toBe("microsoft");
    // Classes several developers train from scratch say nothing.
    for (const architecture of ["LlamaForCausalLM", "MistralForCausalLM", "MixtralForCausalLM", "GPTNeoXForCausalLM"])
      expect(baseOf([hf("a/m", null, { architecture })]).orgSlug).toBeNull();
    // The root's class is nearer than the model's own.
    const nearest = baseOf([
      hf("a/m", "b/root", { architecture: "Qwen2ForCausalLM" }),
      hf("b/root", null, { architecture: "LlamaForCausalLM" }),
    ]);
    expect(nearest.orgSlug).toBeNull();
  });

  it("lets a class another family defines outrank a distilled family's name, except on the maker's own repo", () => {
    const qwenWeights = baseOf([hf("x/DeepSeek-R1-MFANN-TIES-7b", null, { architecture: "Qwen2ForCausalLM" })]);
    expect(qwenWeights.orgSlug).toBe("alibaba");
    expect(qwenWeights.why).toContain(
      "base family 'deepseek' in the root's name, but architecture Qwen2ForCausalLM of 'x/DeepSeek-R1-MFANN-TIES-7b' is another family's class → alibaba",
    );
    expect(baseOf([hf("google/gemma-2-2b", null, { architecture: "InternLM2ForCausalLM" })]).orgSlug).toBe("google");
  });

  it("ignores the architecture of a model its submitter typed as pretrained (from scratch), not of a continued one", () => {
    const scratch = { architecture: "Qwen2ForCausalLM", type: "🟢 pretrained" };
    expect(baseOf([hf("a/wide-3b", null, scratch)]).orgSlug).toBeNull();
    const continued = { architecture: "Qwen2ForCausalLM", type: "🟩 continuously pretrained" };
    expect(baseOf([hf("a/wide-3b", null, continued)]).orgSlug).toBe("alibaba");
  });

  it("4. falls back to the fine-tuner, and says so", () => {
    const orca = baseOf([hf("microsoft/Orca-2-13b", "microsoft/Orca-2-13b", { architecture: "LlamaForCausalLM" })]);
    expect(orca).toEqual({
      orgSlug: "microsoft",
      why: "lineage: microsoft/Orca-2-13b [root: its own base model] → no base family in its name or architecture: falls back to the fine-tuner (namespace 'microsoft' → microsoft)",
    });
  });

  it("sets aside names that carry a family without its weights", () => {
    const amd = baseOf([hf("amd/AMD-Llama-135m", null, { architecture: "LlamaForCausalLM", type: "🟢 pretrained" })]);
    expect(amd.orgSlug).toBe("amd");
    expect(amd.why).toContain("falls back to the fine-tuner (namespace 'amd' → amd) (set aside: AMD-Llama-135m");
    expect(baseOf([hf("IntervitensInc/internlm2_5-20b-llamafied")]).orgSlug).toBe("shanghai-ai-lab");
    expect(baseOf([hf("x/open_llama_3b_v2-sft")]).orgSlug).toBeNull();
    expect(baseOf([hf("Felladrin/Llama-160M-Chat-v1", "JackFram/llama-160m")]).orgSlug).toBeNull();
    // …but not sizes Meta did release.
    expect(baseOf([hf("x/pruned40-llama-1b")]).orgSlug).toBe("meta");
  });

  it("reads the community's shorthands (L3, MN, Nemo) in base mode only", () => {
    expect(baseOf([hf("Sao10K/L3-8B-Stheno-v3.2")]).orgSlug).toBe("meta");
    expect(baseOf([hf("xxx777xxxASD/L3.1-ClaudeMaid-4x8B")]).orgSlug).toBe("meta");
    expect(baseOf([hf("nothingiisreal/MN-12B-Starcannon-v3")]).orgSlug).toBe("mistral-ai");
    expect(baseOf([hf("Gryphe/Pantheon-RP-1.6-12b-Nemo")]).orgSlug).toBe("mistral-ai");
    expect(baseOf([hf("x/Nemotron-4-Mini-Hindi-4B-Base")]).orgSlug).toBe("nvidia");
    expect(baseOf([hf("x/Llama3-ChatQA-1.5-8B")]).orgSlug).toBe("meta");
    // Developer credit of a re-upload is unchanged: a quantised Stheno is not Meta's work.
    expect(attributeNamespace("bartowski", "L3-8B-Stheno-v3.2-GGUF").orgSlug).toBeNull();
  });

  it("credits a merge or distill naming several families whole, to the family its weights start from", () => {
    // The family rules list Llama, Mistral and Qwen before the families distilled into them (DeepSeek) or built on
    // them (Nemotron, Minitron), so the first match is the starting weights' family.
    const merge = baseOf([
      hf("x/Qwen2.5-DeepSeek-R1-MFANN-Slerp-7b", "x/Qwen2.5-DeepSeek-R1-MFANN-Slerp-7b (Merge)", {
        architecture: "Qwen2ForCausalLM",
      }),
    ]);
    expect(merge.orgSlug).toBe("alibaba");
    expect(merge.why).toContain("[root: a merge that names itself] → base family 'qwen' in the root's name");
    expect(baseOf([hf("x/DeepSeek-R1-Distill-Llama-8B-abliterated")]).orgSlug).toBe("meta");
  });
});

describe("family rules: fine-tune families apart from base families", () => {
  it("keeps developer credit's order: fine-tune families, then base families", () => {
    expect(MODEL_FAMILY_RULES).toEqual([...FINE_TUNE_FAMILY_RULES, ...BASE_FAMILY_RULES]);
  });

  it("has no fine-tune family among the base families", () => {
    for (const name of [
      "dolphin-2.9",
      "OpenHermes-2.5",
      "openchat-3.5",
      "zephyr-7b-beta",
      "WizardLM-2-8x22B",
      "vicuna-13b",
      "tulu-2-dpo-70b",
      "Starling-LM-7B-beta",
      "Athene-70B",
      "miqu-1-70b",
    ])
      expect(matchRule(BASE_FAMILY_RULES, name), name).toBeUndefined();
  });

  it("credits re-uploads exactly as before the split", () => {
    const dev = (repo: string) => attributeNamespace("TheBloke", repo).orgSlug;
    expect(dev("dolphin-2.2.1-mistral-7B-GPTQ")).toBe("cognitive-computations");
    expect(dev("Llama-3.1-Tulu-3-8B-GGUF")).toBe("ai2");
    expect(dev("OLMo-7B-GGUF")).toBe("ai2");
    expect(dev("Llama-3.1-Nemotron-70B-Instruct-HF-GGUF")).toBe("nvidia");
    expect(dev("Mistral-NeMo-Minitron-8B-Base-GGUF")).toBe("nvidia");
    expect(dev("miqu-1-70b-GGUF")).toBe("mistral-ai");
    expect(dev("TinyLlama-1.1B-Chat-v1.0-GGUF")).toBe("tinyllama");
    expect(dev("Starling-LM-7B-beta-GGUF")).toBe("nexusflow");
    expect(dev("DeepSeek-R1-Distill-Qwen-7B-GGUF")).toBe("alibaba");
  });
});

describe("mlx-community: credited only when the name says whose it is", () => {
  const dev = (repo: string) => attributeNamespace("mlx-community", repo);

  it("credits a fine-tune family or an organization's own model name to its author", () => {
    expect(dev("Hermes-3-Llama-3.1-8B-8bit").orgSlug).toBe("nous-research");
    expect(dev("Llama-3.1-Nemotron-70B-Instruct-HF-4bit").orgSlug).toBe("nvidia");
    expect(dev("Llama-3.1-SauerkrautLM-8b-Instruct-4bit").orgSlug).toBe("vago-solutions");
    expect(dev("calme-2.4-rys-78b-4bit").orgSlug).toBe("maziyar-panahi");
  });

  it("credits the family maker only for a release named the way the maker names it", () => {
    expect(dev("Mistral-Small-24B-Instruct-2501-bf16")).toEqual({
      orgSlug: "mistral-ai",
      why: "re-upload 'mlx-community' of mistral → mistral-ai",
    });
    expect(dev("Meta-Llama-3.1-8B-Instruct-4bit").orgSlug).toBe("meta");
    expect(dev("Qwen2.5-7B-Instruct-4bit").orgSlug).toBe("alibaba");
    expect(dev("gemma-2-9b-it-4bit").orgSlug).toBe("google");
    expect(dev("Phi-3.5-mini-instruct-4bit").orgSlug).toBe("microsoft");
    // A distill is its maker's release: DeepSeek's, not Qwen's (unlike other re-upload namespaces, which credit Qwen).
    expect(dev("DeepSeek-R1-Distill-Qwen-7B-4bit").orgSlug).toBe("deepseek");
  });

  it("leaves a third party's rework unknown, whatever family its name carries", () => {
    expect(dev("Josiefied-Qwen2.5-0.5B-Instruct-abliterated-v1-float32")).toEqual({
      orgSlug: null,
      why: "unattributed: re-upload namespace 'mlx-community' and no known model in 'Josiefied-Qwen2.5-0.5B-Instruct-abliterated-v1-float32'",
    });
    expect(dev("Qwen2.5-7B-Instruct-abliterated-4bit").orgSlug).toBeNull();
    expect(dev("Meta-Llama-3-8B-Instruct-uncensored-4bit").orgSlug).toBeNull();
    expect(dev("Llama-3-8B-slerp-merge-4bit").orgSlug).toBeNull();
    expect(dev("NeuralDaredevil-8B-abliterated-4bit").orgSlug).toBeNull();
  });

  it("still gives such a conversion its base in base mode", () => {
    const r = attributeHf([
      hf("mlx-community/Josiefied-Qwen2.5-0.5B-Instruct-abliterated-v1-float32", "Qwen/Qwen2.5-0.5B"),
    ]);
    expect(r.get("mlx-community/Josiefied-Qwen2.5-0.5B-Instruct-abliterated-v1-float32")!.base.orgSlug).toBe("alibaba");
  });
});
