// Applies mapping.mjs to the current graph and reports target-layout violations: upward imports and cycles.
import fs from "node:fs";
import { FILE_MAP, SPLIT, LAYERS, targetOf, layerOf } from "./mapping.mjs";
const data = JSON.parse(fs.readFileSync(process.argv[2] || "/tmp/graph/main.json", "utf8"));
const includeTypes = process.argv.includes("--types");
const libFiles = data.files.filter((f) => f.startsWith("lib/") && !f.startsWith("lib/generated"));
const unmapped = libFiles.filter((f) => !(f in FILE_MAP) && layerOf(f) === null);
const scopeOld = (f) => f.startsWith("lib/") || f.startsWith("scripts/lib/");
const edges = [];
for (const e of data.edges) {
  if (e.to.startsWith("UNRESOLVED") || !scopeOld(e.from) || !scopeOld(e.to)) continue;
  if (!includeTypes && e.typeOnly) continue;
  const froms = targetOf(e.from, null);
  const tos = targetOf(e.to, e.names);
  for (const a of froms) for (const b of tos) {
    if (a.startsWith("DELETE") || b.startsWith("DELETE") || a.startsWith("TESTS") || b.startsWith("TESTS") || a === b) continue;
    edges.push({ a, b, at: `${e.from}:${e.line}`, names: e.names });
  }
}
const viol = edges.filter((e) => { const la = layerOf(e.a), lb = layerOf(e.b); return la !== null && lb !== null && lb > la; });
console.log(`unmapped lib files (no layer): ${unmapped.join(", ") || "none"}`);
console.log(`target edges inside lib+scripts/lib: ${edges.length}; upward (restricted-paths) violations: ${viol.length}`);
const byPair = new Map();
for (const v of viol) { const k = `${v.a} → ${v.b}`; if (!byPair.has(k)) byPair.set(k, []); byPair.get(k).push(`${v.at} {${(v.names ?? []).join(",")}}`); }
for (const [k, at] of byPair) console.log(`  ${k}    (now ${at.join("; ")})`);
// cycles among target files
const adj = new Map();
for (const e of edges) { if (!adj.has(e.a)) adj.set(e.a, new Set()); if (!adj.has(e.b)) adj.set(e.b, new Set()); adj.get(e.a).add(e.b); }
let idx = 0; const st = [], on = new Set(), ix = new Map(), low = new Map(), sccs = [];
const sc = (v) => { ix.set(v, idx); low.set(v, idx); idx++; st.push(v); on.add(v);
  for (const w of adj.get(v)) { if (!ix.has(w)) { sc(w); low.set(v, Math.min(low.get(v), low.get(w))); } else if (on.has(w)) low.set(v, Math.min(low.get(v), ix.get(w))); }
  if (low.get(v) === ix.get(v)) { const c = []; let w; do { w = st.pop(); on.delete(w); c.push(w); } while (w !== v); if (c.length > 1) sccs.push(c); } };
for (const v of adj.keys()) if (!ix.has(v)) sc(v);
console.log(`cycles (SCCs) among target files: ${sccs.length}`);
for (const c of sccs) console.log("  " + c.join(" ⇄ "));
