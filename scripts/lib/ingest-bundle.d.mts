// Types of ingest-bundle.mjs.
export function bundleIngestChild(root: string): Promise<{ file: string; bytes: number }>;
