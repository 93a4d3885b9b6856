// Licences: the class the `license` filter uses, and the name a reader sees. Both work on the raw upstream string,
// so every board shares them, and both read "upstream did not say" from one list of spellings.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";

export type LicenseClass = "open" | "proprietary" | "unknown";

const PROPRIETARY = /\bpropr|\bpropiet|\bclosed\b|\bapi\b/;
/** Spellings of "upstream did not say", compared after trimming and lower-casing. */
const UNKNOWN = new Set(["", "unknown", "n/a", "na", "none", "-", "?"]);

/**
 * Classifies a raw license string by whether the model's weights are published.
 *
 * 1. `null`, empty, "unknown", "n/a", "none", "-" → `unknown`: upstream did not say. (The arena leaves the field empty for
 *    new models of both kinds: gpt-5, claude-sonnet-4 thinking, gpt-oss-120b, olmo-3…)
 * 2. Mentions "proprietary" (and the arena's typo "Propretary", or "propietary"), "closed", or the word "api"
 *    → `proprietary`: weights are not published.
 * 3. Any other named license → `open`: weights are published. This counts OSI licenses (Apache 2.0, MIT, GPL…),
 *    community and custom model licenses (Llama 2/3.x, Gemma, Qwen/Qianwen, DeepSeek, Yi, DBRX, Falcon TII, Jamba Open,
 *    NVIDIA Open Model, NexusFlow), Creative Commons (including -NC) and research-only or non-commercial licenses
 *    ("Non-commercial", "Mistral Research", "MRL", "AI2 ImpACT"). "Open" here means open weights, not OSI open source.
 *    "Other" is open too: both sources use it for a custom license shipped with published weights (the HF Hub tag
 *    `other`; on the arena only internlm2.5-20b-chat carries it).
 *
 * The label is trusted as published: the arena marks qwen-max-0919 "Qwen" though it is API-only, and that stays `open`.
 */
export function licenseClass(raw: string | null): LicenseClass {
  const s = (raw ?? "").trim().toLowerCase();
  if (UNKNOWN.has(s)) return "unknown";
  if (PROPRIETARY.test(s)) return "proprietary";
  return "open";
}

/**
 * The license class an entry has on a board: `open` on boards that only evaluate public Hub repositories (every row
 * is open weights whatever its `Hub License` tag says; a third of the v2 rows have no tag at all), else
 * `licenseClass(raw)`.
 */
export function entryLicenseClass(board: BoardSlug, raw: string | null): LicenseClass {
  return boardInfo(board).openWeightsOnly ? "open" : licenseClass(raw);
}

// Display names. Upstream spells one license many ways ("apache-2.0", "Apache 2.0", "Apache-2.0"; "DeepSeek",
// "DeepSeek License"; the typo "Propretary"); a reader sees one name per license. The API keeps the raw value.

/** Lower case, separators as single spaces, a trailing "license" dropped: "Apache-2.0" → "apache 2 0". */
function keyOf(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[-_.\s]+/g, " ")
    .replace(/\blicen[cs]e\b/g, "")
    .trim()
    .replace(/\s+/g, " ");
}

const LABELS: Record<string, string> = {
  "apache 2 0": "Apache 2.0",
  mit: "MIT",
  "modified mit": "Modified MIT",
  proprietary: "Proprietary",
  propretary: "Proprietary",
  other: "Other",
  llama: "Llama Community",
  llama2: "Llama 2 Community",
  "llama 2": "Llama 2 Community",
  "llama 2 community": "Llama 2 Community",
  llama3: "Llama 3 Community",
  "llama 3": "Llama 3 Community",
  "llama 3 community": "Llama 3 Community",
  "llama3 1": "Llama 3.1 Community",
  "llama 3 1": "Llama 3.1 Community",
  "llama 3 1 community": "Llama 3.1 Community",
  "llama3 2": "Llama 3.2 Community",
  "llama 3 2": "Llama 3.2 Community",
  "llama3 3": "Llama 3.3 Community",
  "llama 3 3": "Llama 3.3 Community",
  "llama 4": "Llama 4 Community",
  gemma: "Gemma",
  deepseek: "DeepSeek License",
  qianwen: "Qwen License",
  qwen: "Qwen License",
  yi: "Yi License",
  dbrx: "DBRX License",
  nvidia: "NVIDIA Open Model",
  "nvidia open": "NVIDIA Open Model",
  "nvidia open model": "NVIDIA Open Model",
  "non commercial": "Non-commercial",
  "gpl 3 0": "GPL 3.0",
  "agpl 3 0": "AGPL 3.0",
  wtfpl: "WTFPL",
};

/** One display name per license; null where upstream did not say. Unlisted names are shown as given. */
export function licenseLabel(raw: string | null): string | null {
  const trimmed = (raw ?? "").trim();
  const key = keyOf(trimmed);
  if (UNKNOWN.has(key)) return null;
  if (key in LABELS) return LABELS[key];
  // Creative Commons: "cc-by-nc-sa-4.0" and "CC-BY-NC-SA-4.0" → "CC BY-NC-SA 4.0".
  const cc = /^cc by((?: (?:nc|sa|nd))*) (\d) (\d)$/.exec(key);
  if (cc) return `CC BY${cc[1].toUpperCase().replaceAll(" ", "-")} ${cc[2]}.${cc[3]}`;
  return trimmed;
}
