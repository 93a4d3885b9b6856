// The bundle reader's bounds: a file over the size a bundle may be, or one that expands past it, is refused before
// it can take the memory it claims (a 193 kB brotli stream can expand to 1 GB).
import { brotliCompressSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { BundleError, decodeBundle, MAX_BUNDLE_FILE_BYTES, MAX_BUNDLE_TEXT_BYTES } from "@/lib/ingest/bundle/format";

const refusal = (fn: () => unknown): BundleError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof BundleError) return err;
    throw err;
  }
  throw new Error("expected a BundleError");
};

describe("decodeBundle bounds", () => {
  test("states its limits: room for the shipped bundle (about 5 MB, 26 MB of text) many times over", () => {
    expect(MAX_BUNDLE_FILE_BYTES).toBe(32 * 1024 * 1024);
    expect(MAX_BUNDLE_TEXT_BYTES).toBe(256 * 1024 * 1024);
  });

  test("a decompression bomb is refused once its output passes the limit, not after it expanded whole", () => {
    // 64 MB of spaces compress to a few hundred bytes.
    const bomb = brotliCompressSync(Buffer.alloc(64 * 1024 * 1024, 32));
    expect(bomb.byteLength).toBeLessThan(10_000);
    const before = process.memoryUsage().rss;
    const err = refusal(() => decodeBundle(bomb, "bomb.br", { textBytes: 1024 * 1024 }));
    expect(err.message).toBe(
      "bomb.br expands to more than 1 MB, more than a bundle may hold; refused before it was read whole",
    );
    // Well under the 64 MB it would have taken (the limit is 1 MB; the rest is noise).
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
  });

  test("a file over the size limit is refused before it is decompressed", () => {
    const err = refusal(() => decodeBundle(Buffer.alloc(2048), "big.br", { fileBytes: 1024 }));
    expect(err.message).toBe("big.br is 2048 bytes, over the 1024 bytes a bundle may be; nothing was read");
  });

  test("within the limits, a damaged file still gets its own message", () => {
    expect(refusal(() => decodeBundle(Buffer.from("not brotli at all"), "x.br")).message).toMatch(
      /^x\.br is not a brotli-compressed bundle/,
    );
  });
});
