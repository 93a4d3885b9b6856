// Whether the production build in .next was made from the sources on disk: a fingerprint of every file
// next build reads (path, size, modification time) is stored beside the build and compared at start-up,
// so `npm start` after a `git pull` rebuilds instead of serving stale code.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["node_modules", ".next", ".data", "generated"]);
const FILE = ".next/atlas-source-fingerprint";

function walk(root: string, rel: string, out: string[]): void {
  const full = path.join(root, rel);
  if (!existsSync(full)) return;
  const st = statSync(full);
  if (st.isFile()) {
    out.push(`${rel}\t${st.size}\t${Math.round(st.mtimeMs)}`);
    return;
  }
  for (const name of readdirSync(full).sort()) if (!SKIP.has(name)) walk(root, path.join(rel, name), out);
}

export function sourceFingerprint(root: string): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(root, input, lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export function buildIsCurrent(root: string): boolean {
  const file = path.join(root, FILE);
  return (
    existsSync(path.join(root, ".next/BUILD_ID")) &&
    existsSync(file) &&
    readFileSync(file, "utf8") === sourceFingerprint(root)
  );
}

export function recordBuild(root: string, fingerprint: string): void {
  writeFileSync(path.join(root, FILE), fingerprint);
}
