// Curated arena knowledge that the upstream `organization` column does not carry.
import type { ArenaModelOrg, ArenaRule } from "./schema";

/**
 * Developer for arena keys whose `organization` is null (mirror README §1.6 for `text`, §5 for `vision`, §6 for
 * `text_to_image`: no archived source had one), or whose upstream credit is wrong. Consulted before the alias match.
 * Each entry says what names the developer: the model family in the key, its publisher, or the paper. The country is
 * the organization's, with its own source (organizations-*.ts).
 */
export const ARENA_MODEL_ORGS: Readonly<Record<string, ArenaModelOrg>> = {
  // Text (and the same keys on the other arenas).
  "qwen-max-2025-08-15": { org: "alibaba", note: "Qwen is Alibaba's model family" },
  "qwen-vl-max-2025-08-13": { org: "alibaba", note: "Qwen-VL is Alibaba's model family" },
  "glm-4.5v": { org: "zhipu-ai", note: "GLM-4.5V is Zhipu AI's (Z.ai) vision model" },
  "step-3": { org: "stepfun", note: "Step is StepFun's model family" },
  "step-1o-turbo-202506": { org: "stepfun", note: "Step is StepFun's model family" },
  "minimax-m2": { org: "minimax", note: "MiniMax-M2 is MiniMax's model" },
  "ling-flash-2.0": { org: "ant-group", note: "Ling is Ant Group's (inclusionAI) model family" },
  "ring-flash-2.0": { org: "ant-group", note: "Ring is Ant Group's (inclusionAI) reasoning family" },
  "gpt-5-old": { org: "openai", note: "GPT-5 is OpenAI's; the `-old` key is an earlier serving of it" },
  "gpt-oss-120b": { org: "openai", note: "gpt-oss is OpenAI's open-weight family" },
  "gpt-oss-20b": { org: "openai", note: "gpt-oss is OpenAI's open-weight family" },
  "claude-sonnet-4-20250514-thinking-32k": { org: "anthropic", note: "Claude is Anthropic's model family" },
  "amazon-nova-experimental-chat-10-09": { org: "amazon", note: "Nova is Amazon's model family" },
  "nova-2-lite": { org: "amazon", note: "Nova is Amazon's model family" },
  "intellect-3": { org: "prime-intellect", note: "INTELLECT-3 is Prime Intellect's model" },
  "olmo-3-32b-think": { org: "ai2", note: "OLMo is Ai2's model family" },
  mercury: { org: "inception-labs", note: "Mercury is Inception Labs' diffusion model" },

  // Vision arena (mirror README §5: the 21 keys with no source; six of them are text keys above).
  "minicpm-v-2_6": { org: "openbmb", note: "MiniCPM-V is published by OpenBMB (openbmb/MiniCPM-V-2_6)" },
  "internvl2-26b": { org: "shanghai-ai-lab", note: "InternVL2 is published by OpenGVLab, Shanghai AI Laboratory" },
  "internvl2-4b": { org: "shanghai-ai-lab", note: "InternVL2 is published by OpenGVLab, Shanghai AI Laboratory" },
  "cogvlm2-llama3-chat-19b": {
    org: "zhipu-ai",
    note: "CogVLM2 is published under THUDM (THUDM/cogvlm2-llama3-chat-19B), Zhipu AI's namespace",
  },
  "c4ai-aya-vision-32b": { org: "cohere", note: "Aya Vision is Cohere For AI's (the c4ai prefix)" },
  "c4ai-aya-vision-8b": { org: "cohere", note: "Aya Vision is Cohere For AI's (the c4ai prefix)" },
  "phi-3-vision-128k-instruct": { org: "microsoft", note: "Phi-3 is Microsoft's model family" },
  "qwen2.5-vl-32b-instruct": { org: "alibaba", note: "Qwen2.5-VL is Alibaba's model family" },
  "ernie-5.0-preview-1120": { org: "baidu", note: "ERNIE is Baidu's model family" },
  "nvila-internal-15b-v1": { org: "nvidia", note: "NVILA is NVIDIA's vision-language model family" },
  "llava-onevision-qwen2-72b-ov": {
    org: "bytedance",
    note: "LLaVA-OneVision (lmms-lab/llava-onevision-qwen2-72b-ov) was led by ByteDance's LLaVA team (paper arXiv:2408.03326)",
  },
  "llava-v1.6-34b": {
    org: "uw-madison",
    note: "LLaVA-1.6 (LLaVA-NeXT, liuhaotian/llava-v1.6-34b) comes from the LLaVA authors at UW–Madison",
  },

  // Text-to-image arena (mirror README §6: the 30 keys with no source, and one wrong credit).
  bagel: { org: "bytedance", note: "BAGEL is ByteDance Seed's model (ByteDance-Seed/BAGEL-7B-MoT)" },
  "flux-1-kontext-dev": { org: "black-forest-labs", note: "FLUX is Black Forest Labs' model family" },
  "flux-1-kontext-max": { org: "black-forest-labs", note: "FLUX is Black Forest Labs' model family" },
  "flux-1-kontext-pro": { org: "black-forest-labs", note: "FLUX is Black Forest Labs' model family" },
  "flux-2-flex": { org: "black-forest-labs", note: "FLUX is Black Forest Labs' model family" },
  "flux-2-pro": { org: "black-forest-labs", note: "FLUX is Black Forest Labs' model family" },
  "gemini-2.0-flash-preview-image-generation": { org: "google", note: "Gemini is Google's model family" },
  "gemini-2.5-flash-image-preview (nano-banana)": {
    org: "google",
    note: "Gemini is Google's model family; the key itself names nano-banana as Gemini 2.5 Flash Image",
  },
  "gemini-3-pro-image-preview (nano-banana-pro)": { org: "google", note: "Gemini is Google's model family" },
  "gemini-3-pro-image-preview-2k (nano-banana-pro)": { org: "google", note: "Gemini is Google's model family" },
  "nano-banana-public": {
    org: "google",
    note: "upstream named the nano-banana codename: its key `gemini-2.5-flash-image-preview (nano-banana)` is Google's Gemini 2.5 Flash Image",
  },
  "gpt-image-1": { org: "openai", note: "gpt-image-1 is OpenAI's image model (its API name)" },
  "gpt-image-1-mini": { org: "openai", note: "gpt-image-1-mini is OpenAI's image model (its API name)" },
  "hunyuan-image-3.0": { org: "tencent", note: "Hunyuan is Tencent's model family" },
  "ideogram-v3-quality": {
    org: "ideogram",
    note: "Ideogram 3.0 is Ideogram's model; `ideogram-v2` is credited to it upstream",
  },
  "imagen-4.0-generate-preview-06-06": { org: "google", note: "Imagen is Google's image model family" },
  "imagen-4.0-generate-preview-06-06-old": { org: "google", note: "Imagen is Google's image model family" },
  "imagen-4.0-ultra-generate-preview-06-06": { org: "google", note: "Imagen is Google's image model family" },
  "imagen-4.0-ultra-generate-preview-06-06-old": { org: "google", note: "Imagen is Google's image model family" },
  "lucid-origin": { org: "leonardo-ai", note: "Lucid Origin is Leonardo.Ai's image model" },
  "mai-image-1": {
    org: "microsoft",
    note: "MAI-Image-1 is Microsoft AI's image model (as mai-1-preview is its text model)",
  },
  "qwen-image": { org: "alibaba", note: "Qwen-Image is Alibaba's model (Qwen/Qwen-Image)" },
  "qwen-image-old": { org: "alibaba", note: "Qwen-Image is Alibaba's model (Qwen/Qwen-Image)" },
  "qwen-image-prompt-extend": { org: "alibaba", note: "Qwen-Image is Alibaba's model (Qwen/Qwen-Image)" },
  "seedream-3": { org: "bytedance", note: "Seedream is ByteDance Seed's image model family" },
  "seedream-4-2k": { org: "bytedance", note: "Seedream is ByteDance Seed's image model family" },
  "seedream-4-fal": { org: "bytedance", note: "Seedream is ByteDance Seed's image model family (served through fal)" },
  "seedream-4-high-res-fal": {
    org: "bytedance",
    note: "Seedream is ByteDance Seed's image model family (served through fal)",
  },
  "seedream-4.5": { org: "bytedance", note: "Seedream is ByteDance Seed's image model family" },
  "wan2.5-t2i-preview": { org: "alibaba", note: "Wan is Alibaba's (Tongyi Wanxiang) image and video model family" },
  // Every archived version of the catalog's price table credits Recraft V3 to Google (mirror README §6): a slip.
  "recraft-v3": { org: "recraft", note: "Recraft V3 is Recraft's own model; upstream's `Google` credit is a slip" },
};

/**
 * Arena keys that are anonymous codenames: upstream has not said whose model they are, so they stay unattributed
 * (`unknown`) until it does. Listed so the decision is visible and the coverage test can tell them from a forgotten
 * key. A name that only looks like a family is no evidence: do not guess.
 */
export const ARENA_CODENAMES: Readonly<Record<string, string>> = {
  shadebrook: "anonymous vision arena model (2025-04-24 … 2025-05-21); no archived source names its developer",
  "keee7xus-04-v1": "anonymous vision arena model (2025-03-14); no archived source names its developer",
  "keee7xus-04-v2": "anonymous vision arena model (2025-03-14); no archived source names its developer",
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
  // Vision and image models whose language model is another developer's
  { key: "internvl2-4b", org: "microsoft", note: "InternVL2-4B's language model is Phi-3-mini-128k-instruct" },
  { key: "cogvlm2-llama3-chat-19b", org: "meta", note: "CogVLM2-Llama3 is built on Llama-3-8B-Instruct" },
  { key: "llava-onevision-qwen2-72b-ov", org: "alibaba", note: "LLaVA-OneVision-72B is built on Qwen2-72B" },
  { key: "llava-v1.6-34b", org: "01-ai", note: "LLaVA-1.6-34B is built on Nous-Hermes-2-Yi-34B, a Yi-34B tune" },
  { key: "bagel", org: "alibaba", note: "BAGEL's language model is initialised from Qwen2.5-7B-Instruct" },
];
