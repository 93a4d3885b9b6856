import { describe, expect, it } from "vitest";
import { BOARDS, BOARD_SLUGS, DEFAULT_BOARD, LENS_BOARDS } from "@/lib/boards/info";
import { FIELDS } from "@/lib/standings/query";

describe("board facts", () => {
  it("has one record per slug, under its own slug", () => {
    expect(Object.keys(BOARDS).sort()).toEqual([...BOARD_SLUGS].sort());
    for (const slug of BOARD_SLUGS) expect(BOARDS[slug].slug).toBe(slug);
  });

  it("defaults every query and view to DEFAULT_BOARD, a known board", () => {
    expect(BOARD_SLUGS).toContain(DEFAULT_BOARD);
    expect(FIELDS.board.default).toBe(DEFAULT_BOARD);
  });

  it("puts each lens on a board that has what the lens reads", () => {
    // The language lens compares two prompt categories; the price lens shows one category's snapshot.
    expect(BOARDS[LENS_BOARDS.language].hasCategories).toBe(true);
    expect(BOARDS[LENS_BOARDS.price].hasCategories).toBe(true);
    // The efficiency lens reads parameter counts and CO₂ costs.
    expect(BOARDS[LENS_BOARDS.efficiency].hasParameters).toBe(true);
  });

  it("spells the short name in running text as the short name, with at most an article before it", () => {
    for (const slug of BOARD_SLUGS)
      expect(BOARDS[slug].shortNameInProse).toMatch(new RegExp(`^(?:the )?${BOARDS[slug].shortName}$`));
  });
});
