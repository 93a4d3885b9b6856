// A chart spec as a standalone SVG file, and that file as a PNG, made in the browser for the share menu's SVG and PNG
// downloads: the one renderer (chart-svg.tsx) drawn by React into a detached element and serialised as XML. React's
// DOM renderer is on the page already, while react-dom/server would be a large script to ship for one button; the
// share menu loads this module on the first download.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { ChartSpec } from "@/lib/view/chart/spec";
import { ChartSvg } from "./chart-svg";
import { chartFrame } from "./chart-svg-frame";

export function chartSvgFile(spec: ChartSpec, size: { width: number; height: number }): string {
  const holder = document.createElement("div");
  const root = createRoot(holder);
  try {
    flushSync(() =>
      root.render(
        <ChartSvg spec={spec} width={size.width} height={size.height} target="image" frame={chartFrame(spec, size)} />,
      ),
    );
    return new XMLSerializer().serializeToString(holder.firstElementChild!);
  } finally {
    root.unmount();
  }
}

/** An SVG file drawn onto a canvas at `scale` times its size. */
export async function svgToPng(svg: string, size: { width: number; height: number }, scale = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the SVG could not be drawn"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = size.width * scale;
    canvas.height = size.height * scale;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
