// The flag drawings themselves, read from the flag-icons package shipped in node_modules. Server only: the
// flag route serves them to browsers, and image renderers (next/og) can inline them as data URIs.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { flagAsset } from "@/lib/core/flags";

const DIR = path.join(process.cwd(), "node_modules", "flag-icons", "flags", "4x3");
const cache = new Map<string, Promise<string | null>>();

/** The SVG text of an asset name from flagAsset (e.g. `us`, `eu`), or null when the package has none. */
export function readFlagAsset(asset: string): Promise<string | null> {
  if (!/^[a-z]{2}$/.test(asset)) return Promise.resolve(null);
  let hit = cache.get(asset);
  if (!hit) {
    hit = readFile(path.join(DIR, `${asset}.svg`), "utf8").catch(() => null);
    cache.set(asset, hit);
  }
  return hit;
}

/** The SVG text of a country key's flag, or null for keys without one (`other`, `unknown`). */
export async function flagSvg(key: string): Promise<string | null> {
  const asset = flagAsset(key);
  return asset === null ? null : readFlagAsset(asset);
}

/** A `data:` URI of the key's flag, for renderers that cannot fetch (OG images), or null. */
export async function flagDataUri(key: string): Promise<string | null> {
  const svg = await flagSvg(key);
  return svg === null ? null : `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
