"use client";
// Which leaderboard: the stored boards (the runtime list), each by its short name. A radio group, so arrow keys move
// between boards.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { formatDate } from "@/lib/standings/format";
import { segmentClass } from "./styles";

function Retired({ on }: { on: string | null }) {
  return on && <span className="ml-1 text-xs opacity-80">(retired {formatDate(on)})</span>;
}

export function BoardSwitch({
  board,
  boards,
  onChange,
}: {
  board: BoardSlug;
  /** The boards to offer, in list order. */
  boards: readonly BoardSlug[];
  onChange: (b: BoardSlug) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-[var(--muted)]">Board</legend>
      <div className="flex flex-wrap gap-1">
        {boards.map((slug) => (
          <label key={slug} className={segmentClass}>
            <input
              type="radio"
              name="board"
              value={slug}
              checked={board === slug}
              onChange={() => onChange(slug)}
              className="sr-only"
            />
            {boardInfo(slug).shortName}
            <Retired on={boardInfo(slug).retiredOn} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
