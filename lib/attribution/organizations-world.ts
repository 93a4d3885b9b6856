// Developers headquartered outside the US and China: Europe first, then the rest of the world.
// Same rule as the other data files: HQ when the models were released; for a collaboration, the lead.
import type { Organization } from "./schema";

export const WORLD_ORGANIZATIONS: Organization[] = [
  // Europe
  { slug: "mistral-ai", name: "Mistral AI", country: "FR", kind: "company", aliases: ["Mistral", "Mistral AI"], namespaces: ["mistralai"], note: "Paris." },
  { slug: "aleph-alpha", name: "Aleph Alpha", country: "DE", kind: "company", aliases: ["Aleph Alpha"], namespaces: ["Aleph-Alpha"], note: "Heidelberg." },
  {
    slug: "stability-ai", name: "Stability AI", country: "GB", kind: "company",
    aliases: ["Stability AI", "Stability", "StabilityAI"],
    namespaces: ["stabilityai"],
    note: "Headquartered in London (Stability AI Ltd).",
  },
  { slug: "kyutai", name: "Kyutai", country: "FR", kind: "lab", aliases: ["Kyutai"], namespaces: ["kyutai"], note: "Paris non-profit lab." },
  {
    slug: "laion", name: "LAION", country: "DE", kind: "community",
    aliases: ["LAION", "OpenAssistant", "Open Assistant"],
    namespaces: ["laion", "OpenAssistant"],
    note: "LAION e.V. is a non-profit registered in Hamburg; it organised the OpenAssistant project (the arena's `OpenAssistant`, oasst-pythia-12b).",
  },
  {
    slug: "argilla", name: "Argilla", country: "ES", kind: "company",
    aliases: ["Argilla"],
    namespaces: ["argilla", "argilla-warehouse"],
    note: "Madrid startup, acquired by Hugging Face in mid-2024. Kept in ES: the registry has one country per organization, and most of its models predate the acquisition.",
  },
  {
    slug: "speakleash", name: "SpeakLeash", country: "PL", kind: "community",
    aliases: ["SpeakLeash"],
    namespaces: ["speakleash"],
    note: "Polish open-science foundation (Fundacja SpeakLeash); trained the Bielik models with ACK Cyfronet AGH in Kraków.",
  },
  { slug: "vago-solutions", name: "VAGO solutions", country: "DE", kind: "company", aliases: ["VAGO solutions"], namespaces: ["VAGOsolutions"], note: "German company behind the SauerkrautLM fine-tunes." },
  { slug: "mts-ai", name: "MTS AI", country: "RU", kind: "company", aliases: ["MTS AI"], namespaces: ["MTSAIR"], note: "AI subsidiary of the Russian telecom MTS (Moscow)." },
  // Rest of the world
  { slug: "tii", name: "Technology Innovation Institute", country: "AE", kind: "lab", aliases: ["TII", "Technology Innovation Institute"], namespaces: ["tiiuae"], note: "Abu Dhabi government research centre (Falcon)." },
  {
    slug: "llm360", name: "LLM360", country: "AE", kind: "lab", uncertain: true,
    aliases: ["LLM360"],
    namespaces: ["LLM360"],
    note: "Open-model initiative of MBZUAI (Abu Dhabi) with Petuum (US) and Cerebras (US). Taken as MBZUAI-led, since K2 and later releases were presented as MBZUAI work; the lead-org rule then gives AE.",
  },
  {
    slug: "cohere", name: "Cohere", country: "CA", kind: "company",
    aliases: ["Cohere", "Cohere For AI", "Cohere Labs"],
    namespaces: ["CohereForAI", "CohereLabs", "Cohere"],
    note: "Headquartered in Toronto. Cohere For AI (renamed Cohere Labs in 2025) is its research lab and publishes the open weights.",
  },
  { slug: "ai21", name: "AI21 Labs", country: "IL", kind: "company", aliases: ["AI21 Labs", "AI21"], namespaces: ["ai21labs"], note: "Tel Aviv." },
  { slug: "deci", name: "Deci AI", country: "IL", kind: "company", aliases: ["Deci", "Deci AI"], namespaces: ["Deci"], note: "Tel Aviv; acquired by NVIDIA in 2024, after its DeciLM releases." },
  { slug: "upstage", name: "Upstage", country: "KR", kind: "company", aliases: ["Upstage", "Upstage AI"], namespaces: ["upstage"] },
  { slug: "lg-ai-research", name: "LG AI Research", country: "KR", kind: "lab", aliases: ["LG AI Research", "LG"], namespaces: ["LGAI-EXAONE"] },
  { slug: "naver", name: "NAVER", country: "KR", kind: "company", aliases: ["Naver", "NAVER Cloud"], namespaces: ["naver", "naver-hyperclovax"] },
  { slug: "sakana-ai", name: "Sakana AI", country: "JP", kind: "company", aliases: ["Sakana AI", "Sakana"], namespaces: ["SakanaAI"], note: "Tokyo." },
  {
    slug: "tinyllama", name: "TinyLlama project", country: "SG", kind: "community",
    aliases: ["TinyLlama"],
    namespaces: ["TinyLlama"],
    note: "Project of the StatNLP group at the Singapore University of Technology and Design (the TinyLlama paper's authors are from SUTD).",
  },
];
