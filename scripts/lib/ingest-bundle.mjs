// The scheduled ingest's child (lib/jobs/ingest-child.ts) as one JavaScript file in the build, so a production
// server (`npm start`, or the standalone tree of the Docker image, which has neither TypeScript sources nor tsx)
// can start it with plain node. Packages stay imports from node_modules; only the app's own modules are bundled.
// Written by `npm run build` (and by `npm start` when it builds); scripts/standalone.mjs writes it too when a build
// made by `next build` alone (which empties .next) lacks it. Plain JavaScript, for standalone.mjs.
import { statSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { INGEST_CHILD_BUNDLE, INGEST_CHILD_SOURCE } from "../../lib/jobs/ingest-child-files.mjs";

/**
 * Bundles the child into `root`/.next/ingest-child.mjs.
 * @param {string} root the app's root
 * @returns {Promise<{ file: string; bytes: number }>}
 */
export async function bundleIngestChild(root) {
  const file = path.join(root, INGEST_CHILD_BUNDLE);
  await build({
    entryPoints: [path.join(root, INGEST_CHILD_SOURCE)],
    outfile: file,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
  return { file, bytes: statSync(file).size };
}
