import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "@/scripts/lib/compile-hints";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("addCompileHints", () => {
  it("puts the magic comment on the first line of every script, once, and leaves other files alone", () => {
    dir = mkdtempSync(path.join(tmpdir(), "hints-"));
    mkdirSync(path.join(dir, "nested"));
    writeFileSync(path.join(dir, "a.js"), "(globalThis.TURBOPACK||[]).push([1]);");
    writeFileSync(path.join(dir, "nested/b.js"), "console.log(1)\n//# sourceMappingURL=b.js.map");
    writeFileSync(path.join(dir, "c.css"), "body{}");
    writeFileSync(path.join(dir, "b.js.map"), "{}");

    expect(addCompileHints(dir)).toEqual({ hinted: 2, already: 0 });
    expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);`);
    expect(readFileSync(path.join(dir, "nested/b.js"), "utf8").split("\n")[0]).toBe("//# allFunctionsCalledOnLoad");
    expect(readFileSync(path.join(dir, "c.css"), "utf8")).toBe("body{}");
    expect(readFileSync(path.join(dir, "b.js.map"), "utf8")).toBe("{}");

    // A second run (npm start after npm run build) changes nothing.
    expect(addCompileHints(dir)).toEqual({ hinted: 0, already: 2 });
    expect(readFileSync(path.join(dir, "a.js"), "utf8").match(/allFunctionsCalledOnLoad/g)).toHaveLength(1);
  });
});
