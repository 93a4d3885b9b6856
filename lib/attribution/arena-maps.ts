// Curated arena knowledge that the upstream `organization` column does not carry.
import type { ArenaRule } from "./schema";

/**
 * Developer for arena keys whose `organization` is null (mirror README §1.6: no source had one).
 * Consulted before the alias match, so it can also correct a wrong upstream credit.
 */
export const ARENA_MODEL_ORGS: Readonly<Record<string, string>> = {
  "qwen-max-2025-08-15": "alibaba",
  "qwen-vl-max-2025-08-13": "alibaba",
  "glm-4.5v": "zhipu-ai",
  "step-3": "stepfun",
  "step-1o-turbo-202506": "stepfun",
  "minimax-m2": "minimax",
  "ling-flash-2.0": "ant-group",
  "ring-flash-2.0": "ant-group",
  "gpt-5-old": "openai",
  "gpt-oss-120b": "openai",
  "gpt-oss-20b": "openai",
  "claude-sonnet-4-20250514-thinking-32k": "anthropic",
  "amazon-nova-experimental-chat-10-09": "amazon",
  "nova-2-lite": "amazon",
  "intellect-3": "prime-intellect",
  "olmo-3-32b-think": "ai2",
  mercury: "inception-labs",
  // Vision arena (not yet a board here): MiniCPM-V is OpenBMB's.
  "minicpm-v-2_6": "openbmb",
};

/**
 * Arena models fine-tuned from another developer's base model, for the `base` attribution mode.
 * Keys are exact model keys or patterns over them; the first matching rule wins. A model with no
 * rule here is treated as its developer's own base model.
 */
export const ARENA_BASE_RULES: ArenaRule[] = [
  // Nexusflow
  { key: /^athene-70b/, org: "meta", note: "Athene-70B is tuned from Llama-3-70B-Instruct" },
  { key: "athene-v2-chat", org: "alibaba", note: "Athene-V2 is tuned from Qwen2.5-72B" },
  {
    key: /^starling-lm-7b-(alpha|beta)$/,
    org: "mistral-ai",
    note: "Starling-LM is tuned from OpenChat 3.5, itself Mistral-7B",
  },
  // NVIDIA: everything named llama*-nemotron or *-steerlm is a Llama derivative; nemotron-4-340b is NVIDIA's own.
  { key: /llama.*nemotron|nemotron.*llama/, org: "meta", note: "Llama-3.1/3.3 Nemotron models are derived from Llama" },
  { key: "llama2-70b-steerlm-chat", org: "meta", note: "SteerLM tune of Llama-2-70B" },
  // LMSYS
  { key: /^vicuna-/, org: "meta", note: "Vicuna is tuned from LLaMA / Llama 2" },
  { key: "fastchat-t5-3b", org: "google", note: "FastChat-T5 is tuned from Flan-T5-XL" },
  // Other Llama fine-tunes
  { key: /^wizardlm-(13b|70b)$/, org: "meta", note: "WizardLM 13B/70B are tuned from Llama (2)" },
  { key: /tulu/, org: "meta", note: "Tulu 2 and Tulu 3 are tuned from Llama 2 / Llama 3.1" },
  { key: "koala-13b", org: "meta", note: "Koala is tuned from LLaMA-13B" },
  { key: "alpaca-13b", org: "meta", note: "Alpaca is tuned from LLaMA" },
  { key: "guanaco-33b", org: "meta", note: "Guanaco is a QLoRA tune of LLaMA-33B" },
  { key: "gpt4all-13b-snoozy", org: "meta", note: "GPT4All-13B-snoozy is tuned from LLaMA-13B" },
  { key: "pplx-70b-online", org: "meta", note: "pplx-70b-online is built on Llama-2-70B" },
  // Mistral fine-tunes
  { key: /^openchat-3\.5/, org: "mistral-ai", note: "OpenChat 3.5 is tuned from Mistral-7B" },
  { key: /^zephyr-7b-/, org: "mistral-ai", note: "Zephyr-7B is tuned from Mistral-7B" },
  { key: "zephyr-orpo-141b-A35b-v0.1", org: "mistral-ai", note: "Zephyr ORPO 141B is tuned from Mixtral-8x22B" },
  { key: "openhermes-2.5-mistral-7b", org: "mistral-ai", note: "OpenHermes 2.5 is tuned from Mistral-7B" },
  { key: "nous-hermes-2-mixtral-8x7b-dpo", org: "mistral-ai", note: "tuned from Mixtral-8x7B" },
  { key: "dolphin-2.2.1-mistral-7b", org: "mistral-ai", note: "tuned from Mistral-7B" },
  { key: "pplx-7b-online", org: "mistral-ai", note: "pplx-7b-online is built on Mistral-7B" },
  {
    key: "solar-10.7b-instruct-v1.0",
    org: "mistral-ai",
    note: "SOLAR 10.7B is depth-up-scaled from Mistral-7B weights (SOLAR paper)",
  },
  // Others
  { key: "gemma-2-9b-it-simpo", org: "google", note: "SimPO tune of Gemma-2-9B-it" },
  { key: "dolly-v2-12b", org: "eleutherai", note: "Dolly 2.0 is tuned from Pythia-12B" },
  { key: "oasst-pythia-12b", org: "eleutherai", note: "OpenAssistant's model is tuned from Pythia-12B" },
  { key: "intellect-3", org: "zhipu-ai", note: "INTELLECT-3 is post-trained from GLM-4.5-Air base" },
  { key: "minicpm-v-2_6", org: "alibaba", note: "MiniCPM-V 2.6 is built on Qwen2-7B (with a SigLIP vision encoder)" },
];
