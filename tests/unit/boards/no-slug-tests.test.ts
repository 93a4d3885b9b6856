// Board facts live on BoardInfo (lib/boards/info.ts), so a new board is one record: no code outside lib/boards and
// lib/sources (the per-board records and adapters) may name a board's slug, to test it or to write it. This scans
// the string literals (quotes, template text, JSX text, regular expressions) of lib/, app/ and components/, comments
// left alone, for today's slugs and the shape of future ones.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { KNOWN_BOARDS } from "@/lib/boards/info";

const root = path.resolve(import.meta.dirname, "../../..");
const SCANNED = ["lib", "app", "components"];
/** Where board slugs belong, and the generated Prisma client. */
const EXEMPT = ["lib/boards/", "lib/sources/", "lib/generated/"];
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * Every slug KNOWN_BOARDS lists, and what a future one looks like: `lmarena-<config>` (but not `lmarena-ai`, the Hub
 * organization that publishes the arena's dataset) or `hf-open-llm…`, prefixes alone included (`startsWith("lmarena-")`).
 */
const SLUG = new RegExp(
  [...KNOWN_BOARDS.map(escape), String.raw`\blmarena-(?!ai\b)`, String.raw`\bhf-open-llm`].join("|"),
);

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node))
    return node.text;
  if (ts.isJsxText(node) || ts.isRegularExpressionLiteral(node)) return node.text;
  return null;
}

/** "file:line: literal" for each literal of `code` that names a board slug. */
export function slugLiterals(file: string, code: string): string[] {
  // A literal that names a slug puts it in the text as it is, so a file without one need not be parsed.
  if (!SLUG.test(code)) return [];
  const kind = file.endsWith("x") ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, kind);
  const hits: string[] = [];
  const visit = (node: ts.Node) => {
    const text = literalText(node);
    if (text !== null && SLUG.test(text)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      hits.push(`${file}:${line}: ${JSON.stringify(text.trim().slice(0, 80))}`);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return hits;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE_FILE.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((f) => !EXEMPT.some((p) => f.startsWith(p)))
    .sort();
}

describe("no board slug outside lib/boards and lib/sources", () => {
  it("finds slugs in every kind of literal, and not in comments", () => {
    const code = [
      `// a comment may say lmarena-text`,
      `const a = board === "hf-open-llm-v2";`,
      "const b = `/models/lmarena-text/${key}`;",
      `const c = slug.startsWith('lmarena-');`,
      `const d = <p>Models on lmarena-vision</p>;`,
      `const e = /^hf-open-llm-v\\d$/;`,
      `const f: "lmarena-text" | null = null;`,
      `const g = "https://huggingface.co/datasets/lmarena-ai/leaderboard-dataset";`,
    ].join("\n");
    expect(slugLiterals("x.tsx", code).map((h) => h.split(":")[1])).toEqual(["2", "3", "4", "5", "6", "7"]);
  });

  it("lib/, app/ and components/ name no board slug", () => {
    const files = SCANNED.flatMap(sourceFiles);
    // The walk must have found the tree (a wrong root would pass vacuously).
    expect(files).toContain("lib/view/url/api-requests.ts");
    expect(files).toContain("components/explore/model-page.tsx");
    expect(files.some((f) => f.startsWith("app/"))).toBe(true);
    const hits = files.flatMap((f) => slugLiterals(f, readFileSync(path.join(root, f), "utf8")));
    expect(
      hits,
      `board slugs written outside lib/boards and lib/sources; read the fact from BoardInfo instead:\n${hits.join("\n")}`,
    ).toEqual([]);
  });
});
