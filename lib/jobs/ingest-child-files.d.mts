// Types of ingest-child-files.mjs.
export const INGEST_CHILD_SOURCE: string;
export const INGEST_CHILD_BUNDLE: string;
