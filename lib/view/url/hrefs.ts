// Page URLs of entities, for links from every view. Pure and client-safe.
import type { BoardSlug } from "@/lib/boards/info";

/** `/models/{board}/{key}`: each `/`-separated part of the key encoded, so an HF key keeps its slashes. */
export function modelHref(board: BoardSlug | string, key: string): string {
  return `/models/${board}/${key.split("/").map(encodeURIComponent).join("/")}`;
}

export function orgHref(slug: string): string {
  return `/orgs/${encodeURIComponent(slug)}`;
}

export function countryHref(key: string): string {
  return `/countries/${encodeURIComponent(key)}`;
}
