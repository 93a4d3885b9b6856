// Hugging Face namespaces that re-host other developers' weights, and how a re-hosted repo is
// traced back to its developer. A repo in such a namespace is attributed only through its name;
// when no rule matches it stays unattributed rather than being credited to the re-uploader.
import type { PatternRule, ReuploadNamespace } from "./schema";

/**
 * Model-family markers in a repo name, tried in order; the first match wins. Fine-tune families come
 * first, so a quantised Dolphin or Hermes is credited to its fine-tuner rather than to the base
 * family its name also mentions; then base families. Specific names precede generic ones
 * (TinyLlama before Llama, Starling beta before Starling).
 */
export const MODEL_FAMILY_RULES: PatternRule[] = [
  { pattern: /dolphin/i, org: "cognitive-computations" },
  { pattern: /hermes/i, org: "nous-research", note: "OpenHermes, Nous-Hermes, Hermes-2/3" },
  { pattern: /openchat/i, org: "openchat" },
  { pattern: /zephyr/i, org: "hugging-face" },
  { pattern: /wizard(lm|coder|math)/i, org: "microsoft" },
  { pattern: /vicuna/i, org: "lmsys" },
  { pattern: /tulu|olmo/i, org: "ai2" },
  { pattern: /starling-lm-7b-beta/i, org: "nexusflow" },
  { pattern: /starling/i, org: "uc-berkeley" },
  { pattern: /athene/i, org: "nexusflow" },
  { pattern: /tinyllama/i, org: "tinyllama" },
  { pattern: /miqu/i, org: "mistral-ai", note: "leaked early Mistral model, confirmed by Mistral's CEO (Jan 2024)" },
  { pattern: /nemotron|minitron/i, org: "nvidia" },
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
];

const only = (pattern: RegExp, org: string, note?: string): PatternRule[] => [
  { pattern, org, ...(note ? { note } : {}) },
];

export const REUPLOAD_NAMESPACES: ReuploadNamespace[] = [
  { namespace: "TheBloke", note: "Quantisations (GPTQ, AWQ, GGUF) of other developers' models." },
  { namespace: "bartowski", note: "GGUF/EXL2 quantisations." },
  { namespace: "QuantFactory", note: "GGUF quantisations." },
  { namespace: "LoneStriker", note: "EXL2/GGUF quantisations." },
  { namespace: "mlx-community", note: "MLX conversions for Apple silicon." },
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
