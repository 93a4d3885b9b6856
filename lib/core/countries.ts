// Country keys: ISO 3166-1 alpha-2 codes and the groups defined in DESIGN.md.
// Names come from the runtime's CLDR data (Intl.DisplayNames), so no table of names is kept here.

const ISO_ALPHA2 =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
  "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
  "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
  "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
  "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

export const ISO_CODES: ReadonlySet<string> = new Set(ISO_ALPHA2.split(" "));

export function isIsoCountry(code: string): boolean {
  return ISO_CODES.has(code);
}

/** EU-27 plus GB, CH, NO, IS and LI. */
export const EUROPE: ReadonlySet<string> = new Set([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "GB",
  "CH",
  "NO",
  "IS",
  "LI",
]);

export const GROUP_KEYS = ["europe", "other", "unknown"] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];
/** An ISO alpha-2 code or a group. */
export type CountryKey = string;

/** The one casing rule for keys typed by people: ISO codes upper-case, groups lower-case (`us` → `US`, `Europe` → `europe`). */
export function normalizeCountryKey(key: string): string {
  const k = key.trim();
  return k.length === 2 ? k.toUpperCase() : k.toLowerCase();
}

export function isCountryKey(key: string): boolean {
  return (GROUP_KEYS as readonly string[]).includes(key) || isIsoCountry(key);
}

/** The group a country belongs to in the headline comparison. null country = not attributed. */
export function groupOf(country: string | null): "US" | "CN" | "europe" | "other" | "unknown" {
  if (country === null) return "unknown";
  if (country === "US" || country === "CN") return country;
  if (EUROPE.has(country)) return "europe";
  return "other";
}

/** Whether an entry whose developer is in `country` (null = unattributed) counts for `key`. */
export function countsFor(country: string | null, key: CountryKey): boolean {
  switch (key) {
    case "unknown":
      return country === null;
    case "europe":
      return country !== null && EUROPE.has(country);
    case "other":
      return groupOf(country) === "other";
    default:
      return country === key;
  }
}

// Built on first use: constructing it loads the runtime's CLDR region data, tens of milliseconds in a desktop browser
// and several times that on Lighthouse's simulated phone (bench/results.md). At module load it was the largest single script cost of
// the home page in the browser, although the default view names only the United States, China and groups.
let displayNames: Intl.DisplayNames | null = null;
const GROUP_LABELS: Record<GroupKey, string> = { europe: "Europe", other: "Other", unknown: "Unknown" };

export function countryLabel(key: CountryKey): string {
  if (key in GROUP_LABELS) return GROUP_LABELS[key as GroupKey];
  if (key === "US") return "United States";
  if (key === "CN") return "China";
  displayNames ??= new Intl.DisplayNames(["en"], { type: "region" });
  return displayNames.of(key) ?? key;
}

/** `us` → `US`, `Europe` → `europe`: the canonical spelling of a country key, or null when it is none. */
export function canonicalCountryKey(raw: string): string | null {
  const key = normalizeCountryKey(raw);
  return isCountryKey(key) ? key : null;
}
