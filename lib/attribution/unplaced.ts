// Namespaces that were reviewed and deliberately left without an organization, because no public
// source says where they are based. Their models count as `unknown`. Listing them here keeps that
// decision visible (and lets the coverage test tell "reviewed" apart from "forgotten").
export type UnplacedNamespace = { namespace: string; reason: string };

/**
 * Individuals and small groups seen in the Open LLM Leaderboard top 100 (any snapshot) for which
 * no public statement of location was found: merges, abliterations and fine-tunes from personal accounts.
 * Names, languages a model targets, or a model's base say nothing reliable about where its author
 * is, so none of these is guessed.
 */
const LEADERBOARD_INDIVIDUALS = [
  "AbacusResearch",
  "allknowingroger",
  "allura-org",
  "altomek",
  "Aryanne",
  "Azure99",
  "Ba2han",
  "BenevolenceMessiah",
  "bunnycore",
  "Casual-Autopsy",
  "cloudyu",
  "CombinHorizon",
  "Cran-May",
  "CultriX",
  "Daemontatox",
  "Danielbrdz",
  "dfurman",
  "djuna",
  "dnhkng",
  "DreadPoor",
  "ehristoforu",
  "failspy",
  "fblgit",
  "FINGU-AI",
  "flammenai",
  "fluently-lm",
  "gbueno86",
  "haoranxu",
  "HiroseKoichi",
  "hotmailuser",
  "huihui-ai",
  "ibivibiv",
  "invisietch",
  "jpacifico",
  "KSU-HW-SEC",
  "Lambent",
  "Lunzima",
  "maldv",
  "marcuscedricridia",
  "migtissera",
  "mmnga",
  "natong19",
  "nbeerbower",
  "newsbang",
  "nisten",
  "Nitral-AI",
  "NLPark",
  "OpenBuddy",
  "Orenguteng",
  "paloalma",
  "pankajmathur",
  "paulml",
  "prithivMLmods",
  "qingy2024",
  "Quazim0t0",
  "raphgg",
  "recoilme",
  "Replete-AI",
  "rombodawg",
  "rootxhacker",
  "rubenroy",
  "sakaltcommunity",
  "Sakalti",
  "Sao10K",
  "sequelbox",
  "SicariusSicariiStuff",
  "sometimesanotion",
  "ssmits",
  "Steelskull",
  "sthenno",
  "sthenno-com",
  "suayptalha",
  "Syed-Hasan-8503",
  "Tarek07",
  "tensopolis",
  "tomasmcm",
  "Triangle104",
  "Tsunami-th",
  "Undi95",
  "v000000",
  "ValiantLabs",
  "vicgalle",
  "wanlige",
  "xxx777xxxASD",
  "YOYO-AI",
  "ZeusLabs",
];

export const UNPLACED_NAMESPACES: readonly UnplacedNamespace[] = [
  {
    namespace: "CausalLM",
    reason:
      "CausalLM.org (JosephusCheung) states no location or legal entity in its model cards; official on the Open LLM Leaderboard (CausalLM/14B, 34b-beta).",
  },
  {
    namespace: "PygmalionAI",
    reason:
      "Online roleplay-model community with no stated location or legal entity; official (pygmalion-6b, a GPT-J-6B tune whose `Base Model` names itself).",
  },
  {
    namespace: "rhymes-ai",
    reason:
      "Rhymes AI states no headquarters in the Aria model card or paper, and no other public source was at hand; official (Aria).",
  },
  {
    namespace: "Open-Orca",
    reason:
      "Volunteer team with no stated lead organization or location; official (Mistral-7B-OpenOrca, whose `Base Model` names itself).",
  },
  // Reviewed in the December 2026 audit (issue 24): each reached an Open LLM Leaderboard top 100 by score rank.
  {
    namespace: "zetasepic",
    reason: "Individual account publishing abliterated Qwen2.5 models; no public statement of location.",
  },
  {
    namespace: "shuttleai",
    reason:
      "ShuttleAI, an AI API provider (shuttle-3, a Qwen2.5-72B fine-tune); its model card states no headquarters or legal entity, and no other statement of one is known.",
  },
  {
    namespace: "JungZoona",
    reason:
      "Personal account publishing T3Q-named Qwen2.5 fine-tunes; the account states no affiliation or location, so no company or country is assumed from the model names.",
  },
  {
    namespace: "anthracite-org",
    reason:
      "Anthracite, an online collective of fine-tuners (the Magnum models) with no stated location or legal entity.",
  },
  {
    namespace: "EVA-UNIT-01",
    reason: "Small group publishing the EVA fine-tunes of Qwen2.5; no stated location or legal entity.",
  },
  {
    namespace: "tanliboy",
    reason:
      "Personal account (DPO tunes of Qwen2.5 and Gemma-2 named lambda-*); the prefix is not a stated affiliation and no location is stated.",
  },
  {
    namespace: "Goekdeniz-Guelmez",
    reason:
      "Individual developer (the Josiefied / J.O.S.I.E. fine-tunes of Qwen2.5); no public statement of location was at hand.",
  },
  {
    namespace: "aaditya",
    reason:
      "Personal account; the OpenBioLLM model card credits Saama AI Labs but states no location, and the account also holds its owner's own work, so it is not placed with a company.",
  },
  {
    namespace: "DeepMount00",
    reason:
      "Individual developer of Italian-language fine-tunes (Llama-3-8b-Ita, Lexora); a model's language says nothing about where its author is, and no location is stated.",
  },
  {
    namespace: "TheTsar1209",
    reason: "Individual account (carpmuscle fine-tunes of Qwen2.5 and Mistral-Nemo); no public statement of location.",
  },
  {
    namespace: "1024m",
    reason:
      "Individual account (QWEN-14B-B100, PHI-4-Hindi); a Hindi fine-tune says nothing about where its author is, and no location is stated.",
  },
  ...LEADERBOARD_INDIVIDUALS.map((namespace) => ({
    namespace,
    reason: "individual or community account with no public location (reviewed: Open LLM Leaderboard top 100)",
  })),
];
