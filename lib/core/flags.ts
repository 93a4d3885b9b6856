// Which flag-icons drawing stands for a country key. Pure and client-safe: the page's <Flag> and the server's
// image routes (OG images) both pick the drawing here, so a key never shows two different flags.
// Emoji flags are not used anywhere: Debian's Chromium (and Windows) draw them as letter boxes.
import { isIsoCountry } from "@/lib/core/countries";

/** ISO codes flag-icons has no drawing for (none today; tests/unit/flags checks every code). */
const MISSING: ReadonlySet<string> = new Set<string>();

/**
 * The flag-icons asset name (lower case, no extension) for a country key: the ISO code for a country, `eu` for
 * the `europe` group, and null for keys with no flag (`other`, `unknown`, anything unknown).
 */
export function flagAsset(key: string): string | null {
  if (key === "europe") return "eu";
  const code = key.toUpperCase();
  if (code !== key || !isIsoCountry(code) || MISSING.has(code)) return null;
  return code.toLowerCase();
}

/** The URL the app serves the 4:3 drawing at (app/flags/[file]/route.ts), or null when the key has no flag. */
export function flagUrl(key: string): string | null {
  const asset = flagAsset(key);
  return asset === null ? null : `/flags/${asset}.svg`;
}

/** Asset names the flag route accepts: what flagAsset can return. */
export const FLAG_FILE = /^(?:[a-z]{2}|eu)\.svg$/;
