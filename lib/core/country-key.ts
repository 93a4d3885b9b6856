// Country keys as typed in URLs: any case in, the canonical spelling out (ISO upper case, groups lower case).
import { isCountryKey, normalizeCountryKey } from "@/lib/core/countries";

/** `us` → `US`, `Europe` → `europe`: the canonical spelling of a country key, or null when it is none. */
export function canonicalCountryKey(raw: string): string | null {
  const key = normalizeCountryKey(raw);
  return isCountryKey(key) ? key : null;
}
