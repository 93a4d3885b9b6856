"use client";
// Plain ratings or style control, for a board that has both (lmarena.ai shows style control by default; a URL without
// the style-controlled board keeps meaning plain ratings). A radio group, like the board switch.
import type { BoardSlug } from "@/lib/boards/info";
import type { StyleToggle } from "@/lib/view/url/board-variants";
import { segmentClass } from "./styles";

export function StyleControlToggle({ toggle, onChange }: { toggle: StyleToggle; onChange: (b: BoardSlug) => void }) {
  const sides = [
    { board: toggle.plain, label: "Plain ratings", checked: !toggle.on },
    { board: toggle.styleControl, label: "Style control", checked: toggle.on },
  ];
  return (
    <fieldset className="flex flex-col gap-1" data-testid="style-control-toggle">
      <legend className="mb-1 text-xs font-medium text-[var(--muted)]">Ratings</legend>
      <div className="flex flex-wrap gap-1">
        {sides.map((s) => (
          <label key={s.board} className={segmentClass}>
            <input
              type="radio"
              name="ratings"
              value={s.board}
              checked={s.checked}
              onChange={() => onChange(s.board)}
              className="sr-only"
            />
            {s.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
