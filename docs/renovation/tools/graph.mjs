// Read-only import graph of a Next.js repo. Usage: node graph.mjs <repoRoot> [--json out.json]
// Parses every .ts/.tsx/.mjs/.js under lib/, scripts/, app/, components/, tests/ and instrumentation.ts
// with the TypeScript parser; records static imports, re-exports, dynamic import() and require()
// with a type-only flag; resolves "@/..." to the repo root and relative specifiers.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
const root = path.resolve(process.argv[2] || path.resolve(import.meta.dirname, "../../.."));
const require = createRequire(path.join(root, "package.json"));
const ts = require("typescript");
const EXT = [".ts", ".tsx", ".mjs", ".js", ".mts", ".cjs"];
const SKIP = new Set(["node_modules", ".next", "generated", ".data", "test-results", "bench-results"]);
function walk(dir, out) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name) || e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (EXT.includes(path.extname(e.name)) && !e.name.endsWith(".d.ts")) out.push(path.relative(root, p));
  }
  return out;
}
const files = [];
for (const d of ["lib", "scripts", "app", "components", "tests"]) walk(path.join(root, d), files);
for (const f of ["instrumentation.ts", "next.config.ts", "vitest.config.ts", "playwright.config.ts", "prisma.config.ts"])
  if (fs.existsSync(path.join(root, f))) files.push(f);
const fileSet = new Set(files);
function resolveSpec(from, spec) {
  let base;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(path.join(root, from)), spec);
  else return null;
  const rel = path.relative(root, base);
  const cands = [rel, ...EXT.map((e) => rel + e), ...EXT.map((e) => path.join(rel, "index" + e))];
  // "./x.js" written for a .ts file
  const m = rel.match(/^(.*)\.(m?js)$/);
  if (m) cands.push(m[1] + ".ts", m[1] + ".mts", m[1] + ".tsx");
  for (const c of cands) if (fileSet.has(c)) return c;
  if (rel.startsWith("lib/generated")) return "lib/generated/prisma";
  return "UNRESOLVED:" + rel;
}
const edges = []; // {from,to,line,kind,typeOnly,spec}
for (const f of files) {
  const text = fs.readFileSync(path.join(root, f), "utf8");
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true, f.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const add = (node, spec, kind, typeOnly) => {
    const to = resolveSpec(f, spec);
    if (!to) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    let names = null;
    const c = node.importClause;
    if (c) {
      names = [];
      if (c.name) names.push("default");
      if (c.namedBindings && ts.isNamedImports(c.namedBindings)) for (const e of c.namedBindings.elements) names.push((e.propertyName ?? e.name).text);
      if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) names.push("*");
    } else if (node.exportClause && ts.isNamedExports(node.exportClause)) names = node.exportClause.elements.map((e) => (e.propertyName ?? e.name).text);
    edges.push({ from: f, to, line, kind, typeOnly, spec, names });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      let typeOnly = false;
      if (c) {
        if (c.isTypeOnly) typeOnly = true;
        else if (!c.name && c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 &&
          c.namedBindings.elements.every((e) => e.isTypeOnly)) typeOnly = true;
      }
      add(node, node.moduleSpecifier.text, "import", typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.isTypeOnly || (node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly));
      add(node, node.moduleSpecifier.text, "reexport", !!typeOnly);
    } else if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isStringLiteralLike(node.arguments[0])) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0].text, "dynamic", false);
      else if (ts.isIdentifier(node.expression) && node.expression.text === "require") add(node, node.arguments[0].text, "require", false);
    } else if (ts.isImportTypeNode?.(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, "import-type", true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
const lines = Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(root, f), "utf8").split("\n").length - 1]));
const out = process.argv.indexOf("--json");
const data = { root, files, lines, edges };
if (out > 0) fs.writeFileSync(process.argv[out + 1], JSON.stringify(data));
else console.log(JSON.stringify({ files: files.length, edges: edges.length, unresolved: edges.filter((e) => e.to.startsWith("UNRESOLVED")) }, null, 1));
