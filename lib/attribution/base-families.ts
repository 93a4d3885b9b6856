// What base mode reads when a model's `Base Model` chain ends without naming a developer's base model: the Hub
// architecture classes that only one developer's family defines, and the models whose name carries a family
// they were not trained from.
import type { PatternRule } from "./schema";

/**
 * Architecture classes (the `Architecture` column, the Transformers class of the weights) that one developer's model
 * family defines: a model of such a class starts from that developer's weights, because a fine-tune or merge keeps
 * the architecture of its base. Matched against the whole class name.
 *
 * Left out on purpose: the classes several developers train from scratch — LlamaForCausalLM (Yi, DeepSeek LLM,
 * SmolLM, Falcon 3, AMD-Llama, OpenLLaMA…), MistralForCausalLM, MixtralForCausalLM (also the class of Llama "4x8B"
 * MoE merges), GPTNeoX (Pythia, RedPajama-INCITE), GPT2LMHeadModel (GPT-SW3), GPTJ and T5.
 * tests/unit/attribution/lineage-sample.test.ts checks every class here against the rows of the real data whose
 * name carries a base family.
 */
export const ARCHITECTURE_RULES: PatternRule[] = [
  { pattern: /^Qwen\d/, org: "alibaba", note: "Qwen2, Qwen2-MoE, Qwen2-VL, Qwen3 classes" },
  { pattern: /^(?:Recurrent|Pali)?Gemma\d*(?:For|Model)/, org: "google" },
  { pattern: /^Phi(?:\d|Mo|For)/, org: "microsoft", note: "phi-1/2 (PhiForCausalLM), Phi-3/3.5/4, PhiMoE" },
  { pattern: /^InternLM\d*For/, org: "shanghai-ai-lab" },
  { pattern: /^Cohere\d*For/, org: "cohere" },
  { pattern: /^Exaone/, org: "lg-ai-research" },
  { pattern: /^Granite/, org: "ibm" },
  { pattern: /^Olmo/, org: "ai2", note: "OLMo, OLMoE, OLMo 2" },
  { pattern: /^Falcon(?:For|Mamba)/, org: "tii" },
  { pattern: /^Deepseek/, org: "deepseek" },
  { pattern: /^(?:ChatGLM|Glm)/, org: "zhipu-ai" },
  { pattern: /^Nemotron/, org: "nvidia", note: "Nemotron-4 and the Minitron models pruned from it" },
  { pattern: /^Mllama/, org: "meta", note: "Llama 3.2 Vision" },
  { pattern: /^StableLm/, org: "stability-ai" },
  { pattern: /^Starcoder2/, org: "bigcode" },
  { pattern: /^Bloom/, org: "bigscience" },
  { pattern: /^Jamba/, org: "ai21" },
  { pattern: /^Dbrx/, org: "databricks" },
];

/**
 * The community's shorthands for a base family, read by base mode after `BASE_FAMILY_RULES` (never for developer
 * credit: a re-upload of `L3-8B-Stheno` is Sao10K's work, not Meta's). tests/unit/attribution/lineage-sample.test.ts
 * checks each against the architecture and parameter count of the rows that carry it.
 */
export const BASE_FAMILY_SHORTHANDS: PatternRule[] = [
  { pattern: /(?:^|[^a-z0-9])l3(?:\.\d+)?(?![a-z0-9])/i, org: "meta", note: "L3, L3.1, L3.3: Llama 3" },
  { pattern: /(?:^|[^a-z0-9])mn(?![a-z0-9])/i, org: "mistral-ai", note: "MN: Mistral NeMo 12B" },
  {
    pattern: /(?:^|[^a-z])nemo(?![a-z])/i,
    org: "mistral-ai",
    note: "Nemo as a word of its own (not Nemotron): Mistral NeMo 12B",
  },
];

/**
 * Words that carry a base family's name without meaning its weights: models pretrained from scratch on that family's
 * architecture, or weights converted to it. Base mode blanks them out of a name before matching the base families, so
 * `internlm2_5-20b-llamafied` is InternLM and `AMD-Llama-135m` names no family.
 */
export const NOT_A_BASE_FAMILY: { pattern: RegExp; note: string }[] = [
  { pattern: /llamafied/i, note: "weights converted to the Llama architecture: the family is the other name" },
  { pattern: /amd-llama/i, note: "AMD-Llama-135m: pretrained from scratch by AMD" },
  { pattern: /open_?llama/i, note: "OpenLLaMA (openlm-research): a from-scratch reproduction of LLaMA" },
  { pattern: /smol_llama/i, note: "BEE-spoke-data's smol_llama: small models pretrained from scratch" },
  { pattern: /microllama/i, note: "MicroLlama (300M): pretrained from scratch" },
  {
    pattern: /tiny_?mistral/i,
    note: "TinyMistral (248M, 950M): pretrained from scratch; Mistral AI's smallest model is 3B",
  },
  {
    pattern: /(?:^|[^a-z])llama-\d+m(?![a-z0-9])/i,
    note: "a Llama of some millions of parameters (llama-68m, llama-160m): Meta's smallest Llama has 1B",
  },
  { pattern: /(?:llama-)?pints/i, note: "1.5-Pints (Pints.ai) is pretrained from scratch on the Llama architecture" },
];
