// Shapes of the curated attribution data. Every data file is parsed with these schemas when the
// registry module loads, so a typo in a country code or a slug fails fast instead of mis-attributing.
import { z } from "zod";
import { isIsoCountry } from "@/lib/core/countries";

/** An organization slug: kebab-case. The registry's slugs, and what an /orgs/{slug} URL may hold. */
export const ORG_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Hugging Face user/org names: letters, digits, '-', '_' and '.'. */
const NAMESPACE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const ORGANIZATION_KINDS = ["company", "lab", "university", "community"] as const;

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
    /** Source or reasoning for the country, required wherever the choice is not obvious. */
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

/** A curated arena rule keyed by exact model key or by a pattern over the key. */
export const ArenaRuleSchema = z
  .object({
    key: z.union([z.string().min(1), StatelessRegExp]),
    org: z.string().regex(ORG_SLUG),
    note: z.string().min(1),
  })
  .strict();
export type ArenaRule = z.infer<typeof ArenaRuleSchema>;
