import fs from "node:fs";
const data = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const includeTypes = process.argv.includes("--types");
const level = process.argv.includes("--sub") ? 3 : 2; // lib/standings/lenses as own folder with --sub
function folder(f) {
  if (f.startsWith("lib/generated")) return "lib/generated";
  const p = f.split("/");
  if (p[0] === "lib") { if (p.length === 2) return "lib/" + p[1].replace(/\.(ts|tsx|mjs)$/, ""); if (level === 3 && p.length > 3) return p.slice(0, 3).join("/"); return "lib/" + p[1]; }
  if (p[0] === "scripts") return p.length === 2 ? "scripts" : "scripts/" + p[1];
  return p[0];
}
const scope = (f) => f.startsWith("lib/") || f.startsWith("scripts/lib/");
const E = data.edges.filter((e) => !e.to.startsWith("UNRESOLVED") && (includeTypes || !e.typeOnly) && scope(e.from) && scope(e.to));
const adj = new Map(); const ex = new Map();
for (const e of E) { const a = folder(e.from), b = folder(e.to); if (a === b) continue; if (!adj.has(a)) adj.set(a, new Set()); if (!adj.has(b)) adj.set(b, new Set()); adj.get(a).add(b); const k = a + ">" + b; if (!ex.has(k)) ex.set(k, []); ex.get(k).push(`${e.from}:${e.line}→${e.to}`); }
// elementary cycles by DFS from each start node, only visiting nodes > start (canonical)
const nodes = [...adj.keys()].sort(); const cycles = [];
for (let s = 0; s < nodes.length; s++) {
  const start = nodes[s];
  const dfs = (v, pathArr, seen) => { for (const w of adj.get(v)) { if (w === start) cycles.push([...pathArr, start]); else if (w > start && !seen.has(w) && pathArr.length < 8) { seen.add(w); dfs(w, [...pathArr, w], seen); seen.delete(w); } } };
  dfs(start, [start], new Set([start]));
}
console.log(`folder-level elementary cycles (${includeTypes ? "incl. types" : "runtime"}): ${cycles.length}`);
for (const c of cycles.sort((a, b) => a.length - b.length)) {
  console.log("\n" + c.join(" → "));
  for (let i = 0; i < c.length - 1; i++) console.log("   " + c[i] + "→" + c[i + 1] + ": " + ex.get(c[i] + ">" + c[i + 1]).join("; "));
}
