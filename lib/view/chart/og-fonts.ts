// Fonts for next/og, read at run time from the font packages the app ships (node_modules, locked versions): Inter
// (Latin, woff: satori reads woff and ttf, not woff2) and, only when the text needs it, the slices of Noto Sans SC
// whose unicode-range covers its CJK characters (about 40-90 kB each instead of 1.5 MB for the whole font).
// Without them, next/og would fetch fonts from the network and draw boxes offline.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

type Weight = 400 | 700;
export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: "normal";
}

const modules = path.join(process.cwd(), "node_modules", "@fontsource");
const files = new Map<string, Promise<ArrayBuffer>>();

function load(file: string): Promise<ArrayBuffer> {
  let hit = files.get(file);
  if (!hit) {
    hit = readFile(path.join(modules, file)).then(
      (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
    );
    hit.catch(() => files.delete(file));
    files.set(file, hit);
  }
  return hit;
}

interface Slice {
  file: string;
  ranges: [number, number][];
}
let slices: Promise<Slice[]> | null = null;

/** The Noto Sans SC slices (400 weight) and the code points each covers, from the package's CSS. */
function cjkSlices(): Promise<Slice[]> {
  slices ??= readFile(path.join(modules, "noto-sans-sc", "400.css"), "utf8").then((css) =>
    [...css.matchAll(/url\(\.\/files\/([\w-]+-400-normal)\.woff2\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map((m) => ({
      file: `noto-sans-sc/files/${m[1]}.woff`,
      ranges: m[2].split(",").map((r) => {
        const [a, b] = r.trim().replace(/^U\+/i, "").split("-");
        return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
      }),
    })),
  );
  return slices;
}

const NEEDS_CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** The fonts for an image showing `text`: Inter 400 and 700, plus the CJK slices its characters need. */
export async function ogFonts(text: string): Promise<OgFont[]> {
  const fonts: OgFont[] = await Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: "Inter",
      data: await load(`inter/files/inter-latin-${weight}-normal.woff`),
      weight,
      style: "normal" as const,
    })),
  );
  if (!NEEDS_CJK.test(text)) return fonts;
  const wanted = new Set<string>();
  const all = await cjkSlices();
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    if (!NEEDS_CJK.test(ch)) continue;
    const slice = all.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (slice) wanted.add(slice.file);
  }
  for (const file of wanted) fonts.push({ name: "Noto Sans SC", data: await load(file), weight: 400, style: "normal" });
  return fonts;
}
