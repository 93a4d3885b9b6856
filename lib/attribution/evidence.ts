// Constructors for the `source` of an organization's country (schema.ts, CountrySourceSchema), so the data files
// read as one line per source. The date is when the entry was last reviewed, not when the link was fetched.
import type { CountrySource } from "./schema";

/** The review that gave every organization a source (no network: links reviewed, not fetched). */
export const FIRST_SOURCE_REVIEW = "2026-12-07";

export const wikipedia = (article: string, reviewedOn = FIRST_SOURCE_REVIEW): CountrySource => ({
  url: `https://en.wikipedia.org/wiki/${article}`,
  kind: "wikipedia",
  reviewedOn,
});

/** The organization's own site: its about, imprint or contact page, or its own repository. */
export const official = (url: string, reviewedOn = FIRST_SOURCE_REVIEW): CountrySource => ({
  url,
  kind: "official",
  reviewedOn,
});

/** The author affiliations of the paper that introduced the models, for a project with no headquarters of its own. */
export const paper = (url: string, reviewedOn = FIRST_SOURCE_REVIEW): CountrySource => ({
  url,
  kind: "paper",
  reviewedOn,
});

/** An individual developer's own public profile. */
export const profile = (url: string, reviewedOn = FIRST_SOURCE_REVIEW): CountrySource => ({
  url,
  kind: "profile",
  reviewedOn,
});
