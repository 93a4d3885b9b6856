// The scheduled ingest's child (lib/jobs/ingest-child.ts) as one JavaScript file in the build, so a production
// server (`npm start`, or the standalone tree of the Docker image, which has neither TypeScript sources nor tsx)
// can start it with plain node. Packages stay imports from node_modules; only the app's own modules are bundled.
import { statSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { INGEST_CHILD_BUNDLE } from "@/lib/jobs/ingest-process";

export async function bundleIngestChild(root: string): Promise<{ file: string; bytes: number }> {
  const file = path.join(root, INGEST_CHILD_BUNDLE);
  await build({
    entryPoints: [path.join(root, "lib/jobs/ingest-child.ts")],
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
