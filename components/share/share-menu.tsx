"use client";
// The share menu of a view: copy link, native share, embed code, "Cite this view", and downloads of exactly what
// the chart shows (CSV and JSON of its series, SVG with title, legend and source line, PNG at 2×). Files are built
// in the browser from the chart spec, from the same cached query the chart draws. The spec and the file writers are
// loaded and built on the first download, so the page's first load neither carries nor runs them.
import { useQuery } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { BOARDS } from "@/lib/boards";
import { citation, downloadBaseName, embedPath, iframeSnippet, permalinkPath, viewTitle } from "@/lib/share/view-meta";
import { viewToQuery } from "@/lib/view/api-requests";
import { standingsChartOptions } from "@/lib/view/queries";
import type { ViewState } from "@/lib/view/search-params";
import { rangeNeedsLatest } from "@/lib/view/view-state";

export const SVG_SIZE = { width: 960, height: 540 };
/** The menu's width (w-72), to choose the edge it hangs from. */
const MENU_WIDTH = 288;

function save(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The SVG drawn onto a canvas at twice its size. */
async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the SVG could not be drawn"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = SVG_SIZE.width * scale;
    canvas.height = SVG_SIZE.height * scale;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function ShareMenu({ view, latest }: { view: ViewState; latest: string | null }) {
  const [status, setStatus] = useState("");
  const [panel, setPanel] = useState<"embed" | "cite" | null>(null);
  const [open, setOpen] = useState(false);
  // Which edge of the Share button the menu and its panels hang from: its right edge, unless that would put them past
  // the window's left edge (on a phone the button wraps to the card's left side).
  const [side, setSide] = useState<"left" | "right">("right");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const id = useId();
  const req = viewToQuery(view, { latest }).standings;
  const query = useQuery({ ...standingsChartOptions(req), enabled: !rangeNeedsLatest(view) || latest !== null });
  const data = query.data;
  const title = viewTitle(view);
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const permalink = `${origin}${permalinkPath("/", view)}`;
  const embedUrl = `${origin}${embedPath("/", view)}`;
  // The spec's as-of date is the standings' own (lib/view/chart-spec.ts).
  const asOf = data?.asOf ?? null;
  const base = downloadBaseName(view, asOf);
  const cite = citation({
    title: `${title} on ${BOARDS[view.board].name}`,
    url: permalink,
    sources: [BOARDS[view.board].source],
    asOf,
    accessed: new Date().toISOString().slice(0, 10),
  });

  function say(message: string) {
    setStatus(message);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(""), 4000);
  }

  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      say(`${what} copied`);
    } catch {
      say(`Copy failed: select the ${what.toLowerCase()} and copy it`);
    }
  }

  async function download(kind: "csv" | "json" | "svg" | "png") {
    if (!data) return say("The chart is still loading");
    try {
      const [{ standingsSpec }, { chartCsv, chartJson }, { chartSvg }] = await Promise.all([
        import("@/lib/view/chart-spec"),
        import("@/lib/view/chart-export"),
        import("@/lib/view/chart-svg"),
      ]);
      const spec = standingsSpec(view, data);
      if (kind === "csv") save(`${base}.csv`, new Blob([chartCsv(spec)], { type: "text/csv;charset=utf-8" }));
      if (kind === "json") save(`${base}.json`, new Blob([chartJson(spec, permalink, data.thinning)], { type: "application/json" }));
      const svg = chartSvg(spec, { ...SVG_SIZE, frame: true });
      if (kind === "svg") save(`${base}.svg`, new Blob([svg], { type: "image/svg+xml" }));
      if (kind === "png") save(`${base}.png`, await svgToPng(svg));
      say(`Downloaded ${base}.${kind}`);
    } catch (err) {
      say(`Download failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const edge = side === "left" ? "left-0" : "right-0";
  const item = "block w-full rounded px-3 py-1.5 text-left text-sm hover:bg-[var(--bg)] disabled:opacity-50";
  return (
    <div className="relative inline-flex items-center gap-2">
      <div
        className="relative"
        data-testid="share-menu"
        onKeyDown={(e) => {
          if (e.key === "Escape") setOpen(false);
        }}
      >
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-menu`}
          onClick={(e) => {
            const box = e.currentTarget.getBoundingClientRect();
            setSide(box.right < Math.min(MENU_WIDTH, window.innerWidth - 16) + 8 ? "left" : "right");
            setOpen(!open);
          }}
          className="rounded bg-[var(--accent)] px-3 py-1 text-sm font-medium text-[var(--bg)] hover:opacity-90"
        >
          Share
        </button>
        <div id={`${id}-menu`} hidden={!open} data-side={side} className={`absolute ${edge} z-20 mt-1 w-72 max-w-[calc(100vw-4rem)] rounded border border-[var(--border)] bg-[var(--card)] p-1 shadow-lg`} role="group" aria-label="Share this view">
          <button type="button" className={item} onClick={() => copy(permalink, "Link")}>Copy link</button>
          {typeof navigator !== "undefined" && typeof navigator.share === "function" && (
            <button type="button" className={item} onClick={() => navigator.share({ title, url: permalink }).catch(() => undefined)}>
              Share…
            </button>
          )}
          <button type="button" className={item} aria-expanded={panel === "embed"} aria-controls={`${id}-embed`} onClick={() => {
              setPanel(panel === "embed" ? null : "embed");
              setOpen(false);
            }}>
            Embed…
          </button>
          <button type="button" className={item} aria-expanded={panel === "cite"} aria-controls={`${id}-cite`} onClick={() => {
              setPanel(panel === "cite" ? null : "cite");
              setOpen(false);
            }}>
            Cite this view…
          </button>
          <hr className="my-1 border-[var(--border)]" />
          <p className="px-3 pt-1 text-xs text-[var(--muted)]">Download the chart</p>
          {(["csv", "json", "svg", "png"] as const).map((k) => (
            <button key={k} type="button" className={item} disabled={!data} onClick={() => download(k)} data-download={k}>
              {k.toUpperCase()}
              <span className="ml-2 text-xs text-[var(--muted)]">{base}.{k}</span>
            </button>
          ))}
        </div>
      </div>
      <span role="status" aria-live="polite" className="text-sm text-[var(--muted)]">
        {status}
      </span>
      {panel === "embed" && (
        <div id={`${id}-embed`} className={`absolute ${edge} top-full z-10 mt-10 w-96 max-w-[calc(100vw-4rem)] rounded border border-[var(--border)] bg-[var(--card)] p-3 text-sm shadow-lg`}>
          <label htmlFor={`${id}-embed-code`} className="font-medium">Embed code</label>
          <textarea id={`${id}-embed-code`} readOnly rows={4} className="mt-1 w-full rounded border border-[var(--border)] bg-[var(--bg)] p-2 font-mono text-xs" value={iframeSnippet(embedUrl, title)} data-testid="embed-code" />
          <button type="button" className="mt-1 rounded border border-[var(--border)] px-2 py-1" onClick={() => copy(iframeSnippet(embedUrl, title), "Embed code")}>Copy embed code</button>
        </div>
      )}
      {panel === "cite" && (
        <div id={`${id}-cite`} className={`absolute ${edge} top-full z-10 mt-10 w-[28rem] max-w-[calc(100vw-4rem)] rounded border border-[var(--border)] bg-[var(--card)] p-3 text-sm shadow-lg`}>
          <p className="font-medium">Cite this view</p>
          <p className="mt-1 break-words" data-testid="citation">{cite.text}</p>
          <button type="button" className="mt-1 rounded border border-[var(--border)] px-2 py-1" onClick={() => copy(cite.text, "Citation")}>Copy citation</button>
          <label htmlFor={`${id}-bibtex`} className="mt-2 block font-medium">BibTeX</label>
          <textarea id={`${id}-bibtex`} readOnly rows={7} className="mt-1 w-full rounded border border-[var(--border)] bg-[var(--bg)] p-2 font-mono text-xs" value={cite.bibtex} data-testid="bibtex" />
          <button type="button" className="mt-1 rounded border border-[var(--border)] px-2 py-1" onClick={() => copy(cite.bibtex, "BibTeX")}>Copy BibTeX</button>
        </div>
      )}
    </div>
  );
}
