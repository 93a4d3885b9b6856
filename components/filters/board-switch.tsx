"use client";
// Which leaderboard: LMArena or the (retired) Open LLM Leaderboard. A radio group, so arrow keys move between boards.
import { BOARDS, BOARD_SLUGS, type BoardSlug } from "@/lib/boards/info";
import { formatDate } from "@/lib/standings/format";
import { segmentClass } from "./styles";

export function BoardSwitch({ board, onChange }: { board: BoardSlug; onChange: (b: BoardSlug) => void }) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-[var(--muted)]">Board</legend>
      <div className="flex flex-wrap gap-1">
        {BOARD_SLUGS.map((slug) => (
          <label key={slug} className={segmentClass}>
            <input
              type="radio"
              name="board"
              value={slug}
              checked={board === slug}
              onChange={() => onChange(slug)}
              className="sr-only"
            />
            {BOARDS[slug].shortName}
            {BOARDS[slug].retiredOn && (
              <span className="ml-1 text-xs opacity-80">(retired {formatDate(BOARDS[slug].retiredOn)})</span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
