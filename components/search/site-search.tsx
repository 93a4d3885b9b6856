"use client";
// The header search: a button that opens a command palette, also opened by "/" and Ctrl/Cmd-K. The palette (cmdk,
// ./search-dialog) is loaded on the first open, so the first load of every page carries only this button.
import { lazy, Suspense, useEffect, useState } from "react";

const loadDialog = () => import("./search-dialog");
const SearchDialog = lazy(loadDialog);

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

export function SiteSearch() {
  const [open, setOpen] = useState(false);
  // Once opened, the dialog stays mounted (closed), so a second open is instant and keeps its last query.
  const [loaded, setLoaded] = useState(false);
  const show = (next: boolean | ((o: boolean) => boolean)) => {
    setLoaded(true);
    setOpen(next);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === "k" || e.key === "K") && (e.metaKey || e.ctrlKey)) {
        e.preventDefault();
        setLoaded(true);
        setOpen((o) => !o);
      } else if (e.key === "/" && !e.metaKey && !e.ctrlKey && !e.altKey && !typingInField(e.target)) {
        e.preventDefault();
        setLoaded(true);
        setOpen(true);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => show(true)}
        // A pointer on its way to the button, or keyboard focus on it: fetch the palette before the click.
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        className="flex items-center gap-2 rounded border border-[var(--border)] px-2 py-1 text-sm text-[var(--muted)] hover:text-[var(--fg)]"
        aria-keyshortcuts="/ Control+K Meta+K"
        data-testid="search-button"
      >
        <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.6">
          <circle cx="7" cy="7" r="5" />
          <path d="m11 11 3.5 3.5" />
        </svg>
        <span>Search</span>
        <kbd className="hidden rounded border border-[var(--border)] px-1 text-xs sm:inline">/</kbd>
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <SearchDialog open={open} setOpen={setOpen} />
        </Suspense>
      )}
    </>
  );
}
