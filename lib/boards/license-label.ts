// License names for display. Upstream spells one license many ways ("apache-2.0", "Apache 2.0", "Apache-2.0";
// "DeepSeek", "DeepSeek License"; the typo "Propretary"); a reader should see one name per license. The API keeps
// the raw value; only what is shown is normalised.

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

const UNKNOWN = new Set(["", "unknown", "n/a", "na", "none", "?"]);

/** One display name per license; null where upstream did not say. Unlisted names are shown as given. */
export function licenseLabel(raw: string | null): string | null {
  const trimmed = (raw ?? "").trim();
  const key = keyOf(trimmed);
  if (UNKNOWN.has(key) || key === "") return null;
  if (key in LABELS) return LABELS[key];
  // Creative Commons: "cc-by-nc-sa-4.0" and "CC-BY-NC-SA-4.0" → "CC BY-NC-SA 4.0".
  const cc = /^cc by((?: (?:nc|sa|nd))*) (\d) (\d)$/.exec(key);
  if (cc) return `CC BY${cc[1].toUpperCase().replaceAll(" ", "-")} ${cc[2]}.${cc[3]}`;
  return trimmed;
}
