// Embed mode (`?embed=1`): marks the page so the site's chrome (everything with `data-chrome`) is hidden by CSS,
// and links back to the full view on Leaderboard Atlas.
import type { ReactNode } from "react";
import { permalinkPath, viewTitle } from "@/lib/share/view-meta";
import type { ViewState } from "@/lib/view/search-params";

export function EmbedFrame({ view, children }: { view: ViewState; children: ReactNode }) {
  return (
    <div data-embed className="space-y-2">
      <h1 className="sr-only">{viewTitle(view)}</h1>
      {children}
      <p className="text-right text-xs">
        <a href={permalinkPath("/", view)} target="_blank" rel="noopener" className="text-[var(--accent)] hover:underline" data-testid="embed-backlink">
          Leaderboard Atlas ↗
        </a>
      </p>
    </div>
  );
}
