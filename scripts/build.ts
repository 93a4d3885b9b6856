// npm run build: next build, then add compile hints to its client chunks (see lib/compile-hints), bundle the
// scheduled ingest's child process (see lib/ingest-bundle), then record which sources it was made from (see
// lib/build-fingerprint), so `npm start` serves this build instead of rebuilding.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { recordBuild, sourceFingerprint } from "./lib/build-fingerprint";
import { hintBuild } from "./lib/compile-hints";
import { bundleIngestChild } from "./lib/ingest-bundle.mjs";

const root = path.resolve(import.meta.dirname, "..");
const fingerprint = sourceFingerprint(root);
const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) process.exit(result.status ?? 1);
const hints = hintBuild(root);
console.log(`[build] compile hints added to ${hints.hinted} client chunks (${hints.already} had them)`);
const child = await bundleIngestChild(root);
console.log(
  `[build] the scheduled ingest's child: ${path.relative(root, child.file)} (${Math.round(child.bytes / 1024)} kB)`,
);
recordBuild(root, fingerprint);
