// The registry's contested countries on /methodology, grouped by the rule applied. Generated from the registry's
// `contested` fields (lib/attribution/contested.ts), so the list and the organization pages cannot disagree.
import Link from "next/link";
import { contestedGroups } from "@/lib/attribution/contested";
import { countryLabel } from "@/lib/core/countries";
import { orgHref } from "@/lib/view/url/hrefs";

const link = "underline";

export function ContestedCases() {
  const groups = contestedGroups();
  return (
    <div className="space-y-4" data-testid="contested-cases">
      {groups.map((g) => (
        <div key={g.rule} className="space-y-1" data-testid="contested-rule" data-rule={g.rule}>
          <h4 className="font-semibold">Rule applied: {g.ruleText}</h4>
          <ul className="list-disc space-y-1 pl-5">
            {g.cases.map((c) => (
              <li key={c.slug} data-testid="contested-case" data-slug={c.slug}>
                <Link className={link} href={orgHref(c.slug)} prefetch={false}>
                  {c.name}
                </Link>{" "}
                counts for {countryLabel(c.country)} ({c.country}). {c.note}{" "}
                <a className={link} href={c.source.url} rel="noopener noreferrer">
                  Source
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
