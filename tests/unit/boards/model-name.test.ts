import { describe, expect, test } from "vitest";
import { modelName, modelNameText } from "@/lib/boards/model-name";

describe("modelName", () => {
  test("an Open LLM Leaderboard key reads as its Hub repo, the precision apart", () => {
    expect(modelName("hf-open-llm-v2", "meta-llama_Llama-3.3-70B-Instruct_bfloat16")).toEqual({
      name: "meta-llama/Llama-3.3-70B-Instruct",
      precision: "bfloat16",
    });
    expect(modelNameText("hf-open-llm-v2", "Qwen_Qwen2.5-72B-Instruct_float16")).toBe(
      "Qwen/Qwen2.5-72B-Instruct (float16)",
    );
  });

  test("underscores inside the repo name stay; only the first one is the namespace's slash", () => {
    expect(modelName("hf-open-llm-v2", "MaziyarPanahi_calme_2.4_rys_78b_bfloat16")).toEqual({
      name: "MaziyarPanahi/calme_2.4_rys_78b",
      precision: "bfloat16",
    });
  });

  test("a last part that is not a precision is part of the name", () => {
    expect(modelName("hf-open-llm-v2", "org_model_v2")).toEqual({ name: "org/model_v2", precision: null });
    expect(modelName("hf-open-llm-v2", "org_model_4bit")).toEqual({ name: "org/model", precision: "4bit" });
  });

  test("a key with no Hub form is left as it is", () => {
    expect(modelName("hf-open-llm-v2", "plainname")).toEqual({ name: "plainname", precision: null });
    expect(modelName("hf-open-llm-v2", "_leading")).toEqual({ name: "_leading", precision: null });
    expect(modelName("hf-open-llm-v2", "trailing_")).toEqual({ name: "trailing_", precision: null });
  });

  test("arena keys and unknown boards are names already, underscores and all", () => {
    expect(modelNameText("lmarena-text", "gpt-4o_2024_bfloat16")).toBe("gpt-4o_2024_bfloat16");
    expect(modelNameText("no-such-board", "a_b_bfloat16")).toBe("a_b_bfloat16");
  });
});
