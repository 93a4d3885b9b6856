// How a model's key reads to a person. Arena keys are names already; an Open LLM Leaderboard key is its `eval_name`,
// the Hub repo with `_` for `/` plus the evaluated precision (`meta-llama_Llama-3.3-70B-Instruct_bfloat16`), which
// reads as `meta-llama/Llama-3.3-70B-Instruct` with the precision apart. Pure: used where only the key is at hand
// (links, chart tooltips, gap notes); pages that hold the model's stored `fullname` show that.
import { boardInfo } from "@/lib/boards/info";

export interface ModelName {
  /** `meta-llama/Llama-3.3-70B-Instruct`, or the key itself when it has no Hub form. */
  name: string;
  /** `bfloat16`, `float16`, `4bit`…, or null. */
  precision: string | null;
}

/** Precisions the Open LLM Leaderboard evaluates at (its `Precision` column), as the last `_` part of a key. */
const PRECISION =
  /^(?:bfloat16|float16|float32|fp16|bf16|fp8|[248]bit|int[48]|gptq|awq|delta|adapter|original|unknown|\?)$/i;

/**
 * The display name of `key` on `board`. On a `hub-eval` board: the part before the first `_` is the Hub namespace
 * (namespaces cannot hold `_`), and a last `_` part that names a precision is split off. Anything else is the key.
 */
export function modelName(board: string, key: string): ModelName {
  if (boardInfo(board).modelKey !== "hub-eval") return { name: key, precision: null };
  const cut = key.indexOf("_");
  if (cut <= 0 || cut === key.length - 1) return { name: key, precision: null };
  let rest = key.slice(cut + 1);
  let precision: string | null = null;
  const last = rest.lastIndexOf("_");
  if (last > 0 && PRECISION.test(rest.slice(last + 1))) {
    precision = rest.slice(last + 1);
    rest = rest.slice(0, last);
  }
  return { name: `${key.slice(0, cut)}/${rest}`, precision };
}

/** One line of text: `meta-llama/Llama-3.3-70B-Instruct (bfloat16)`, or the arena key as it is. */
export function modelNameText(board: string, key: string): string {
  const { name, precision } = modelName(board, key);
  return precision ? `${name} (${precision})` : name;
}
