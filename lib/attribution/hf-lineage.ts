// Pure helpers for Hugging Face names: namespaces, the odd forms of the `Base Model` column, and
// the walk from a model up its `Base Model` chain to the root.

/** What a `Base Model` cell says about the parent. */
export type BaseRef = { kind: "none" } | { kind: "removed" } | { kind: "model"; name: string; merge: boolean };

const HUB_URL = /^https?:\/\/(?:www\.)?huggingface\.co\//i;
const MERGE_SUFFIX = /\s*\(merge\)$/i;

/**
 * Parses a `Base Model` cell. Forms seen in the leaderboard data:
 * `ns/name` (a parent, or the model itself for an original), `ns/name (Merge)` (a merge, usually
 * naming itself), `Removed` (the base was deleted from the Hub), a legacy un-namespaced id such as
 * `gpt2`, and empty/null (not recorded, e.g. every row before 2024-09).
 */
export function parseBaseModel(raw: string | null | undefined): BaseRef {
  if (raw === null || raw === undefined) return { kind: "none" };
  let s = raw.trim();
  if (s === "") return { kind: "none" };
  if (/^removed$/i.test(s)) return { kind: "removed" };
  const merge = MERGE_SUFFIX.test(s);
  s = s.replace(MERGE_SUFFIX, "").replace(HUB_URL, "").replace(/\/+$/, "");
  return s === "" ? { kind: "none" } : { kind: "model", name: s, merge };
}

/** Namespace of a fullname; a legacy id without a slash (`gpt2`) is its own namespace. */
export function namespaceOf(fullname: string): string {
  const i = fullname.indexOf("/");
  return i < 0 ? fullname : fullname.slice(0, i);
}

/** The repo part of a fullname (everything after the first slash). */
export function repoOf(fullname: string): string {
  const i = fullname.indexOf("/");
  return i < 0 ? fullname : fullname.slice(i + 1);
}

export type LineageNode = { name: string; baseModel: string | null };

export type Lineage = {
  /** Fullnames from the model itself to the root, in order. */
  chain: string[];
  /** The root: the last entry of `chain`. */
  root: string;
  /** How the walk ended, in words, for the attribution's `why`. */
  stop: string;
};

const keyOf = (name: string) => name.toLowerCase();

/**
 * Follows `Base Model` from `start` through `index` (keyed by lower-cased fullname) to the root.
 * A parent absent from the index is the root. A cycle stops at the last node before the repeat.
 */
export function walkLineage(start: LineageNode, index: ReadonlyMap<string, LineageNode>): Lineage {
  const chain = [start.name];
  const seen = new Set([keyOf(start.name)]);
  let node = start;
  for (;;) {
    const parent = parseBaseModel(node.baseModel);
    if (parent.kind === "none") return done(chain, "root: no other base model recorded");
    if (parent.kind === "removed") return done(chain, "root: base model listed as 'Removed'");
    if (keyOf(parent.name) === keyOf(node.name)) {
      return done(chain, parent.merge ? "root: a merge that names itself" : "root: its own base model");
    }
    if (seen.has(keyOf(parent.name)))
      return done(chain, `cycle: ${node.name} → ${parent.name} repeats, stopped before it`);
    const next = index.get(keyOf(parent.name));
    if (next === undefined) {
      chain.push(parent.name);
      return done(chain, `missing parent: ${parent.name} is not in the model set`);
    }
    chain.push(next.name);
    seen.add(keyOf(next.name));
    node = next;
  }
}

function done(chain: string[], stop: string): Lineage {
  return { chain, root: chain[chain.length - 1], stop };
}

/** Index for walkLineage. Rows sharing a fullname (precisions) keep the first usable `Base Model`. */
export function indexByFullname<T extends LineageNode>(models: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const m of models) {
    const key = keyOf(m.name);
    const existing = index.get(key);
    if (existing === undefined || (!hasParent(existing) && hasParent(m))) index.set(key, m);
  }
  return index;
}

function hasParent(m: LineageNode): boolean {
  return parseBaseModel(m.baseModel).kind === "model";
}
