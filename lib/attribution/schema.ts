// Shapes of the curated attribution data. Every data file is parsed with these schemas when the
// registry module loads, so a typo in a country code or a slug fails fast instead of mis-attributing.
import { z } from "zod";
import { isIsoCountry } from "@/lib/core/countries";

/** An organization slug: kebab-case. The registry's slugs, and what an /orgs/{slug} URL may hold. */
export const ORG_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Hugging Face user/org names: letters, digits, '-', '_' and '.'. */
const NAMESPACE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const ORGANIZATION_KINDS = ["company", "lab", "university", "community"] as const;

/**
 * What kind of public page a country source is, strongest first. `official`: the organization's own site (about,
 * imprint, contact page or its own repository); `filing`: a regulatory or company-register filing; `wikipedia`: its
 * Wikipedia article; `paper`: the author affiliations of the paper that introduced its models, for a research
 * project with no headquarters of its own; `profile`: an individual developer's own public profile.
 */
export const SOURCE_KINDS = ["official", "filing", "wikipedia", "paper", "profile"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** How a page of each kind is named to readers ("Source: Wikipedia"). */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: "the organization's own site",
  filing: "a regulatory filing",
  wikipedia: "Wikipedia",
  paper: "the author affiliations of its paper",
  profile: "the developer's own public profile",
};
/** The label of a stored kind; an unknown one (a row written by another version) reads as itself. */
export function sourceKindLabel(kind: string): string {
  return Object.hasOwn(SOURCE_KIND_LABELS, kind) ? SOURCE_KIND_LABELS[kind as SourceKind] : kind;
}

/**
 * Where the country of an organization is stated publicly. `reviewedOn` is the date a person last reviewed the entry
 * against what that page is known to say. It is NOT a fetch date: the registry is curated on machines without network
 * access, so the link was not re-fetched on that day. `npm run attribution:sources -- --check` requests every link
 * from a machine with network and reports the ones that no longer answer.
 */
export const CountrySourceSchema = z
  .object({
    url: z.url({ protocol: /^https$/, error: "source url must be an https URL" }),
    kind: z.enum(SOURCE_KINDS),
    reviewedOn: z.iso
      .date("reviewedOn must be a YYYY-MM-DD date")
      .refine((d) => d <= new Date().toISOString().slice(0, 10), "reviewedOn cannot be in the future"),
  })
  .strict();
export type CountrySource = z.infer<typeof CountrySourceSchema>;

/**
 * The rules that settle a contested country, each stated once. An organization whose country could reasonably be
 * argued otherwise names the rule it was placed by; /methodology lists every such case from the registry.
 */
export const CONTESTED_RULES = {
  "parent-hq": "A subsidiary or in-house team counts for its parent company's headquarters, wherever the team sits.",
  "operating-hq":
    "A company counts for where it is run from, not where it is incorporated or where its founders come from.",
  "at-release":
    "A developer counts for its headquarters when its models were released; a later acquisition does not move them.",
  "lead-organization": "A collaboration counts for its lead organization.",
  "lead-developers":
    "A project with no headquarters of its own counts for where its lead developers work, as their papers or profiles state.",
  residence:
    "An individual developer counts for where they live and work, as their own profile states, not for their nationality.",
  "country-groups":
    "Europe is the EU-27 plus GB, CH, NO, IS and LI; every other attributed country outside the US and China counts as other, whatever its geography.",
} as const;
export type ContestedRule = keyof typeof CONTESTED_RULES;
export const CONTESTED_RULE_KEYS = Object.keys(CONTESTED_RULES) as [ContestedRule, ...ContestedRule[]];

/** The sentence of a rule; an unknown key (a row written by another version) reads as itself. */
export function contestedRuleText(rule: string): string {
  return Object.hasOwn(CONTESTED_RULES, rule) ? CONTESTED_RULES[rule as ContestedRule] : rule;
}

/** A country that could reasonably be argued otherwise: what the dispute is and which rule settled it. */
export const ContestedSchema = z
  .object({
    rule: z.enum(CONTESTED_RULE_KEYS),
    /** The facts on both sides and the outcome, in one or two sentences a reader can check against the source. */
    note: z.string().min(1),
  })
  .strict();
export type Contested = z.infer<typeof ContestedSchema>;

export const OrganizationSchema = z
  .object({
    slug: z.string().regex(ORG_SLUG, "slug must be kebab-case"),
    name: z.string().min(1),
    /** ISO 3166-1 alpha-2 of the HQ when its models were released; for a collaboration, the lead org's. */
    country: z.string().refine(isIsoCountry, "country must be an ISO 3166-1 alpha-2 code"),
    kind: z.enum(ORGANIZATION_KINDS),
    /** Spellings used by upstream `organization` columns; matched case- and whitespace-insensitively. */
    aliases: z.array(z.string().trim().min(1)),
    /** Hugging Face namespaces (user or org) whose repos this organization publishes; case-insensitive. */
    namespaces: z.array(z.string().regex(NAMESPACE, "not a Hugging Face namespace")),
    /** Required: the public page that states where the organization is based (see CountrySourceSchema). */
    source: CountrySourceSchema,
    /** Set when the country could reasonably be argued otherwise: the dispute and the rule that settled it. */
    contested: ContestedSchema.optional(),
    /** Other facts a reviewer needs (namespaces, arena spellings, what the source rests on). */
    note: z.string().min(1).optional(),
    /** The country rests on weaker public evidence than usual; the note says what it rests on. */
    uncertain: z.literal(true).optional(),
  })
  .strict()
  .refine((o) => o.kind !== "community" || o.note !== undefined, {
    message: "community groups and individuals need a note saying where the country comes from",
  })
  .refine((o) => o.uncertain === undefined || o.note !== undefined, {
    message: "an uncertain country needs a note",
  });

export type Organization = z.infer<typeof OrganizationSchema>;

/** Stateless patterns only: a /g or /y RegExp keeps `lastIndex` between calls and would skip matches. */
const StatelessRegExp = z
  .instanceof(RegExp)
  .refine((r) => !r.global && !r.sticky, "use a RegExp without the g or y flag");

/** A model-name pattern and the organization it points to (re-uploads, arena base map). */
export const PatternRuleSchema = z
  .object({
    pattern: StatelessRegExp,
    org: z.string().regex(ORG_SLUG),
    /** Why the pattern means this org (shown to reviewers, not to users). */
    note: z.string().min(1).optional(),
  })
  .strict();
export type PatternRule = z.infer<typeof PatternRuleSchema>;

/**
 * A namespace that re-hosts other developers' weights (conversions, quantisations, mirrors of
 * withdrawn repos). It belongs to no organization; a repo there is attributed through its name.
 */
export const ReuploadNamespaceSchema = z
  .object({
    namespace: z.string().regex(NAMESPACE),
    note: z.string().min(1),
    /**
     * Rules tried in order against the repo name (after the slash). When absent, the shared
     * MODEL_FAMILY_RULES are used. A namespace that only mirrors a few repos lists just those,
     * so its other (own) repos stay unattributed.
     */
    rules: z.array(PatternRuleSchema).optional(),
  })
  .strict();
export type ReuploadNamespace = z.infer<typeof ReuploadNamespaceSchema>;

/** The developer of one arena key, and what says so (shown in the model's attribution trail). */
export const ArenaModelOrgSchema = z
  .object({
    org: z.string().regex(ORG_SLUG),
    /** The evidence: the family the key names, the publisher of the weights, or the paper. */
    note: z.string().min(1),
  })
  .strict();
export type ArenaModelOrg = z.infer<typeof ArenaModelOrgSchema>;

/** A curated arena rule keyed by exact model key or by a pattern over the key. */
export const ArenaRuleSchema = z
  .object({
    key: z.union([z.string().min(1), StatelessRegExp]),
    org: z.string().regex(ORG_SLUG),
    note: z.string().min(1),
  })
  .strict();
export type ArenaRule = z.infer<typeof ArenaRuleSchema>;
