// Community groups, open collaborations and individual developers.
// An individual is listed only when where they work from is publicly stated (profile or employer);
// everyone else stays unattributed (`unknown`) rather than being guessed from a name or a language.
import type { Organization } from "./schema";

export const COMMUNITY_ORGANIZATIONS: Organization[] = [
  {
    slug: "nous-research", name: "Nous Research", country: "US", kind: "company",
    aliases: ["NousResearch", "Nous Research"],
    namespaces: ["NousResearch", "teknium"],
    note: "Started as an online collective and became a US-based company in 2023. `teknium` is the personal namespace of its co-founder Teknium, where OpenHermes was published; the arena credits openhermes-2.5-mistral-7b to NousResearch.",
  },
  {
    slug: "cognitive-computations", name: "Cognitive Computations", country: "US", kind: "community",
    aliases: ["Cognitive Computations"],
    namespaces: ["cognitivecomputations", "ehartford"],
    note: "Eric Hartford's group (Dolphin models), US-based; `ehartford` is his personal namespace, used before the group namespace existed.",
  },
  {
    slug: "bigscience", name: "BigScience", country: "US", kind: "community",
    aliases: ["BigScience"],
    namespaces: ["bigscience"],
    note: "Open research workshop (BLOOM) led by Hugging Face, trained on the French Jean Zay supercomputer. The lead-org rule gives Hugging Face's country (US).",
  },
  {
    slug: "bigcode", name: "BigCode", country: "US", kind: "community",
    aliases: ["BigCode"],
    namespaces: ["bigcode"],
    note: "Open collaboration (StarCoder) co-led by Hugging Face and ServiceNow, both US-headquartered.",
  },
  {
    slug: "rlhflow", name: "RLHFlow", country: "US", kind: "community",
    aliases: ["RLHFlow"],
    namespaces: ["RLHFlow"],
    note: "Research group behind the 'RLHF Workflow' paper (2024), whose authors are from Salesforce AI Research and UIUC, both in the US.",
  },
  {
    slug: "maziyar-panahi", name: "Maziyar Panahi", country: "FR", kind: "community",
    aliases: ["Maziyar Panahi"],
    namespaces: ["MaziyarPanahi"],
    note: "Individual developer (calme models); his public profiles give Paris, France.",
  },
  {
    slug: "maxime-labonne", name: "Maxime Labonne", country: "GB", kind: "community", uncertain: true,
    aliases: ["Maxime Labonne"],
    namespaces: ["mlabonne"],
    note: "Individual developer (NeuralBeagle, BigQwen; now at Liquid AI); his public profiles give London, UK. French by origin, so the residence-based choice matters here.",
  },
  {
    slug: "matt-shumer", name: "Matt Shumer", country: "US", kind: "community",
    aliases: ["Matt Shumer"],
    namespaces: ["mattshumer"],
    note: "Individual namespace of the CEO of HyperWrite (New York), used for the Reflection 70B experiments.",
  },
  {
    slug: "linkbricks", name: "Linkbricks", country: "KR", kind: "company", uncertain: true,
    aliases: ["Linkbricks"],
    namespaces: ["Saxo"],
    note: "`Saxo` publishes the Linkbricks-Horizon-AI models, many of them Korean-language tunes; Linkbricks is a Korean company and Saxo is its founder's account. Based on the model cards, not on a company filing.",
  },
];
