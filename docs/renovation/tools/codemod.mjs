// Import-specifier codemod for the renovation's moves. Usage:
//   node codemod.mjs <repoRoot> <map.json> [--write]
// map.json: { "files": { "lib/old/a.ts": "lib/new/a.ts", ... }, "split": { "lib/old/b.ts": { "symbol": "lib/new/c.ts", ... } } }
// Run it BEFORE `git mv` (it resolves specifiers against the old tree), then run the generated git-mv script.
// Rewrites: import/export-from declarations, import(), require(), vi.mock()/vi.doMock()/vi.importActual() strings.
// TS/TSX files get "@/…" specifiers (extension dropped for .ts/.tsx, kept for .mjs); .mjs/.js files (run by plain
// node, no alias) get relative specifiers computed from the importer's NEW location. Moved files' own relative
// imports are recomputed too. Imports from split files are regrouped per target file.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
const [root, mapFile] = process.argv.slice(2).map((p) => path.resolve(p));
const write = process.argv.includes("--write");
const require = createRequire(path.join(root, "package.json"));
const ts = require("typescript");
const map = JSON.parse(fs.readFileSync(mapFile, "utf8"));
// --only <prefix>[,<prefix>…]: apply just the moves whose TARGET starts with a prefix (one layer per commit).
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt > 0 ? process.argv[onlyAt + 1].split(",") : null;
const keep = (t) => !only || only.some((p) => t.replace(/^(DELETE|TESTS):/, "").startsWith(p));
const FILES = Object.fromEntries(Object.entries(map.files).filter(([, t]) => keep(t)));
const SPLIT = Object.fromEntries(Object.entries(map.split ?? {}).map(([f, m]) => [f, Object.fromEntries(Object.entries(m).filter(([, t]) => keep(t)))]).filter(([, m]) => Object.keys(m).length));
const EXT = [".ts", ".tsx", ".mjs", ".js", ".d.mts"];
const SKIP = new Set(["node_modules", ".next", "generated", ".data", "test-results", "bench-results", ".git"]);
const all = [];
const walk = (d) => { for (const e of fs.readdirSync(path.join(root, d), { withFileTypes: true })) { if (SKIP.has(e.name)) continue; const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (/\.(ts|tsx|mjs|js|mts)$/.test(e.name)) all.push(p); } };
for (const d of ["lib", "app", "components", "scripts", "tests"]) walk(d);
for (const f of fs.readdirSync(root)) if (/\.(ts|mjs)$/.test(f)) all.push(f);
const exists = new Set(all);
function resolveOld(from, spec) {
  let base;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.normalize(path.join(path.dirname(from), spec));
  else return null;
  for (const c of [base, ...EXT.map((e) => base + e), ...EXT.map((e) => path.join(base, "index" + e))]) if (exists.has(c)) return c;
  return null;
}
const newPath = (f) => (FILES[f] && !FILES[f].startsWith("DELETE") && !FILES[f].startsWith("TESTS") ? FILES[f] : f);
function specFor(importerNew, targetNew) {
  // Plain node (no alias) and root config files (next.config.ts is loaded by Next's config loader) keep relative paths.
  const plainNode = /\.(mjs|js)$/.test(importerNew) || !importerNew.includes("/");
  const keepExt = /\.(mjs|js)$/.test(targetNew);
  const noExt = keepExt ? targetNew : targetNew.replace(/\.(tsx?|d\.mts)$/, "");
  if (!plainNode) return "@/" + noExt;
  let rel = path.relative(path.dirname(importerNew), noExt);
  if (!rel.startsWith(".")) rel = "./" + rel;
  return rel;
}
let changedFiles = 0, rewrites = 0, splits = 0; const problems = [];
for (const f of all) {
  const text = fs.readFileSync(path.join(root, f), "utf8");
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true, f.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const importerNew = newPath(f);
  const moved = importerNew !== f;
  const edits = []; // {start,end,text}
  const visit = (node) => {
    let lit = null, decl = null;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) { lit = node.moduleSpecifier; decl = node; }
    else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression.getText(sf);
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword || ["require", "vi.mock", "vi.doMock", "vi.importActual", "vi.unmock"].includes(callee)) {
        lit = node.arguments[0];
        const o = resolveOld(f, lit.text);
        if (o && SPLIT[o] && callee.startsWith("vi.")) problems.push(`${f}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${callee}("${lit.text}") mocks a split file: mock each new module by hand`);
      }
    }
    if (lit) {
      const spec = lit.text;
      const old = resolveOld(f, spec);
      if (old && (FILES[old] || SPLIT[old] || (moved && spec.startsWith(".")))) {
        const target = FILES[old] ?? old;
        if (target.startsWith("DELETE:") || target.startsWith("TESTS:")) {
          const to = target.split(":")[1];
          if (to === "lru-cache" || to === undefined) problems.push(`${f}: imports ${old}, which is deleted: rewrite by hand`);
          else { edits.push({ start: lit.getStart(sf) + 1, end: lit.end - 1, text: specFor(importerNew, to) }); rewrites++; }
        } else if (SPLIT[old] && decl && ((ts.isImportDeclaration(decl) && decl.importClause?.namedBindings && ts.isNamedImports(decl.importClause.namedBindings)) || (ts.isExportDeclaration(decl) && decl.exportClause && ts.isNamedExports(decl.exportClause)))) {
          const groups = new Map();
          const elements = ts.isImportDeclaration(decl) ? decl.importClause.namedBindings.elements : decl.exportClause.elements;
          const kw = ts.isImportDeclaration(decl) ? "import" : "export";
          for (const el of elements) {
            const name = (el.propertyName ?? el.name).text;
            const t = SPLIT[old][name] ?? target;
            if (t.startsWith("DELETE:")) { problems.push(`${f}: ${name} from ${old} is deleted (${t}): rewrite by hand`); continue; }
            if (!groups.has(t)) groups.set(t, []);
            groups.get(t).push(el.getText(sf));
          }
          if (groups.size === 1) { const [t] = groups.keys(); edits.push({ start: lit.getStart(sf) + 1, end: lit.end - 1, text: specFor(importerNew, t.startsWith("TESTS:") ? t.slice(6) : t) }); rewrites++; }
          else {
            const typeKw = (decl.importClause ?? decl).isTypeOnly ? "type " : "";
            const out = [...groups].map(([t, els]) => `${kw} ${typeKw}{ ${els.join(", ")} } from "${specFor(importerNew, t.startsWith("TESTS:") ? t.slice(6) : t)}";`).join("\n");
            edits.push({ start: decl.getStart(sf), end: decl.end, text: out }); rewrites++; splits++;
          }
        } else { edits.push({ start: lit.getStart(sf) + 1, end: lit.end - 1, text: specFor(importerNew, target) }); rewrites++; }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!edits.length) continue;
  changedFiles++;
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (write) fs.writeFileSync(path.join(root, f), out);
}
// the git mv script (one-to-one moves only; merges and splits are listed for hand work)
const targets = new Map();
for (const [o, n] of Object.entries(FILES)) { if (n.startsWith("DELETE") || n.startsWith("TESTS")) continue; if (!targets.has(n)) targets.set(n, []); targets.get(n).push(o); }
const mv = [], merges = [];
for (const [n, olds] of targets) { if (olds.length === 1) mv.push(`mkdir -p ${path.dirname(n)} && git mv ${olds[0]} ${n}`); else merges.push(`${n} ← ${olds.join(" + ")}`); }
fs.writeFileSync(path.join(path.dirname(mapFile), only ? `git-mv.${only.join("+").replace(/\//g, "_")}.sh` : "git-mv.sh"), "set -e\n" + mv.join("\n") + "\n");
console.log(`${write ? "rewrote" : "would rewrite"} ${rewrites} specifiers in ${changedFiles} files (${splits} split imports regrouped); ${mv.length} git mv lines in git-mv.sh`);
if (merges.length) console.log("merges to do by hand:\n  " + merges.join("\n  "));
if (problems.length) console.log("hand work:\n  " + problems.join("\n  "));
