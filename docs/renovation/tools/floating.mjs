// Approximates typescript-eslint's no-floating-promises over the repo's tsconfig program (read-only; no emit).
import path from "node:path";
import { createRequire } from "node:module";
const root = path.resolve(import.meta.dirname, "../../..");
const require = createRequire(path.join(root, "package.json"));
const ts = require("typescript");
const cfgPath = path.join(root, "tsconfig.json");
const cfg = ts.readConfigFile(cfgPath, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, root);
const program = ts.createProgram({ rootNames: parsed.fileNames.filter((f) => !f.includes("/.next/")), options: { ...parsed.options, noEmit: true, incremental: false } });
const checker = program.getTypeChecker();
const isThenable = (t) => {
  if (t.isUnion()) return t.types.some(isThenable);
  const then = t.getProperty("then");
  if (!then) return false;
  const tt = checker.getTypeOfSymbol(then);
  return tt.getCallSignatures().length > 0;
};
const isPromiseArray = (t) => checker.isArrayType?.(t) && isThenable(checker.getTypeArguments(t)[0] ?? t);
const handled = (e) => {
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    const n = e.expression.name.text;
    if (n === "catch" && e.arguments.length >= 1) return true;
    if (n === "then" && e.arguments.length >= 2) return true;
    if (n === "finally") return handled(e.expression.expression);
  }
  return false;
};
const hits = [];
for (const sf of program.getSourceFiles()) {
  const f = path.relative(root, sf.fileName);
  if (f.startsWith("..") || f.includes("node_modules") || f.startsWith("lib/generated")) continue;
  const visit = (node) => {
    if (ts.isExpressionStatement(node)) {
      let e = node.expression;
      while (ts.isParenthesizedExpression(e)) e = e.expression;
      if (!ts.isVoidExpression(e) && !ts.isAwaitExpression(e) && !(ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken)) {
        const t = checker.getTypeAtLocation(e);
        if ((isThenable(t) || isPromiseArray(t)) && !handled(e)) {
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
          hits.push(`${f}:${line + 1}: ${node.getText().slice(0, 110).replace(/\s+/g, " ")}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
console.log(hits.join("\n"));
console.log(`total: ${hits.length}`);
const area = {}; for (const h of hits) { const a = h.split("/")[0]; area[a] = (area[a] ?? 0) + 1; } console.log(area);
