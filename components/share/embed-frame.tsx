// Embed mode (`?embed=1`): marks the page so the site's chrome (everything with `data-chrome`) is hidden by CSS,
// and links back to the full view on Leaderboard Atlas.
import type { ReactNode } from "react";

export function EmbedFrame({ title, href, children }: { title: string; href: string; children: ReactNode }) {
  return (
    <div data-embed className="space-y-2">
      <h1 className="sr-only">{title}</h1>
      {children}
      <p className="text-right text-xs">
        <a
          href={href}
          target="_blank"
          rel="noopener"
          className="text-[var(--accent)] hover:underline"
          data-testid="embed-backlink"
        >
          Leaderboard Atlas ↗
        </a>
      </p>
    </div>
  );
}
