import { describe, expect, it } from "vitest";
import { checkDateInput } from "@/lib/view/url/date-input";

describe("checkDateInput", () => {
  it("takes a real date, and an empty field clears the bound", () => {
    expect(checkDateInput("2025-02-11", "to", null)).toEqual({ ok: true, value: "2025-02-11" });
    expect(checkDateInput(" 2024-01-01 ", "from", "2025-02-11")).toEqual({ ok: true, value: "2024-01-01" });
    expect(checkDateInput("", "from", "2025-02-11")).toEqual({ ok: true, value: null });
  });

  it("refuses what a half-typed year gives (0002-02-11), with a reason", () => {
    const r = checkDateInput("0002-02-11", "to", null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe("0002-02-11 is before 2000; no board has data that early.");
  });

  it("refuses text that is not a calendar date", () => {
    expect(checkDateInput("2025-02-30", "to", null)).toEqual({
      ok: false,
      message: "2025-02-30 is not a date; write it as YYYY-MM-DD.",
    });
    expect(checkDateInput("11/02/2025", "from", null).ok).toBe(false);
  });

  it("refuses a bound on the wrong side of the other one, and takes the same day", () => {
    expect(checkDateInput("2025-03-01", "from", "2025-02-11")).toEqual({
      ok: false,
      message: "From (2025-03-01) must be on or before To (2025-02-11).",
    });
    expect(checkDateInput("2024-12-31", "to", "2025-01-01")).toEqual({
      ok: false,
      message: "To (2024-12-31) must be on or after From (2025-01-01).",
    });
    expect(checkDateInput("2025-02-11", "to", "2025-02-11")).toEqual({ ok: true, value: "2025-02-11" });
  });
});
