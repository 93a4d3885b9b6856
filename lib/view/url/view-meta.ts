// What a shared view says about itself: title, description, canonical permalink, preview image and embed URLs.
// Pure: the page's metadata, the share menu and the OG route all use it.
import { boardInfo } from "@/lib/boards/info";
import { countryLabel } from "@/lib/core/countries";
import { chartTitle } from "@/lib/view/url/labels";
import type { ViewState } from "@/lib/view/url/search-params";
import { serializeView } from "@/lib/view/url/view-state";

/** "United States vs China vs Europe". */
export function comparedText(keys: readonly string[]): string {
  return keys.map(countryLabel).join(" vs ");
}

/** "Best rank by country: United States vs China vs Europe". */
export function viewTitle(view: Pick<ViewState, "metric" | "n" | "countries">): string {
  return `${chartTitle(view)}: ${comparedText(view.countries)}`;
}

export function viewDescription(view: Pick<ViewState, "metric" | "n" | "countries" | "board">): string {
  return `${viewTitle(view)} on ${boardInfo(view.board).name}, snapshot by snapshot: where the strongest ${boardInfo(view.board).modelsNoun} come from.`;
}

/** The view's query string with only non-default parameters, embed mode left out ("" for the default view). */
export function viewQuery(view: ViewState): string {
  return serializeView({ ...view, embed: false }).replaceAll("%7E", "~");
}

/** Canonical permalink path of a view of the page at `path` (e.g. "/" or "/models/lmarena-text/x"). */
export function permalinkPath(path: string, view: ViewState): string {
  return `${path}${viewQuery(view)}`;
}

/** The preview image of a view: /og plus the page path, same query. */
export function ogImagePath(path: string, view: ViewState): string {
  return `/og${path === "/" ? "" : path}${viewQuery(view)}`;
}

/** The embeddable URL of a view. */
export function embedPath(path: string, view: ViewState): string {
  const q = viewQuery(view);
  return `${path}${q ? `${q}&` : "?"}embed=1`;
}

/** A copyable `<iframe>` for a view, at a size that fits the chart and its legend. */
export function iframeSnippet(absoluteEmbedUrl: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${esc(absoluteEmbedUrl)}" title="${esc(title)}" width="800" height="560" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** "gap_lmarena-text_US-CN_2025-02-11": a download's name from what it shows, ending in the data's date. */
export function downloadName(parts: readonly string[], asOf: string | null): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, "-");
  return [...parts, asOf ?? "undated"].map(safe).join("_");
}

/** "best-rank_lmarena-text_US-CN-europe_2025-12-11": names every download of the view's standings chart. */
export function downloadBaseName(view: Pick<ViewState, "metric" | "board" | "countries">, asOf: string | null): string {
  return downloadName([view.metric, view.board, view.countries.join("-")], asOf);
}

export interface Citation {
  text: string;
  bibtex: string;
}

/**
 * "Cite this view": one line with title, URL, sources, the data's date (the view's end: lib/view/url/as-of.ts) and, when
 * given, the data's licence line; and a BibTeX entry.
 */
export function citation(opts: {
  title: string;
  url: string;
  sources: string[];
  asOf: string | null;
  accessed: string;
  licence?: string;
}): Citation {
  const date = opts.asOf ?? "undated";
  const licence = opts.licence ? ` ${opts.licence}` : "";
  const text = `Leaderboard Atlas, "${opts.title}", ${opts.url} (data: ${opts.sources.join("; ")}; data as of ${date}; accessed ${opts.accessed}).${licence}`;
  const key = `leaderboardatlas_${date.replaceAll("-", "")}`;
  const tex = (s: string) => s.replace(/[{}\\]/g, "").replace(/([%&#_$])/g, "\\$1");
  const bibtex = [
    `@misc{${key},`,
    `  title = {${tex(opts.title)}},`,
    `  author = {{Leaderboard Atlas}},`,
    `  year = {${date.slice(0, 4)}},`,
    `  howpublished = {\\url{${opts.url}}},`,
    `  note = {Data: ${tex(opts.sources.join("; "))}; data as of ${date}; accessed ${opts.accessed}${opts.licence ? `. ${tex(opts.licence)}` : ""}},`,
    `}`,
  ].join("\n");
  return { text, bibtex };
}
