"use client";
// Light/dark switch. The resolved theme is only known after mount, so the first render is neutral (no mismatch).
import { useTheme } from "next-themes";
import { useEffect, useState } from "react";

export function ThemeToggle() {
  const { resolvedTheme, setTheme } = useTheme();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const dark = mounted && resolvedTheme === "dark";
  return (
    <button
      type="button"
      onClick={() => setTheme(dark ? "light" : "dark")}
      aria-pressed={mounted ? dark : undefined}
      className="rounded border border-[var(--border)] px-2 py-1 text-sm hover:bg-[var(--card)]"
    >
      <span aria-hidden>{dark ? "☾" : "☀"}</span>
      <span className="sr-only sm:not-sr-only sm:ml-1">Dark mode</span>
    </button>
  );
}
