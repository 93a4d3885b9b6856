// Upward imports in today's tree against the flow sources → ingest → store → attribution → standings → API → pages,
// with each of today's folders placed where DESIGN.md and issue 23 put it.
import fs from "node:fs";
const d = JSON.parse(fs.readFileSync(process.argv[2] || "/tmp/graph/main.json", "utf8"));
const RANK = {
  "lib/generated": 0, "lib/env": 0, "lib/db": 0, "lib/log": 0, "lib/iso-date": 0, "lib/version": 0, "lib/observability": 0, "lib/flags": 0, "lib/flags-svg": 0,
  "lib/boards": 0.5,
  "lib/sources": 1, "lib/ingest": 2, "lib/bundle": 2, "lib/store": 3, "lib/status": 3, "lib/attribution": 4, "lib/jobs": 4.5,
  "lib/standings": 5, "lib/events": 5.5, "lib/explore": 6, "lib/api": 7,
  "lib/view": 8, "lib/share": 8.5, "lib/methodology": 9, "lib/http": 10, "scripts/lib": 10, "scripts": 11,
};
const folder = (f) => { const p = f.split("/"); if (f.startsWith("lib/generated")) return "lib/generated"; if (p[0] === "lib") return p.length === 2 ? "lib/" + p[1].replace(/\.(ts|tsx|mjs)$/, "") : "lib/" + p[1]; if (p[0] === "scripts") return p.length === 2 ? "scripts" : "scripts/lib"; return p[0]; };
const rows = [];
for (const e of d.edges) {
  if (e.to.startsWith("UNRESOLVED")) continue;
  const a = folder(e.from), b = folder(e.to);
  if (!(a in RANK) || !(b in RANK) || a === b) continue;
  if (RANK[b] > RANK[a]) rows.push(`${e.typeOnly ? "type   " : "runtime"} ${a} → ${b}: ${e.from}:${e.line} → ${e.to} {${(e.names ?? []).join(",")}}`);
}
// lib → app/components
for (const e of d.edges) if (e.from.startsWith("lib/") && /^(app|components)\//.test(e.to)) rows.push(`lib→app/components ${e.from}:${e.line}`);
console.log(rows.sort().join("\n"));
console.log(`total: ${rows.length} (runtime ${rows.filter((r) => r.startsWith("runtime")).length})`);
