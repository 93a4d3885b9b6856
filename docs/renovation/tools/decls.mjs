import path from "node:path"; import fs from "node:fs"; import { createRequire } from "node:module";
const root = path.resolve(import.meta.dirname, "../../.."); const require = createRequire(path.join(root, "package.json")); const ts = require("typescript");
for (const f of process.argv.slice(2)) {
  const sf = ts.createSourceFile(f, fs.readFileSync(path.join(root, f), "utf8"), ts.ScriptTarget.Latest, true);
  const out = [];
  const ln = (p) => sf.getLineAndCharacterOfPosition(p).line + 1;
  for (const s of sf.statements) {
    let name = s.name?.text ?? (ts.isVariableStatement(s) ? s.declarationList.declarations.map((d) => d.name.getText()).join(",") : null);
    if (!name) continue;
    out.push(`${name} ${ln(s.getFullStart() + (s.getFullText().length - s.getFullText().trimStart().length))}-${ln(s.end)}`);
    if (ts.isClassDeclaration(s)) for (const m of s.members) if (m.name) out.push(`  .${m.name.getText()} ${ln(m.getStart())}-${ln(m.end)}`);
  }
  console.log(f + ": " + out.join("; "));
}
