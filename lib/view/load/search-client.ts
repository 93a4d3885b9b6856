// The header search's client side: the API URL, grouping of results for display, and the query a 404 page
// suggests from the path it could not find. Pure.
import { boardInfo, compareBoards } from "@/lib/boards/info";
import type { SearchResult } from "@/lib/reads/types/entities";

export function searchUrl(q: string, limit = 20): string {
  return `/api/v1/search?${new URLSearchParams({ q: q.slice(0, 200), limit: String(limit) })}`;
}

export interface ResultGroup {
  id: string;
  heading: string;
  results: SearchResult[];
}

/**
 * Results grouped by kind (and board for models, the boards in list order), keeping the API's order inside each
 * group; empty groups dropped.
 */
export function groupResults(results: SearchResult[]): ResultGroup[] {
  const boards = [
    ...new Set(results.flatMap((r) => (r.type === "model" && r.board !== undefined ? [r.board] : []))),
  ].sort(compareBoards);
  const groups: { id: string; heading: string; test: (r: SearchResult) => boolean }[] = [
    { id: "countries", heading: "Countries", test: (r) => r.type === "country" },
    { id: "organizations", heading: "Organizations", test: (r) => r.type === "organization" },
    ...boards.map((board) => ({
      id: board,
      heading: `Models on ${boardInfo(board).shortNameInProse}`,
      test: (r: SearchResult) => r.type === "model" && r.board === board,
    })),
  ];
  return groups
    .map((g) => ({ id: g.id, heading: g.heading, results: results.filter(g.test) }))
    .filter((g) => g.results.length > 0);
}

/** What to search for after a 404 at `pathname`: its last segment, decoded, separators as spaces, precision dropped. */
export function suggestionQuery(pathname: string): string {
  const last = pathname.split("/").filter(Boolean).at(-1) ?? "";
  let text: string;
  try {
    text = decodeURIComponent(last);
  } catch {
    text = last;
  }
  return text
    .replace(/_(?:bfloat16|float16|float32|8bit|4bit|GPTQ)$/i, "")
    .replace(/[_/\-.]+/g, " ")
    .trim()
    .slice(0, 100);
}
