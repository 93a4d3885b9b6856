import fs from "node:fs";
import { FILE_MAP, SPLIT } from "./mapping.mjs";
const d = JSON.parse(fs.readFileSync("/tmp/graph/main.json", "utf8"));
const area = (f) => f.startsWith("lib/") ? "lib" : f.startsWith("scripts/lib") ? "scripts/lib" : f.split("/")[0];
const c = {}, files = {};
let splitEdges = 0;
for (const e of d.edges) {
  if (!(e.to in FILE_MAP) && !(e.from in FILE_MAP && !e.spec.startsWith("@/"))) continue;
  const a = area(e.from); c[a] = (c[a] ?? 0) + 1; (files[a] ??= new Set()).add(e.from);
  if (SPLIT[e.to]) splitEdges++;
}
console.log("import specifiers to rewrite, by importer area:", c);
console.log("distinct importing files:", Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.size])));
console.log("specifiers into split files (need symbol-aware rewrite):", splitEdges);
const moved = Object.keys(FILE_MAP).length;
console.log("files moved/merged/deleted:", moved, "of", d.files.filter(f=>f.startsWith("lib/")).length + " lib files");
// vi.mock / string paths in tests
