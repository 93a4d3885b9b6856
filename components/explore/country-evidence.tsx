// "Why this country" on an organization page: the public page the registry's country rests on, when it was
// reviewed, and, for a contested country, the facts on both sides and the rule that settled it.
import Link from "next/link";
import { sourceKindLabel } from "@/lib/attribution/schema";
import type { OrganizationItem } from "@/lib/standings/types";
import { formatDateLong } from "@/lib/standings/format";
import { methodologyHref, SECTION_IDS } from "@/lib/view/url/methodology-anchors";
import { CountryLink } from "./links";
import { Section } from "./facts";

const link = "text-[var(--accent)] underline decoration-1 underline-offset-2 hover:decoration-2";

/** `https://en.wikipedia.org/wiki/Hugging_Face` → `en.wikipedia.org/wiki/Hugging_Face`, readable (percent-decoded). */
export function sourceLinkText(url: string): string {
  try {
    const u = new URL(url);
    const rest = `${u.pathname}${u.search}`.replace(/\/$/, "");
    let readable = rest;
    try {
      readable = decodeURI(rest);
    } catch {
      // A malformed escape stays as written.
    }
    return `${u.host}${readable}`;
  } catch {
    return url;
  }
}

export function CountryEvidence({ organization: o }: { organization: OrganizationItem }) {
  return (
    <Section id="why-country" title="Why this country">
      <div className="space-y-3 text-sm" data-testid="why-country">
        <p>
          {o.name} counts for <CountryLink code={o.country} /> because that is where it was headquartered when its
          models were released (for a collaboration, its lead organization; for an individual, where they work).
        </p>
        {o.source ? (
          <p data-testid="country-source">
            Source ({sourceKindLabel(o.source.kind)}):{" "}
            <a className={`${link} break-all`} href={o.source.url} rel="noopener noreferrer">
              {sourceLinkText(o.source.url)}
            </a>
            , reviewed on <time dateTime={o.source.reviewedOn}>{formatDateLong(o.source.reviewedOn)}</time>.
          </p>
        ) : (
          <p data-testid="country-source">No source is recorded for this country.</p>
        )}
        {o.contested && (
          <div
            role="note"
            className="space-y-1 rounded border border-[var(--border)] p-3"
            data-testid="contested"
            data-rule={o.contested.rule}
          >
            <p>
              <strong>Contested.</strong> {o.contested.note}
            </p>
            <p>
              <span className="font-medium">Rule applied:</span> {o.contested.ruleText}{" "}
              <Link className={link} href={methodologyHref(SECTION_IDS.contested)} prefetch={false}>
                Every contested case
              </Link>
            </p>
          </div>
        )}
        <p className="text-[var(--muted)]">
          &ldquo;Reviewed on&rdquo; is when the entry was last checked against that page, not a date the site fetched
          it; links can move.{" "}
          <Link className={link} href={methodologyHref(SECTION_IDS.countrySources)} prefetch={false}>
            How countries are sourced
          </Link>
        </p>
      </div>
    </Section>
  );
}
