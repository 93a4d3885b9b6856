// A placeholder with the chart's own height, so loading, empty and error states never move the page.
import type { ReactNode } from "react";

export function PanelMessage({ height, tone, children }: { height: number; tone?: "error"; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      style={{ height }}
      className={`flex items-center justify-center rounded border border-dashed border-[var(--border)] p-4 text-center text-sm ${
        tone === "error" ? "text-red-700 dark:text-red-300" : "text-[var(--muted)]"
      }`}
    >
      {children}
    </div>
  );
}
