"use client";
// Share the current view: the URL holds the whole view, so the link is the permalink. Always copies it; on touch
// devices with the Web Share API it also opens the system share sheet.
import { useRef, useState } from "react";

export function ShareButton({ title }: { title: string }) {
  const [status, setStatus] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  async function share() {
    const url = window.location.href;
    let message = "Link copied";
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      message = "Copy failed: copy the address bar instead";
    }
    if (typeof navigator.share === "function" && window.matchMedia("(pointer: coarse)").matches) {
      await navigator.share({ title, url }).catch(() => undefined); // the user closing the sheet is not an error
    }
    setStatus(message);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(""), 4000);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={share}
        className="rounded bg-[var(--accent)] px-3 py-1 text-sm font-medium text-[var(--bg)] hover:opacity-90"
      >
        Share
      </button>
      <span role="status" aria-live="polite" className="text-sm text-[var(--muted)]">
        {status}
      </span>
    </span>
  );
}
