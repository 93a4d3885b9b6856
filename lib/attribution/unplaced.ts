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
  ...LEADERBOARD_INDIVIDUALS.map((namespace) => ({
    namespace,
    reason: "individual or community account with no public location (reviewed: Open LLM Leaderboard top 100)",
  })),
];
