// Hugging Face namespaces that re-host other developers' weights, and how a re-hosted repo is
// traced back to its developer. A repo in such a namespace is attributed only through its name;
// when no rule matches it stays unattributed rather than being credited to the re-uploader.
import type { PatternRule, ReuploadNamespace } from "./schema";

/**
 * Fine-tune families: names a developer gave to its tunes of someone else's base model. For developer credit (re-uploads)
 * they come before the base families, so a quantised Dolphin or Hermes is credited to its fine-tuner rather than to the
 * base family its name also mentions. Base mode never uses them. Specific names precede generic ones (Starling beta
 * before Starling).
 */
export const FINE_TUNE_FAMILY_RULES: PatternRule[] = [
  { pattern: /dolphin/i, org: "cognitive-computations" },
  { pattern: /hermes/i, org: "nous-research", note: "OpenHermes, Nous-Hermes, Hermes-2/3" },
  { pattern: /openchat/i, org: "openchat" },
  { pattern: /zephyr/i, org: "hugging-face" },
  { pattern: /wizard(lm|coder|math)/i, org: "microsoft" },
  { pattern: /vicuna/i, org: "lmsys" },
  { pattern: /tulu/i, org: "ai2", note: "Tulu 2/3 are Ai2's tunes of Llama 2 / Llama 3.1" },
  { pattern: /starling-lm-7b-beta/i, org: "nexusflow" },
  { pattern: /starling/i, org: "uc-berkeley" },
  { pattern: /athene/i, org: "nexusflow" },
  {
    pattern: /miqu/i,
    org: "mistral-ai",
    note: "leaked early Mistral model, confirmed by Mistral's CEO (Jan 2024), who said it was retrained from Llama 2",
  },
  {
    pattern: /nemotron|minitron/i,
    org: "nvidia",
    note: "NVIDIA's tunes and prunes of Llama and Mistral NeMo (Llama-3.1-Nemotron, Mistral-NeMo-Minitron); NVIDIA's own Nemotron-4 is a base family below",
  },
];

/**
 * Base families: names of pretrained model families, each credited to the developer that trained the weights. Base mode
 * uses only these. Specific names precede generic ones (OLMo and TinyLlama before Llama); the families a name can carry
 * alongside another's (a distill, a pruned or extended model) come after the family whose weights it starts from:
 * Llama, Mistral and Qwen before DeepSeek and Nemotron, so `DeepSeek-R1-Distill-Llama-70B` is Llama.
 */
export const BASE_FAMILY_RULES: PatternRule[] = [
  { pattern: /olmo/i, org: "ai2", note: "OLMo, OLMoE, OLMo 2: pretrained by Ai2" },
  { pattern: /tinyllama/i, org: "tinyllama" },
  { pattern: /llama/i, org: "meta", note: "Llama 1-4 and Code Llama" },
  { pattern: /mistral|mixtral|ministral|codestral|pixtral/i, org: "mistral-ai" },
  { pattern: /qwen|qwq/i, org: "alibaba" },
  { pattern: /gemma|gemini|flan-t5/i, org: "google" },
  {
    pattern: /(?:^|[^a-z])phi-?\d/i,
    org: "microsoft",
    note: "phi-2/3/4; anchored so that e.g. 'dolphin' does not match",
  },
  { pattern: /deepseek/i, org: "deepseek" },
  { pattern: /(?:^|[^a-z])yi-/i, org: "01-ai" },
  { pattern: /falcon/i, org: "tii" },
  { pattern: /chatglm|(?:^|[^a-z])glm-/i, org: "zhipu-ai" },
  { pattern: /internlm/i, org: "shanghai-ai-lab" },
  { pattern: /command-r|c4ai|aya-/i, org: "cohere" },
  { pattern: /granite/i, org: "ibm" },
  { pattern: /smollm/i, org: "hugging-face" },
  { pattern: /starcoder/i, org: "bigcode" },
  { pattern: /bloom/i, org: "bigscience" },
  { pattern: /pythia|gpt-neo|gpt-j/i, org: "eleutherai" },
  { pattern: /gpt-?2|gpt-oss/i, org: "openai" },
  { pattern: /stablelm|stable-code/i, org: "stability-ai" },
  { pattern: /solar/i, org: "upstage" },
  { pattern: /exaone/i, org: "lg-ai-research" },
  { pattern: /baichuan/i, org: "baichuan" },
  { pattern: /hunyuan/i, org: "tencent" },
  { pattern: /kimi|moonlight/i, org: "moonshot-ai" },
  { pattern: /minimax/i, org: "minimax" },
  { pattern: /jamba/i, org: "ai21" },
  { pattern: /dbrx/i, org: "databricks" },
  { pattern: /(?:^|[^a-z])mpt-/i, org: "mosaicml" },
  { pattern: /(?:^|[^a-z])opt-\d/i, org: "meta", note: "OPT" },
  {
    pattern: /nemotron|minitron/i,
    org: "nvidia",
    note: "Nemotron-4 and Minitron models not named after Llama or Mistral",
  },
];

/**
 * Model-family markers for developer credit of a re-hosted repo, tried in order; the first match wins: fine-tune
 * families, then base families. (Nemotron/Minitron sits in both lists: first as NVIDIA's tunes, so its second place in
 * the base list never decides here.)
 */
export const MODEL_FAMILY_RULES: PatternRule[] = [...FINE_TUNE_FAMILY_RULES, ...BASE_FAMILY_RULES];

/**
 * Words that mark a third party's rework of a model: abliteration, uncensoring, merges. A conversion named with one of
 * them holds someone else's weights, whatever family its name also carries.
 */
const THIRD_PARTY_WORK = String.raw`abliterat|uncensor|lorablat|(?:^|[^a-z])(?:merge[ds]?|slerp|ties|dare|della|model[-_]?stock)(?:[^a-z]|$)`;

/**
 * The repo names mlx-community keeps from the original. A conversion is credited to the fine-tune's author when the
 * name says whose it is: a fine-tune family (Hermes, Dolphin, Tulu, Nemotron…) or an organization's own model name.
 * Otherwise only the family maker's own releases count, named as the maker names them: the name starts with the
 * family (`Qwen2.5-7B-Instruct-4bit`, `Meta-Llama-3.1-8B-Instruct-8bit`, `DeepSeek-R1-Distill-Qwen-7B`) and carries
 * no mark of third-party work. Anything else (`Josiefied-Qwen2.5-0.5B-Instruct-abliterated-v1`) stays unattributed:
 * its author is someone the name does not identify.
 */
export const MLX_COMMUNITY_RULES: PatternRule[] = [
  ...FINE_TUNE_FAMILY_RULES,
  { pattern: /sauerkrautlm/i, org: "vago-solutions", note: "SauerkrautLM is VAGO solutions' line of fine-tunes" },
  { pattern: /(?:^|[^a-z])calme-/i, org: "maziyar-panahi", note: "calme is Maziyar Panahi's line of fine-tunes" },
  { pattern: /smaug/i, org: "abacus-ai", note: "Smaug is Abacus.AI's line of fine-tunes" },
  ...BASE_FAMILY_RULES.map((r): PatternRule => ({
    pattern: new RegExp(String.raw`^(?!.*(?:${THIRD_PARTY_WORK}))(?:meta-)?(?:${r.pattern.source})`, "i"),
    org: r.org,
    note: `the maker's own release: the name starts with the family (${r.pattern.source})`,
  })),
];

const only = (pattern: RegExp, org: string, note?: string): PatternRule[] => [
  { pattern, org, ...(note ? { note } : {}) },
];

export const REUPLOAD_NAMESPACES: ReuploadNamespace[] = [
  { namespace: "TheBloke", note: "Quantisations (GPTQ, AWQ, GGUF) of other developers' models." },
  { namespace: "bartowski", note: "GGUF/EXL2 quantisations." },
  { namespace: "QuantFactory", note: "GGUF quantisations." },
  { namespace: "LoneStriker", note: "EXL2/GGUF quantisations." },
  {
    namespace: "mlx-community",
    note: "MLX conversions for Apple silicon, of anyone's model: credited only when the name says whose it is.",
    rules: MLX_COMMUNITY_RULES,
  },
  { namespace: "lmstudio-community", note: "GGUF builds published by LM Studio." },
  {
    namespace: "unsloth",
    note: "Copies (and 4-bit versions) of Llama, Mistral, Qwen, Gemma and Phi weights, re-hosted for the Unsloth fine-tuning library.",
  },
  {
    namespace: "huggyllama",
    note: "Transformers conversions of Meta's original LLaMA weights.",
    rules: only(/llama/i, "meta"),
  },
  {
    namespace: "decapoda-research",
    note: "Early conversions of Meta's original LLaMA weights.",
    rules: only(/llama/i, "meta"),
  },
  {
    namespace: "mistral-community",
    note: "Community-maintained conversions of Mistral AI releases (e.g. the Mixtral-8x22B torrent drop).",
    rules: only(/mistral|mixtral|pixtral|codestral/i, "mistral-ai"),
  },
  {
    namespace: "152334H",
    note: "Only miqu-1-70b-sf, a dequantised copy of the leaked 'miqu' model, which Mistral's CEO confirmed was an early Mistral model.",
    rules: only(/miqu/i, "mistral-ai"),
  },
  {
    namespace: "alpindale",
    note: "Mirrored WizardLM-2 after Microsoft withdrew it (April 2024). The namespace's other repos are the owner's own fine-tunes and stay unattributed.",
    rules: only(/^wizardlm-2/i, "microsoft"),
  },
];
