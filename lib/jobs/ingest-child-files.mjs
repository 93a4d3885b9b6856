// Where the scheduled ingest's child process lives, relative to the app's root: its TypeScript source, and the one
// JavaScript file `npm run build` bundles it into (scripts/lib/ingest-bundle.mjs), which a production server runs
// with plain node. Plain JavaScript, so the build scripts that write the bundle read the same path the server reads.
export const INGEST_CHILD_SOURCE = "lib/jobs/ingest-child.ts";
export const INGEST_CHILD_BUNDLE = ".next/ingest-child.mjs";
