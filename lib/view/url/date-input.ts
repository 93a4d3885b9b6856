// What a typed From/To date becomes. A date field reports a complete date after every keystroke (typing the year's
// first digit gives 0002-02-11), so the control commits only on blur or Enter, through this check, and says why a
// date is refused instead of loading a view nobody asked for. Pure and zod-checked, like every boundary.
import { isoDate } from "@/lib/core/dates";

/** No leaderboard in this atlas has data before this year; an earlier year is a typo, not a range. */
export const EARLIEST_YEAR = 2000;

export type DateInputResult = { ok: true; value: string | null } | { ok: false; message: string };

/**
 * `text` (the field's value, YYYY-MM-DD or "") as the `which` bound of the range, given the other bound: "" clears
 * it; otherwise a real date from EARLIEST_YEAR on, not past the other bound.
 */
export function checkDateInput(text: string, which: "from" | "to", other: string | null): DateInputResult {
  const value = text.trim();
  if (value === "") return { ok: true, value: null };
  if (!isoDate.safeParse(value).success)
    return { ok: false, message: `${value} is not a date; write it as YYYY-MM-DD.` };
  if (Number(value.slice(0, 4)) < EARLIEST_YEAR)
    return { ok: false, message: `${value} is before ${EARLIEST_YEAR}; no board has data that early.` };
  if (other && which === "from" && value > other)
    return { ok: false, message: `From (${value}) must be on or before To (${other}).` };
  if (other && which === "to" && value < other)
    return { ok: false, message: `To (${value}) must be on or after From (${other}).` };
  return { ok: true, value };
}
