import fs from "node:fs";
const data = JSON.parse(fs.readFileSync(process.argv[2] || "/tmp/graph/main.json", "utf8"));
const includeTypes = process.argv.includes("--types");
const scope = (f) => f.startsWith("lib/") || f.startsWith("scripts/lib/") || f === "scripts/server.mjs";
export function folder(f) {
  if (f.startsWith("lib/generated")) return "lib/generated";
  const p = f.split("/");
  if (p[0] === "lib") return p.length === 2 ? "lib/" + p[1].replace(/\.(ts|tsx|mjs)$/, "") : "lib/" + p[1];
  if (p[0] === "scripts") return p.length === 2 ? "scripts" : "scripts/" + p[1];
  return p[0];
}
const E = data.edges.filter((e) => !e.to.startsWith("UNRESOLVED") && (includeTypes || !e.typeOnly));
// folder graph within lib + scripts/lib
const fg = new Map();
for (const e of E) {
  if (!scope(e.from)) continue;
  const a = folder(e.from), b = folder(e.to);
  if (a === b) continue;
  const k = a + " -> " + b;
  if (!fg.has(k)) fg.set(k, []);
  fg.get(k).push(`${e.from}:${e.line}${e.typeOnly ? "(type)" : ""}`);
}
if (process.argv.includes("--folders")) {
  for (const [k, v] of [...fg].sort()) console.log(k, "  [" + v.length + "] " + v.slice(0, 6).join(", ") + (v.length > 6 ? " …" : ""));
}
// file-level SCCs over lib + scripts/lib
const nodes = data.files.filter(scope);
const adj = new Map(nodes.map((n) => [n, new Set()]));
const lineOf = new Map();
for (const e of E) if (adj.has(e.from) && adj.has(e.to)) { adj.get(e.from).add(e.to); lineOf.set(e.from + ">" + e.to, e.line); }
let idx = 0; const st = [], on = new Set(), ix = new Map(), low = new Map(), sccs = [];
function sc(v) {
  ix.set(v, idx); low.set(v, idx); idx++; st.push(v); on.add(v);
  for (const w of adj.get(v)) {
    if (!ix.has(w)) { sc(w); low.set(v, Math.min(low.get(v), low.get(w))); }
    else if (on.has(w)) low.set(v, Math.min(low.get(v), ix.get(w)));
  }
  if (low.get(v) === ix.get(v)) { const c = []; let w; do { w = st.pop(); on.delete(w); c.push(w); } while (w !== v); if (c.length > 1) sccs.push(c); }
}
for (const n of nodes) if (!ix.has(n)) sc(n);
function bfs(src, dst, allowed) {
  const prev = new Map([[src, null]]); const q = [src];
  while (q.length) { const v = q.shift(); for (const w of adj.get(v)) { if (!allowed.has(w) || prev.has(w)) continue; prev.set(w, v); if (w === dst) { const p = [w]; let x = v; while (x) { p.push(x); x = prev.get(x); } return p.reverse(); } q.push(w); } }
  return null;
}
if (process.argv.includes("--cycles")) {
  console.log(`SCCs (${includeTypes ? "incl. type imports" : "runtime imports only"}): ${sccs.length}`);
  for (const c of sccs) {
    const set = new Set(c);
    console.log(`\nSCC of ${c.length} files: ` + c.sort().join(", "));
    // one shortest cycle through every edge that crosses a folder boundary inside the SCC, deduped
    const seen = new Set();
    for (const v of c) for (const w of adj.get(v)) {
      if (!set.has(w)) continue;
      if (!process.argv.includes("--all") && folder(v) === folder(w)) continue;
      const p = bfs(w, v, set); if (!p) continue;
      const cyc = [v, ...p];
      // canonical rotation
      const body = cyc.slice(0, -1); let m = 0; body.forEach((x, i) => { if (x < body[m]) m = i; });
      const key = [...body.slice(m), ...body.slice(0, m)].join(" > ");
      if (seen.has(key)) continue; seen.add(key);
      console.log("  " + cyc.map((x, i) => i < cyc.length - 1 ? `${x}:${lineOf.get(x + ">" + cyc[i + 1])}` : x).join(" → "));
    }
  }
}
