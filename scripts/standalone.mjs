// Completes Next's standalone output (.next/standalone) into the tree the Docker image runs: the static files, and
// the custom server (scripts/server.mjs) and the scheduled ingest's child (.next/ingest-child.mjs, bundled by `npm
// run build`, or here when the build lacks it) with every file they import, found by @vercel/nft (the tracer Next
// itself uses). Run after a build; the image's CMD and CI's smoke test then run `node scripts/server.mjs` there.
import { cpSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { INGEST_CHILD_BUNDLE } from "../lib/jobs/ingest-child-files.mjs";
import { bundleIngestChild } from "./lib/ingest-bundle.mjs";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, ".next/standalone");
if (!existsSync(path.join(out, ".next"))) {
  console.error("[standalone] no .next/standalone: run `npm run build` first (next.config.ts sets output: standalone)");
  process.exit(1);
}
const { nodeFileTrace } = createRequire(import.meta.url)("next/dist/compiled/@vercel/nft");

cpSync(path.join(root, ".next/static"), path.join(out, ".next/static"), { recursive: true });
if (existsSync(path.join(root, "public")))
  cpSync(path.join(root, "public"), path.join(out, "public"), { recursive: true });

// `npm run build` bundles the child; a build made by `next build` alone has none, so bundle it here then.
const ingestChild = path.join(root, INGEST_CHILD_BUNDLE);
if (!existsSync(ingestChild)) {
  await bundleIngestChild(root);
  console.log(`[standalone] bundled the ingest child into ${INGEST_CHILD_BUNDLE} (the build had none)`);
}
const { fileList } = await nodeFileTrace([path.join(root, "scripts/server.mjs"), ingestChild], { base: root });
let copied = 0;
for (const rel of fileList) {
  const target = path.join(out, rel);
  if (existsSync(target)) continue;
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(path.join(root, rel), target, { recursive: true, dereference: true });
  copied += 1;
}
console.log(
  `[standalone] ${out}: static files, public/, and ${copied} files for scripts/server.mjs and the ingest child`,
);
