import { describe, expect, it } from "vitest";
import { attributeHf, attributeNamespace, type ModelFacts } from "@/lib/attribution/attribute";
import { namespaceOf, parseBaseModel } from "@/lib/attribution/hf-lineage";

/** An HF row: key = eval_name-like, name = fullname. */
const hf = (name: string, baseModel: string | null = null, key = `${name.replace("/", "_")}_bfloat16`): ModelFacts => ({
  key,
  name,
  organization: null,
  namespace: name.includes("/") ? namespaceOf(name) : null,
  baseModel,
});

function run(...models: ModelFacts[]) {
  return attributeHf(models);
}

describe("attributeHf: developer", () => {
  it("attributes by namespace, case-insensitively", () => {
    const r = run(
      hf("Qwen/Qwen2.5-72B-Instruct"),
      hf("qwen/Qwen2-7B"),
      hf("THUDM/glm-4-9b"),
      hf("zai-org/GLM-4.5-Air"),
    );
    expect(r.get("Qwen_Qwen2.5-72B-Instruct_bfloat16")!.developer).toEqual({
      orgSlug: "alibaba",
      why: "namespace 'Qwen' → alibaba",
    });
    expect(r.get("qwen_Qwen2-7B_bfloat16")!.developer.orgSlug).toBe("alibaba");
    expect(r.get("THUDM_glm-4-9b_bfloat16")!.developer.orgSlug).toBe("zhipu-ai");
    expect(r.get("zai-org_GLM-4.5-Air_bfloat16")!.developer.orgSlug).toBe("zhipu-ai");
  });

  it("derives the namespace from the fullname when none is given, including legacy ids", () => {
    const r = run({ key: "gpt2_float16", name: "gpt2", organization: null, namespace: null, baseModel: "gpt2" });
    expect(r.get("gpt2_float16")!.developer).toEqual({ orgSlug: "openai", why: "namespace 'gpt2' → openai" });
  });

  it("resolves re-upload namespaces through the re-hosted model", () => {
    const r = run(
      hf("TheBloke/Llama-2-70B-Chat-GPTQ"),
      hf("huggyllama/llama-65b"),
      hf("mistral-community/Mixtral-8x22B-v0.1"),
      hf("unsloth/phi-4"),
      hf("unsloth/Qwen2.5-7B"),
      hf("TheBloke/dolphin-2.2.1-mistral-7B-GPTQ"),
      hf("TheBloke/TinyLlama-1.1B-Chat-v1.0-AWQ"),
      hf("alpindale/WizardLM-2-8x22B"),
      hf("alpindale/magnum-72b-v1"),
      hf("TheBloke/Frobnicator-7B-GGUF"),
    );
    const dev = (name: string) => r.get(`${name.replace("/", "_")}_bfloat16`)!.developer;
    expect(dev("TheBloke/Llama-2-70B-Chat-GPTQ")).toEqual({
      orgSlug: "meta",
      why: "re-upload 'TheBloke' of llama → meta",
    });
    expect(dev("huggyllama/llama-65b").orgSlug).toBe("meta");
    expect(dev("mistral-community/Mixtral-8x22B-v0.1")).toEqual({
      orgSlug: "mistral-ai",
      why: "re-upload 'mistral-community' of mixtral → mistral-ai",
    });
    expect(dev("unsloth/phi-4").orgSlug).toBe("microsoft");
    expect(dev("unsloth/Qwen2.5-7B").orgSlug).toBe("alibaba");
    expect(dev("TheBloke/dolphin-2.2.1-mistral-7B-GPTQ").orgSlug).toBe("cognitive-computations");
    expect(dev("TheBloke/TinyLlama-1.1B-Chat-v1.0-AWQ").orgSlug).toBe("tinyllama");
    expect(dev("alpindale/WizardLM-2-8x22B").orgSlug).toBe("microsoft");
    // alpindale's own work is not a re-upload: it stays unattributed.
    expect(dev("alpindale/magnum-72b-v1").orgSlug).toBeNull();
    expect(dev("TheBloke/Frobnicator-7B-GGUF")).toEqual({
      orgSlug: null,
      why: "unattributed: re-upload namespace 'TheBloke' and no known model in 'Frobnicator-7B-GGUF'",
    });
  });

  it("does not read 'phi' inside other words", () => {
    expect(attributeNamespace("TheBloke", "phi-2-GGUF").orgSlug).toBe("microsoft");
    expect(attributeNamespace("TheBloke", "Sophisticated-7B").orgSlug).toBeNull();
    expect(attributeNamespace("TheBloke", "Delphi-3B").orgSlug).toBeNull();
  });

  it("leaves unknown namespaces unattributed", () => {
    expect(run(hf("someone/merge-7b")).get("someone_merge-7b_bfloat16")!.developer).toEqual({
      orgSlug: null,
      why: "unattributed: no organization for namespace 'someone'",
    });
  });
});

describe("attributeHf: base (lineage)", () => {
  it("follows Base Model through the set to the root", () => {
    const r = run(
      hf("a/b", "c/d"),
      hf("c/d", "meta-llama/Llama-3.1-8B"),
      hf("meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-8B"),
    );
    const base = r.get("a_b_bfloat16")!.base;
    expect(base.orgSlug).toBe("meta");
    expect(base.why).toBe(
      "lineage: a/b → c/d → meta-llama/Llama-3.1-8B [root: its own base model] → base family 'llama' in the root's name → meta",
    );
    expect(r.get("a_b_bfloat16")!.developer.orgSlug).toBeNull();
  });

  it("treats a parent outside the set as the root and attributes it by namespace", () => {
    const base = run(hf("x/ft", "y/mid"), hf("y/mid", "Qwen/Qwen2.5-72B")).get("x_ft_bfloat16")!.base;
    expect(base.orgSlug).toBe("alibaba");
    expect(base.why).toContain("missing parent: Qwen/Qwen2.5-72B is not in the model set");
    expect(base.why).toContain("x/ft → y/mid → Qwen/Qwen2.5-72B");
  });

  it("stops at the last node before a cycle repeats", () => {
    // p/one → q/two → r/three → q/two ...: stop at r/three.
    const r = run(hf("p/one", "q/two"), hf("q/two", "r/three"), hf("r/three", "q/two"));
    const base = r.get("p_one_bfloat16")!.base;
    expect(base.why).toMatch(/^lineage: p\/one → q\/two → r\/three \[cycle: r\/three → q\/two repeats/);
    expect(base.orgSlug).toBeNull();
    const withOrg = run(hf("p/one", "google/gemma-2-9b"), hf("google/gemma-2-9b", "p/one")).get("p_one_bfloat16")!.base;
    expect(withOrg.orgSlug).toBe("google");
    expect(withOrg.why).toContain("cycle");
  });

  it("handles the (Merge) suffix, 'Removed', empty values and case differences", () => {
    const r = run(
      hf("m/merge-7b", "m/merge-7b (Merge)"),
      hf("n/other", "mistralai/Mistral-7B-v0.1 (Merge)"),
      hf("o/gone", "Removed"),
      hf("s/none", null),
      hf("t/cased", "META-LLAMA/Meta-Llama-3-8B"),
      hf("meta-llama/Meta-Llama-3-8B"),
    );
    expect(r.get("m_merge-7b_bfloat16")!.base.why).toContain("root: a merge that names itself");
    expect(r.get("m_merge-7b_bfloat16")!.base.orgSlug).toBeNull();
    expect(r.get("n_other_bfloat16")!.base.orgSlug).toBe("mistral-ai");
    expect(r.get("o_gone_bfloat16")!.base.why).toContain("base model listed as 'Removed'");
    expect(r.get("s_none_bfloat16")!.base.why).toContain("no other base model recorded");
    const cased = r.get("t_cased_bfloat16")!.base;
    expect(cased.orgSlug).toBe("meta");
    expect(cased.why).toContain("t/cased → meta-llama/Meta-Llama-3-8B [root");
  });

  it("resolves a re-upload at the root when its name names no base family", () => {
    const base = run(hf("z/ft", "152334H/miqu-1-70b-sf")).get("z_ft_bfloat16")!.base;
    expect(base.orgSlug).toBe("mistral-ai");
    expect(base.why).toContain("falls back to the fine-tuner (re-upload '152334H' of miqu → mistral-ai)");
  });

  it("shares the best-known Base Model between precisions of one fullname", () => {
    const r = run(hf("w/ft", null, "w_ft_float16"), hf("w/ft", "google/gemma-2-9b", "w_ft_bfloat16"));
    expect(r.get("w_ft_float16")!.base.orgSlug).toBe("google");
    expect(r.get("w_ft_bfloat16")!.base.orgSlug).toBe("google");
  });
});

describe("parseBaseModel", () => {
  it.each([
    [null, { kind: "none" }],
    ["  ", { kind: "none" }],
    ["Removed", { kind: "removed" }],
    ["a/b", { kind: "model", name: "a/b", merge: false }],
    ["a/b (Merge)", { kind: "model", name: "a/b", merge: true }],
    ["https://huggingface.co/a/b", { kind: "model", name: "a/b", merge: false }],
    ["gpt2", { kind: "model", name: "gpt2", merge: false }],
  ])("%j", (raw, expected) => {
    expect(parseBaseModel(raw)).toEqual(expected);
  });
});
