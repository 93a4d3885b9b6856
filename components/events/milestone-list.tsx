// A country's milestones, newest first, each linking to the view that shows it, with the qualifiers a reader needs
// to judge it (rank of board size, margin, intervals, how long it held, base model) and the population counted.
import { caveatLine, qualifierLine } from "@/lib/standings/milestones/text";
import type { MilestoneItem } from "@/lib/reads/types/events";
import { methodologyHref, SECTION_IDS } from "@/lib/view/url/methodology-anchors";

const KIND_LABEL: Record<MilestoneItem["kind"], string> = {
  "first-top-n": "First in a top N",
  "lead-change": "Lead change",
  "best-rank": "Best-ever rank",
  contested: "Contested lead",
};
/** A statistical tie is labelled a tie, never a first or an overtaking. */
const TIE_LABEL: Partial<Record<MilestoneItem["kind"], string>> = {
  "first-top-n": "Tie into a top N",
  "lead-change": "Tie for the lead",
  "best-rank": "Tie at a best-ever rank",
};

export function MilestoneList({
  milestones,
  limit = 30,
  population,
}: {
  milestones: readonly MilestoneItem[];
  limit?: number;
  population?: string;
}) {
  return (
    <section aria-labelledby="milestones-h" className="space-y-2" data-testid="milestones">
      <h2 id="milestones-h" className="text-lg font-semibold">
        Milestones
      </h2>
      <p className="text-sm text-[var(--muted)]">
        Found in the data, newest first, ranked by score{population ? ` (${population})` : ""} (
        <a className="underline" href={methodologyHref(SECTION_IDS.milestones)}>
          how
        </a>
        ;{" "}
        <a className="underline" href="/feed.xml">
          Atom feed
        </a>
        ). Each says the board&apos;s size that day, the margin to the next model, whether the two 95% intervals overlap
        (a tie) and how long it held.
      </p>
      {milestones.length === 0 ? (
        <p className="text-sm">No milestone yet.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {milestones.slice(0, limit).map((m) => (
            <li key={m.id} data-milestone={m.kind} data-tie={m.qualifiers.tie ? "1" : undefined}>
              <span className="tabular-nums text-[var(--muted)]">{m.date}</span> ·{" "}
              {(m.qualifiers.tie && TIE_LABEL[m.kind]) || KIND_LABEL[m.kind]}:{" "}
              <a className="underline" href={m.href}>
                {m.title}
              </a>
              <span className="block text-xs text-[var(--muted)]" data-testid="milestone-qualifiers">
                {qualifierLine(m)}
              </span>
              {caveatLine(m) && (
                <span className="block text-xs" data-testid="milestone-caveat" data-caveats={m.caveats.join(" ")}>
                  Data caveat: {caveatLine(m)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
