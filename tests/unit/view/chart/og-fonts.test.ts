import { describe, expect, test, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { ogFonts } = await import("@/lib/view/chart/og-fonts");

describe("ogFonts", () => {
  test("Latin text gets Inter 400 and 700 (woff) only", async () => {
    const fonts = await ogFonts("Best rank by country: United States vs China");
    expect(fonts.map((f) => [f.name, f.weight])).toEqual([
      ["Inter", 400],
      ["Inter", 700],
    ]);
    // woff, not woff2: satori reads wOFF.
    expect(new TextDecoder().decode(new Uint8Array(fonts[0].data).slice(0, 4))).toBe("wOFF");
  });

  test("Chinese text adds only the Noto Sans SC slices its characters need", async () => {
    const fonts = await ogFonts("通义千问 Qwen 深度求索");
    const cjk = fonts.filter((f) => f.name === "Noto Sans SC");
    expect(cjk.length).toBeGreaterThan(0);
    expect(cjk.length).toBeLessThanOrEqual(7);
    const bytes = cjk.reduce((n, f) => n + f.data.byteLength, 0);
    expect(bytes).toBeLessThan(1_000_000);
  });
});
