import { describe, expect, it } from "vitest";
import { isDerivativeOf, matchTwins, normalizeModelName, type HfModelRef } from "@/lib/attribution/identity";
import { ARENA_HF_TWINS } from "@/lib/attribution/identity-map";

const hf = (fullname: string, precision = "bfloat16"): HfModelRef => ({
  key: `${fullname.replace("/", "_")}_${precision}`,
  fullname,
});

function twinsOf(arenaKey: string, orgSlug: string | null, rows: HfModelRef[]): string[] {
  return matchTwins([{ key: arenaKey, orgSlug }], rows).arenaToHf.get(arenaKey) ?? [];
}

describe("normalizeModelName", () => {
  it("treats case, dots, underscores and dashes alike and drops conversion tags", () => {
    expect(normalizeModelName("Meta-Llama-3.1-70B-Instruct")).toBe("llama-3-1-70b-instruct");
    expect(normalizeModelName("llama-3.1-70b-instruct")).toBe("llama-3-1-70b-instruct");
    expect(normalizeModelName("Llama-2-70b-chat-hf")).toBe("llama-2-70b-chat");
    expect(normalizeModelName("openchat_3.5")).toBe("openchat-3-5");
    expect(normalizeModelName("c4ai-command-r-plus")).toBe("command-r-plus");
    expect(normalizeModelName("internlm2_5-20b-chat")).toBe(normalizeModelName("internlm2.5-20b-chat"));
  });

  it("keeps sizes, versions and tune tags apart", () => {
    const distinct = [
      "qwen2-72b-instruct",
      "qwen2-7b-instruct",
      "qwen2.5-72b-instruct",
      "qwen2-72b",
      "qwen2-72b-instruct-dpo",
    ];
    expect(new Set(distinct.map(normalizeModelName)).size).toBe(distinct.length);
    // "meta-" is dropped only before llama: other names keep it.
    expect(normalizeModelName("Meta-Math-7B")).toBe("meta-math-7b");
  });
});

describe("matchTwins", () => {
  const board = [
    hf("Qwen/Qwen2-72B-Instruct"),
    hf("Qwen/Qwen2-72B"),
    hf("Qwen/Qwen2-7B-Instruct"),
    hf("Qwen/Qwen2.5-72B-Instruct"),
    hf("Qwen/Qwen2-72B-Instruct-AWQ"),
    hf("Qwen/Qwen2-72B-Instruct-GPTQ-Int4"),
    hf("unsloth/Qwen2-72B-Instruct"),
    hf("TheBloke/Qwen2-72B-Instruct-GPTQ"),
    hf("MaziyarPanahi/Qwen2-72B-Instruct-v0.1"),
    hf("cognitivecomputations/dolphin-2.9.2-qwen2-72b"),
    hf("mlabonne/Qwen2-72B-Instruct-slerp"),
    hf("meta-llama/Meta-Llama-3.1-8B-Instruct"),
    hf("meta-llama/Llama-3.1-8B-Instruct", "float16"),
    hf("meta-llama/Llama-3.1-8B-Instruct", "bfloat16"),
    hf("meta-llama/Llama-3.1-70B-Instruct"),
    hf("NousResearch/Hermes-3-Llama-3.1-8B"),
    hf("meta-llama/Llama-2-70b-chat-hf", "float16"),
    hf("mistralai/Mistral-7B-Instruct-v0.1"),
    hf("mistralai/Mistral-7B-Instruct-v0.2"),
    hf("CohereForAI/c4ai-command-r-plus", "float16"),
  ];

  it("pairs the example from the issue: qwen2-72b-instruct and Qwen/Qwen2-72B-Instruct", () => {
    expect(twinsOf("qwen2-72b-instruct", "alibaba", board)).toEqual(["Qwen_Qwen2-72B-Instruct_bfloat16"]);
  });

  it("pairs every precision of the repo and both names of a renamed repo", () => {
    expect(twinsOf("llama-3.1-8b-instruct", "meta", board)).toEqual([
      "meta-llama_Llama-3.1-8B-Instruct_bfloat16",
      "meta-llama_Llama-3.1-8B-Instruct_float16",
      "meta-llama_Meta-Llama-3.1-8B-Instruct_bfloat16",
    ]);
    expect(twinsOf("llama-2-70b-chat", "meta", board)).toEqual(["meta-llama_Llama-2-70b-chat-hf_float16"]);
    expect(twinsOf("command-r-plus", "cohere", board)).toEqual(["CohereForAI_c4ai-command-r-plus_float16"]);
  });

  it("never pairs a fine-tune, a merge or a quantised re-upload, in another namespace or the developer's own", () => {
    const twins = twinsOf("qwen2-72b-instruct", "alibaba", board);
    for (const derivative of [
      "unsloth/Qwen2-72B-Instruct", // re-upload
      "TheBloke/Qwen2-72B-Instruct-GPTQ", // quantised re-upload
      "Qwen/Qwen2-72B-Instruct-AWQ", // quantised by the developer
      "Qwen/Qwen2-72B-Instruct-GPTQ-Int4",
      "MaziyarPanahi/Qwen2-72B-Instruct-v0.1", // fine-tune
      "cognitivecomputations/dolphin-2.9.2-qwen2-72b", // fine-tune
      "mlabonne/Qwen2-72B-Instruct-slerp", // merge
    ]) {
      expect(twins).not.toContain(hf(derivative).key);
    }
    expect(twinsOf("llama-3.1-8b-instruct", "meta", board)).not.toContain(hf("NousResearch/Hermes-3-Llama-3.1-8B").key);
  });

  it("never pairs a different size, version or the base model", () => {
    expect(twinsOf("qwen2-7b-instruct", "alibaba", board)).toEqual(["Qwen_Qwen2-7B-Instruct_bfloat16"]);
    expect(twinsOf("llama-3.1-70b-instruct", "meta", board)).toEqual(["meta-llama_Llama-3.1-70B-Instruct_bfloat16"]);
    expect(twinsOf("qwen2-57b-instruct", "alibaba", board)).toEqual([]);
    expect(twinsOf("qwen2.5-7b-instruct", "alibaba", board)).toEqual([]);
    expect(twinsOf("mistral-7b-instruct-v0.3", "mistral-ai", board)).toEqual([]);
  });

  it("needs the HF namespace to belong to the arena model's developer", () => {
    expect(twinsOf("qwen2-72b-instruct", "meta", board)).toEqual([]);
    expect(twinsOf("qwen2-72b-instruct", null, board)).toEqual([]);
  });

  it("lets the curated map decide where the boards spell a model differently", () => {
    expect(ARENA_HF_TWINS["mistral-7b-instruct"]).toEqual(["mistralai/Mistral-7B-Instruct-v0.1"]);
    expect(twinsOf("mistral-7b-instruct", "mistral-ai", board)).toEqual([
      "mistralai_Mistral-7B-Instruct-v0.1_bfloat16",
    ]);
  });

  it("indexes both directions", () => {
    const t = matchTwins(
      [
        { key: "qwen2-72b-instruct", orgSlug: "alibaba" },
        { key: "llama-3.1-8b-instruct", orgSlug: "meta" },
      ],
      board,
    );
    expect(t.hfToArena.get("Qwen_Qwen2-72B-Instruct_bfloat16")).toEqual(["qwen2-72b-instruct"]);
    expect(t.hfToArena.get("meta-llama_Llama-3.1-8B-Instruct_float16")).toEqual(["llama-3.1-8b-instruct"]);
    expect(t.hfToArena.has("Qwen_Qwen2-72B_bfloat16")).toBe(false);
  });
});

describe("isDerivativeOf", () => {
  it("flags quantisation and merge tags the arena name lacks", () => {
    expect(isDerivativeOf("Llama-3.1-405B-Instruct-FP8", "llama-3.1-405b-instruct-fp8")).toBe(false);
    expect(isDerivativeOf("Qwen2-72B-Instruct-GGUF", "qwen2-72b-instruct")).toBe(true);
    expect(isDerivativeOf("Qwen2-72B-Instruct-4bit", "qwen2-72b-instruct")).toBe(true);
    expect(isDerivativeOf("Qwen2-72B-Instruct", "qwen2-72b-instruct")).toBe(false);
  });
});
