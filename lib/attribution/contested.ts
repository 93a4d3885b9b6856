// The contested countries of the registry, grouped by the rule that settled them: the one list /methodology shows,
// read from the organizations' `contested` fields so it is never written twice.
import { ORGANIZATIONS } from "./registry";
import { CONTESTED_RULES, type ContestedRule, type CountrySource } from "./schema";

export interface ContestedCase {
  slug: string;
  name: string;
  country: string;
  note: string;
  source: CountrySource;
}

export interface ContestedGroup {
  rule: ContestedRule;
  ruleText: string;
  cases: ContestedCase[];
}

/** Every rule with at least one case, in the order CONTESTED_RULES states them; cases by name. */
export function contestedGroups(): ContestedGroup[] {
  return (Object.keys(CONTESTED_RULES) as ContestedRule[])
    .map((rule) => ({
      rule,
      ruleText: CONTESTED_RULES[rule],
      cases: ORGANIZATIONS.filter((o) => o.contested?.rule === rule)
        .map((o) => ({ slug: o.slug, name: o.name, country: o.country, note: o.contested!.note, source: o.source }))
        .sort((a, b) => a.name.localeCompare(b.name, "en")),
    }))
    .filter((g) => g.cases.length > 0);
}
