// "Why this country" on an organization page and the contested cases on /methodology, rendered to HTML: both read
// the registry's evidence, and the methodology list is exactly the registry's contested organizations.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ORGANIZATIONS } from "@/lib/attribution/registry";
import { CONTESTED_RULES } from "@/lib/attribution/schema";
import type { OrganizationItem } from "@/lib/standings/types";
import { OrganizationPage } from "@/components/explore/organization-page";
import { sourceLinkText } from "@/components/explore/country-evidence";
import { Methodology } from "@/components/methodology/methodology";

function item(over: Partial<OrganizationItem>): OrganizationItem {
  return {
    slug: "google",
    name: "Google",
    country: "US",
    countryLabel: "United States",
    kind: "company",
    aliases: [],
    namespaces: ["google"],
    note: null,
    uncertain: false,
    source: { url: "https://en.wikipedia.org/wiki/Google", kind: "wikipedia", reviewedOn: "2026-12-07" },
    contested: {
      rule: "parent-hq",
      ruleText: CONTESTED_RULES["parent-hq"],
      note: "Google DeepMind is headquartered in London.",
    },
    models: {},
    ...over,
  };
}

/** Text as React writes it into HTML (quotes escaped). */
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");

const renderOrg = (o: OrganizationItem) =>
  renderToStaticMarkup(
    createElement(OrganizationPage, { data: { organization: o, rankRule: "score", models: {}, history: {} } }),
  );

describe("organization page: Why this country", () => {
  it("shows the source link, its kind, the review date and the contested note with its rule", () => {
    const html = renderOrg(item({}));
    expect(html).toContain(">Why this country</h2>");
    expect(html).toContain('href="https://en.wikipedia.org/wiki/Google"');
    expect(html).toContain(">en.wikipedia.org/wiki/Google</a>");
    expect(html).toContain("Source (Wikipedia)");
    expect(html).toContain('<time dateTime="2026-12-07">7 Dec 2026</time>');
    expect(html).toContain('data-testid="contested" data-rule="parent-hq"');
    expect(html).toContain("Google DeepMind is headquartered in London.");
    expect(html).toContain(escaped(CONTESTED_RULES["parent-hq"]));
    expect(html).toContain('href="/methodology#contested"');
    expect(html).toContain("not a date the site fetched");
  });

  it("shows no contested box for an uncontested country, and says so when no source is stored", () => {
    const plain = renderOrg(item({ contested: null }));
    expect(plain).toContain(">Why this country</h2>");
    expect(plain).not.toContain('data-testid="contested"');
    const bare = renderOrg(item({ source: null, contested: null }));
    expect(bare).toContain("No source is recorded for this country.");
  });

  it("writes a source link readably", () => {
    expect(sourceLinkText("https://en.wikipedia.org/wiki/BLOOM_(language_model)")).toBe(
      "en.wikipedia.org/wiki/BLOOM_(language_model)",
    );
    expect(sourceLinkText("https://www.ai.se/en")).toBe("www.ai.se/en");
    expect(sourceLinkText("https://kyutai.org/")).toBe("kyutai.org");
    expect(sourceLinkText("https://en.wikipedia.org/wiki/%C3%85")).toBe("en.wikipedia.org/wiki/Å");
  });
});

describe("/methodology: contested cases", () => {
  const html = renderToStaticMarkup(createElement(Methodology));

  it("lists exactly the registry's contested organizations, each under the rule applied", () => {
    const listed = [...html.matchAll(/data-testid="contested-case" data-slug="([^"]+)"/g)].map((m) => m[1]);
    const registry = ORGANIZATIONS.filter((o) => o.contested).map((o) => o.slug);
    expect(listed.length).toBeGreaterThanOrEqual(13);
    expect([...listed].sort()).toEqual([...registry].sort());
    for (const o of ORGANIZATIONS.filter((x) => x.contested)) {
      const block = html.split(`data-rule="${o.contested!.rule}"`)[1].split('data-testid="contested-rule"')[0];
      expect(block, o.slug).toContain(`data-slug="${o.slug}"`);
      expect(html).toContain(`href="/orgs/${o.slug}"`);
    }
    for (const rule of new Set(ORGANIZATIONS.flatMap((o) => (o.contested ? [o.contested.rule] : []))))
      expect(html).toContain(`Rule applied: ${escaped(CONTESTED_RULES[rule])}`);
  });

  it("says what the review date means and how to check the links", () => {
    expect(html).toContain('id="country-sources"');
    expect(html).toContain("It is not the date the link was fetched.");
    expect(html).toContain("npm run attribution:sources -- --check");
  });
});
