// Why this site's figures can differ from the board's own website and from reports that quote it, in brief: what the
// gap panel (a client component) names beside its chart. The full text and the worked example are in
// ./reconciliation.ts, which the methodology page reads; both start from this list, so they name the same reasons.
import type { BoardSlug } from "@/lib/boards/info";

export interface ReconciliationBrief {
  /** Who the figures are compared with. */
  against: string;
  /** The reasons in a few words each, in the order the methodology page explains them. */
  reasons: readonly string[];
}

export const RECONCILIATION_BRIEF: Partial<Record<BoardSlug, ReconciliationBrief>> = {
  "lmarena-text": {
    against: "lmarena.ai and the Stanford AI Index",
    reasons: [
      "plain ratings, not the site's default style control",
      "our rank rule",
      "deprecated models counted",
      "the rating scale shifted",
    ],
  },
};
