import { describe, expect, test } from "vitest";
import { copyField, copyLine } from "@/lib/ingest/copy";

describe("COPY text format", () => {
  test("nulls, numbers and booleans", () => {
    expect(copyField(null)).toBe("\\N");
    expect(copyField(undefined)).toBe("\\N");
    expect(copyField(1.25)).toBe("1.25");
    expect(copyField(-0.5e-7)).toBe("-5e-8");
    expect(copyField(true)).toBe("t");
    expect(copyField(false)).toBe("f");
    expect(() => copyField(NaN)).toThrow("non-finite");
    expect(() => copyField(Infinity)).toThrow("non-finite");
  });

  test("strings are escaped only where they hold a backslash, tab, newline or CR", () => {
    expect(copyField("plain model-name/7b")).toBe("plain model-name/7b");
    expect(copyField("")).toBe("");
    expect(copyField("a\\b\tc\nd\re")).toBe("a\\\\b\\tc\\nd\\re");
    expect(copyField('{"k":"x\\ny"}')).toBe('{"k":"x\\\\ny"}');
  });

  test("a line joins fields with tabs and ends with a newline", () => {
    expect(copyLine([1, "a\tb", null, true])).toBe("1\ta\\tb\t\\N\tt\n");
    expect(copyLine(["only"])).toBe("only\n");
    expect(copyLine([])).toBe("\n");
  });
});
