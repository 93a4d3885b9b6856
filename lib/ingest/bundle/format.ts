// The history bundle's file format: brotli-compressed JSON lines.
//
//   line 1      header  {"format":"leaderboard-atlas-bundle","schemaVersion":1,"contentHash":"<sha256 hex>"}
//   line 2      tables  {"kind":"tables","snapshot":[cols],"model":[cols],"entry":[cols],"category_entry":[cols],
//                        "price_snapshot":[cols],"price":[cols]}   (each table's carried columns, see ./columns.ts)
//   then, per board (by slug):
//               models  {"kind":"models","board":"…","rows":[[model values in `model` column order], …]}
//               and one line per snapshot, by date:
//               snapshot {"kind":"snapshot","board":"…","values":[snapshot values],
//                         "entries":[[model index, entry values…], …],
//                         "categories":[[model index, category_entry values…], …]}
//   then one line per price snapshot, by source and date:
//               prices  {"kind":"prices","values":[price_snapshot values],"rows":[[price values…], …]}
//
// The content hash is the sha256 of every line after the header, joined with "\n". Keys are written in a
// fixed order and rows in a fixed order, so the same data gives the same bytes.
import { createHash } from "node:crypto";
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import { z } from "zod";

export const BUNDLE_FORMAT = "leaderboard-atlas-bundle";
export const BUNDLE_SCHEMA_VERSION = 1;
/** Where the shipped bundle lives (Prisma's seed convention: prisma/seed/). */
export const SHIPPED_BUNDLE = "prisma/seed/history.jsonl.br";
/**
 * The largest bundle file read (32 MB; the shipped one is about 5 MB and `npm run data:bundle` refuses over 8 MB),
 * and the most its text may expand to (256 MB; the shipped one expands to about 26 MB). A file past either is
 * refused before it can take the memory it claims: a 193 kB brotli stream can expand to 1 GB.
 */
export const MAX_BUNDLE_FILE_BYTES = 32 * 1024 * 1024;
export const MAX_BUNDLE_TEXT_BYTES = 256 * 1024 * 1024;

const mb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${bytes} bytes` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export class BundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BundleError";
  }
}

export const headerSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.number().int().positive(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"),
});
export type BundleHeader = z.infer<typeof headerSchema>;

const columnList = z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/, "must be a column name")).min(1);
export const tablesLine = z.object({
  kind: z.literal("tables"),
  snapshot: columnList,
  model: columnList,
  entry: columnList,
  category_entry: columnList,
  price_snapshot: columnList,
  price: columnList,
});
export type TablesLine = z.infer<typeof tablesLine>;

export const modelsLine = z.object({
  kind: z.literal("models"),
  board: z.string().min(1),
  rows: z.array(z.array(z.unknown())),
});
export type ModelsLine = z.infer<typeof modelsLine>;

export const snapshotLine = z.object({
  kind: z.literal("snapshot"),
  board: z.string().min(1),
  values: z.array(z.unknown()),
  entries: z.array(z.array(z.unknown()).min(1)),
  categories: z.array(z.array(z.unknown()).min(1)),
});
export type SnapshotLine = z.infer<typeof snapshotLine>;

export const pricesLine = z.object({
  kind: z.literal("prices"),
  values: z.array(z.unknown()),
  rows: z.array(z.array(z.unknown())),
});
export type PricesLine = z.infer<typeof pricesLine>;

export type BodyLine = TablesLine | ModelsLine | SnapshotLine | PricesLine;

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Compresses body lines into a bundle file. Deterministic for the same lines. */
export function encodeBundle(lines: readonly BodyLine[]): Buffer {
  const body = lines.map((l) => JSON.stringify(l)).join("\n");
  const header: BundleHeader = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    contentHash: sha256(body),
  };
  const text = `${JSON.stringify(header)}\n${body}\n`;
  return brotliCompressSync(Buffer.from(text, "utf8"), {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      // A 16 MB window lets brotli see the previous snapshots, which repeat most rows.
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
    },
  });
}

export interface DecodedBundle {
  header: BundleHeader;
  /** Body lines as raw JSON values, in file order; line numbers start at 2. */
  body: unknown[];
}

/** Decompresses a bundle and checks the format, schema version and content hash. Throws BundleError. */
export function decodeBundle(
  file: Buffer,
  name = "the bundle",
  limits: { fileBytes?: number; textBytes?: number } = {},
): DecodedBundle {
  const maxFile = limits.fileBytes ?? MAX_BUNDLE_FILE_BYTES;
  const maxText = limits.textBytes ?? MAX_BUNDLE_TEXT_BYTES;
  if (file.byteLength > maxFile) {
    throw new BundleError(
      `${name} is ${mb(file.byteLength)}, over the ${mb(maxFile)} a bundle may be; nothing was read`,
    );
  }
  let text: string;
  try {
    text = brotliDecompressSync(file, { maxOutputLength: maxText }).toString("utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new BundleError(
        `${name} expands to more than ${mb(maxText)}, more than a bundle may hold; refused before it was read whole`,
      );
    }
    throw new BundleError(`${name} is not a brotli-compressed bundle (${(err as Error).message})`);
  }
  const newline = text.indexOf("\n");
  if (newline < 0) throw new BundleError(`${name} has no header line`);
  let rawHeader: unknown;
  try {
    rawHeader = JSON.parse(text.slice(0, newline));
  } catch (err) {
    throw new BundleError(`${name}: the header is not JSON (${(err as Error).message})`);
  }
  const version = (rawHeader as { schemaVersion?: unknown })?.schemaVersion;
  const header = headerSchema.safeParse(rawHeader);
  if (!header.success) {
    const issue = header.error.issues[0];
    throw new BundleError(`${name}: invalid header, ${issue.path.join(".") || "header"}: ${issue.message}`);
  }
  if (version !== BUNDLE_SCHEMA_VERSION) {
    throw new BundleError(
      `${name} has schema version ${String(version)}, which this release cannot read (it reads version ${BUNDLE_SCHEMA_VERSION})`,
    );
  }
  const body = text.slice(newline + 1).replace(/\n$/, "");
  const actual = sha256(body);
  if (actual !== header.data.contentHash) {
    throw new BundleError(
      `${name}: content hash mismatch, the header says ${header.data.contentHash} but the content hashes to ${actual} ` +
        `(the file is damaged or was edited)`,
    );
  }
  const lines = body.split("\n");
  const parsed = lines.map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch (err) {
      throw new BundleError(`${name}, line ${i + 2}: not JSON (${(err as Error).message})`);
    }
  });
  return { header: header.data, body: parsed };
}
