"use client";
// Parameters the page ignored (invalid values fell back to defaults): said out loud, never an error page.
import { useState } from "react";
import type { ParamNotice } from "@/lib/view/url/view-state";

export function Notices({ notices }: { notices: ParamNotice[] }) {
  const [hidden, setHidden] = useState(false);
  if (notices.length === 0 || hidden) return null;
  return (
    <div
      role="status"
      data-testid="param-notices"
      className="flex items-start justify-between gap-3 rounded border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      <ul className="space-y-1">
        {notices.map((n) => (
          <li key={`${n.key}=${n.value}`}>{n.message}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setHidden(true)} className="shrink-0 underline">
        Dismiss
      </button>
    </div>
  );
}
