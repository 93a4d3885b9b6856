"use client";
// A closed-by-default "Show data table" disclosure whose table is built only when opened. Without JavaScript
// the table is in the page inside <noscript>, so it is still there to read; with JavaScript React does not
// hydrate what <noscript> holds, so hundreds of hidden rows cost the first load nothing.
import { useState, type ReactNode } from "react";

export function DataDetails({
  children,
  summary = "Show data table",
}: {
  children: () => ReactNode;
  summary?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-3 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-[var(--accent)] underline-offset-2 hover:underline">{summary}</summary>
      {open ? children() : <noscript>{children()}</noscript>}
    </details>
  );
}
