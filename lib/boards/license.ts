// License classes for the `license` filter. The rule works on the raw upstream string, so every board shares it.
import { BOARDS, type BoardSlug } from "@/lib/boards/info";

export type LicenseClass = "open" | "proprietary" | "unknown";

const PROPRIETARY = /\bpropr|\bpropiet|\bclosed\b|\bapi\b/;
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
  return BOARDS[board].openWeightsOnly ? "open" : licenseClass(raw);
}
