"use client";
// The share menu of one panel (standings, gap, ranking, each lens chart): copy link, native share, embed code,
// "Cite this" and downloads of exactly what the panel shows, all dated by the panel's data date (the view's end, or
// the snapshot chosen: lib/view/url/as-of.ts). A chart panel's files are built in the browser from its chart spec (the
// one its chart is drawn from): CSV (with its metadata sidecar: source, licence, citation, columns), JSON, SVG with
// title, legend, source and licence lines (the page's renderer, components/charts/chart-svg.tsx), PNG at 2×. The file
// writers are loaded on the first download, so the page's first load neither carries nor runs them. A table panel links the API's CSV, whose answer links its own sidecar. On a phone the menu
// and its panels open as a sheet along the bottom edge, whatever side of the screen the button sits on.
import { useEffect, useId, useRef, useState } from "react";
import { boardInfo } from "@/lib/boards/info";
import { licenceLine } from "@/lib/boards/upstreams";
import { sidecarPath } from "@/lib/view/url/provenance";
import { citation, iframeSnippet } from "@/lib/view/url/view-meta";
import type { ShareTarget } from "@/lib/view/chart/panel-share";

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

type Kind = "csv" | "metadata" | "json" | "svg" | "png";
const EXT: Record<Kind, string> = { csv: "csv", metadata: "metadata.json", json: "json", svg: "svg", png: "png" };

export function ShareMenu({ target, ready = true }: { target: ShareTarget; ready?: boolean }) {
  const [status, setStatus] = useState("");
  const [panel, setPanel] = useState<"embed" | "cite" | null>(null);
  const [open, setOpen] = useState(false);
  // Which edge of the Share button the menu and its panels hang from: its right edge, unless that would put them past
  // the window's left edge (on a phone the button wraps to the card's left side).
  const [side, setSide] = useState<"left" | "right">("right");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const id = useId();
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const permalink = `${origin}${target.link}#${target.anchor}`;
  const citeUrl = `${origin}${target.cite}#${target.anchor}`;
  const embedUrl = target.embed && `${origin}${target.embed}`;
  const { base } = target;
  const cite = citation({
    title: target.title,
    url: citeUrl,
    sources: target.sources ?? [boardInfo(target.board).source],
    asOf: target.asOf,
    accessed: new Date().toISOString().slice(0, 10),
    licence: target.licence ?? licenceLine(target.board),
  });

  // Escape closes the menu and its panel, wherever the focus is (a panel opens after its menu item hides).
  useEffect(() => {
    if (!open && !panel) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      setPanel(null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, panel]);

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

  async function download(kind: Kind) {
    const built = target.chart && (await target.chart().catch(() => null));
    if (!built) return say("The chart is still loading");
    try {
      const [{ chartCsv, chartJson, chartMetadata }, { chartSvgFile, svgToPng }] = await Promise.all([
        import("@/lib/view/chart/export"),
        import("@/components/charts/chart-svg-file"),
      ]);
      const { spec, thinning } = built;
      const name = `${base}.${EXT[kind]}`;
      if (kind === "csv") save(name, new Blob([chartCsv(spec)], { type: "text/csv;charset=utf-8" }));
      if (kind === "metadata") {
        const meta = chartMetadata(spec, {
          file: `${base}.csv`,
          permalink: citeUrl,
          accessed: new Date().toISOString().slice(0, 10),
          thinning,
        });
        save(name, new Blob([JSON.stringify(meta, null, 2)], { type: "application/json" }));
      }
      if (kind === "json") save(name, new Blob([chartJson(spec, permalink, thinning)], { type: "application/json" }));
      if (kind === "svg" || kind === "png") {
        const svg = chartSvgFile(spec, SVG_SIZE);
        save(name, kind === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await svgToPng(svg, SVG_SIZE));
      }
      say(`Downloaded ${name}`);
    } catch (err) {
      say(`Download failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const edge = side === "left" ? "left-0" : "right-0";
  const item = "block w-full rounded px-3 py-1.5 text-left text-sm hover:bg-[var(--bg)] disabled:opacity-50";
  const kinds: Kind[] = target.chart ? ["csv", "metadata", "json", "svg", "png"] : [];
  return (
    <div className="relative inline-flex items-center gap-2" data-share-panel={target.anchor}>
      <div className="relative" data-testid="share-menu">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-menu`}
          aria-label={`Share, cite or download: ${target.title}`}
          onClick={(e) => {
            const box = e.currentTarget.getBoundingClientRect();
            setSide(box.right < Math.min(MENU_WIDTH, window.innerWidth - 16) + 8 ? "left" : "right");
            setOpen(!open);
          }}
          className="rounded bg-[var(--accent)] px-3 py-1 text-sm font-medium text-[var(--bg)] hover:opacity-90"
        >
          Share
        </button>
        <div
          id={`${id}-menu`}
          hidden={!open}
          data-side={side}
          className={`absolute ${edge} z-20 mt-1 w-72 max-w-[90vw] rounded border max-sm:fixed max-sm:inset-x-2 max-sm:bottom-2 max-sm:top-auto max-sm:w-auto max-sm:max-w-none max-sm:z-30 border-[var(--border)] bg-[var(--card)] p-1 shadow-lg`}
          role="group"
          aria-label={`Share ${target.title}`}
        >
          <button type="button" className={item} onClick={() => copy(permalink, "Link")}>
            Copy link
          </button>
          {typeof navigator !== "undefined" && typeof navigator.share === "function" && (
            <button
              type="button"
              className={item}
              onClick={() => navigator.share({ title: target.title, url: permalink }).catch(() => undefined)}
            >
              Share…
            </button>
          )}
          {embedUrl && (
            <button
              type="button"
              className={item}
              aria-expanded={panel === "embed"}
              aria-controls={`${id}-embed`}
              onClick={() => {
                setPanel(panel === "embed" ? null : "embed");
                setOpen(false);
              }}
            >
              Embed…
            </button>
          )}
          <button
            type="button"
            className={item}
            aria-expanded={panel === "cite"}
            aria-controls={`${id}-cite`}
            onClick={() => {
              setPanel(panel === "cite" ? null : "cite");
              setOpen(false);
            }}
          >
            Cite this view…
          </button>
          <hr className="my-1 border-[var(--border)]" />
          <p className="px-3 pt-1 text-xs text-[var(--muted)]">
            {target.chart ? "Download the chart" : "Download the data"}
          </p>
          {kinds.map((k) => (
            <button
              key={k}
              type="button"
              className={item}
              disabled={!ready}
              onClick={() => download(k)}
              data-download={k}
            >
              {k === "metadata" ? "Metadata" : k.toUpperCase()}
              <span className="ml-2 break-all text-xs text-[var(--muted)]">
                {base}.{EXT[k]}
              </span>
            </button>
          ))}
          {target.apiCsv && (
            <>
              <a className={item} href={target.apiCsv} download data-download="api-csv">
                CSV, every row
                <span className="ml-2 text-xs text-[var(--muted)]">from the API</span>
              </a>
              <a
                className={item}
                href={sidecarPath(target.apiCsv)}
                target="_blank"
                rel="noopener"
                data-download="api-metadata"
              >
                Metadata
                <span className="ml-2 text-xs text-[var(--muted)]">source, licence, columns</span>
              </a>
            </>
          )}
        </div>
      </div>
      <span role="status" aria-live="polite" className="text-sm text-[var(--muted)]">
        {status}
      </span>
      {panel === "embed" && embedUrl && (
        <div
          id={`${id}-embed`}
          className={`absolute ${edge} top-full z-10 mt-10 w-96 max-w-[90vw] rounded border max-sm:fixed max-sm:inset-x-2 max-sm:bottom-2 max-sm:top-auto max-sm:w-auto max-sm:max-w-none max-sm:z-30 border-[var(--border)] bg-[var(--card)] p-3 text-sm shadow-lg`}
        >
          <button
            type="button"
            className="float-right rounded px-2 py-0.5 text-[var(--muted)] hover:bg-[var(--bg)]"
            aria-label="Close"
            onClick={() => setPanel(null)}
          >
            ×
          </button>
          <label htmlFor={`${id}-embed-code`} className="font-medium">
            Embed code
          </label>
          <textarea
            id={`${id}-embed-code`}
            readOnly
            rows={4}
            className="mt-1 w-full rounded border border-[var(--border)] bg-[var(--bg)] p-2 font-mono text-xs"
            value={iframeSnippet(embedUrl, target.title)}
            data-testid="embed-code"
          />
          <button
            type="button"
            className="mt-1 rounded border border-[var(--border)] px-2 py-1"
            onClick={() => copy(iframeSnippet(embedUrl, target.title), "Embed code")}
          >
            Copy embed code
          </button>
        </div>
      )}
      {panel === "cite" && (
        <div
          id={`${id}-cite`}
          className={`absolute ${edge} top-full z-10 mt-10 w-[28rem] max-w-[90vw] rounded border max-sm:fixed max-sm:inset-x-2 max-sm:bottom-2 max-sm:top-auto max-sm:w-auto max-sm:max-w-none max-sm:z-30 border-[var(--border)] bg-[var(--card)] p-3 text-sm shadow-lg`}
        >
          <button
            type="button"
            className="float-right rounded px-2 py-0.5 text-[var(--muted)] hover:bg-[var(--bg)]"
            aria-label="Close"
            onClick={() => setPanel(null)}
          >
            ×
          </button>
          <p className="font-medium">Cite this view</p>
          <p className="mt-1 break-words" data-testid="citation" data-as-of={target.asOf ?? ""}>
            {cite.text}
          </p>
          <button
            type="button"
            className="mt-1 rounded border border-[var(--border)] px-2 py-1"
            onClick={() => copy(cite.text, "Citation")}
          >
            Copy citation
          </button>
          <label htmlFor={`${id}-bibtex`} className="mt-2 block font-medium">
            BibTeX
          </label>
          <textarea
            id={`${id}-bibtex`}
            readOnly
            rows={7}
            className="mt-1 w-full rounded border border-[var(--border)] bg-[var(--bg)] p-2 font-mono text-xs"
            value={cite.bibtex}
            data-testid="bibtex"
          />
          <button
            type="button"
            className="mt-1 rounded border border-[var(--border)] px-2 py-1"
            onClick={() => copy(cite.bibtex, "BibTeX")}
          >
            Copy BibTeX
          </button>
        </div>
      )}
    </div>
  );
}
