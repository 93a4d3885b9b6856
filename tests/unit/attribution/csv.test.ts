import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

describe("parseCsv (test helper)", () => {
  it("reads quoted fields, doubled quotes, embedded commas and line breaks, CRLF rows", () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line\r\nbreak",\r\n';
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["1", "x, y", 'say "hi"'],
      ["2", "line\r\nbreak", ""],
    ]);
  });

  it("accepts LF rows, a BOM and a missing final newline", () => {
    expect(parseCsv("\ufeffa,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});
