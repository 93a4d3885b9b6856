import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import { Providers } from "@/components/providers";
import { SiteSearch } from "@/components/search/site-search";
import { StaleBanner } from "@/components/status/stale-banner";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { loadBannerState } from "@/lib/view/load/stale-banner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Leaderboard Atlas", template: "%s · Leaderboard Atlas" },
  description:
    "Where the strongest AI models come from: LMArena's arenas and the Open LLM Leaderboard by developer country.",
};

/** Loads the stale banner's state at request time (never prerendered), inside its own Suspense boundary. */
async function StaleBannerSlot() {
  await connection();
  const now = new Date();
  return <StaleBanner state={await loadBannerState(now)} now={now} />;
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen antialiased">
        {/* React streams large Suspense boundaries as hidden segments that an inline script moves into place.
            Without JavaScript nothing moves them, so show them where they are (after the page, in order). */}
        <noscript>
          {/* In Tailwind's base layer, where its own `[hidden]{display:none!important}` lives, so this one can win. */}
          <style>{"@layer base{div[hidden][id^='S:']{display:block!important}}"}</style>
        </noscript>
        <Providers>
          {/* data-chrome: hidden in embed mode (app/globals.css). */}
          <header data-chrome className="border-b border-[var(--border)]">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
              <a href="/" className="font-semibold">
                Leaderboard Atlas
              </a>
              {/* Its own row on a phone from the first paint: a nav that arrives in pieces and then wraps to a new row
                  would push the whole page down (a layout shift Lighthouse saw on the mobile home view). At 375 px its links
                  take two lines, wrapped in the server's HTML already. */}
              <nav
                aria-label="Site"
                className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 text-sm sm:w-auto sm:gap-4"
              >
                <SiteSearch />
                <a href="/scoreboard" className="hover:underline">
                  Scoreboard
                </a>
                <a href="/lenses/language" className="hover:underline">
                  Lenses
                </a>
                <a href="/methodology" className="hover:underline">
                  Methodology
                </a>
                <a href="/status" className="hover:underline">
                  Data status
                </a>
                <ThemeToggle />
              </nav>
            </div>
          </header>
          <Suspense fallback={null}>
            <StaleBannerSlot />
          </Suspense>
          <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
