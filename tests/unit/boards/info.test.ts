import { describe, expect, it } from "vitest";
import {
  arenaBoardSlug,
  boardInfo,
  compareBoards,
  DEFAULT_BOARD,
  deriveBoardInfo,
  FOUNDING_BOARDS,
  isBoardSlugShape,
  KNOWN_BOARDS,
  LENS_BOARDS,
  styleVariants,
} from "@/lib/boards/info";
import { FIELDS } from "@/lib/standings/query";

describe("board facts", () => {
  it("has one curated record per known slug, under its own slug", () => {
    expect(new Set(KNOWN_BOARDS).size).toBe(KNOWN_BOARDS.length);
    for (const slug of KNOWN_BOARDS) {
      expect(boardInfo(slug).slug).toBe(slug);
      expect(boardInfo(slug).curated).toBe(true);
      expect(isBoardSlugShape(slug)).toBe(true);
    }
  });

  it("keeps the first release's two boards first, and the default among the founding boards", () => {
    expect(KNOWN_BOARDS.slice(0, 2)).toEqual(FOUNDING_BOARDS);
    expect(FOUNDING_BOARDS).toContain(DEFAULT_BOARD);
    expect(FIELDS.board.default).toBe(DEFAULT_BOARD);
  });

  it("puts each lens on a board that has what the lens reads", () => {
    // The language lens compares two prompt categories; the price lens shows one category's snapshot.
    expect(boardInfo(LENS_BOARDS.language).hasCategories).toBe(true);
    expect(boardInfo(LENS_BOARDS.price).hasCategories).toBe(true);
    // The efficiency lens reads parameter counts and CO₂ costs.
    expect(boardInfo(LENS_BOARDS.efficiency).hasParameters).toBe(true);
  });

  it("spells the short name in running text as the short name, with at most an article before it", () => {
    for (const slug of [...KNOWN_BOARDS, arenaBoardSlug("image_edit")])
      expect(boardInfo(slug).shortNameInProse).toMatch(new RegExp(`^(?:the )?${boardInfo(slug).shortName}$`));
  });
});

describe("boards of configs upstream adds later", () => {
  it("names a config's board lmarena-<config>, with _ written as -", () => {
    expect(arenaBoardSlug("text")).toBe(DEFAULT_BOARD);
    expect(KNOWN_BOARDS).toContain(arenaBoardSlug("vision"));
    expect(KNOWN_BOARDS).toContain(arenaBoardSlug("text_to_image"));
    expect(KNOWN_BOARDS).toContain(arenaBoardSlug("text_style_control"));
    expect(arenaBoardSlug("Image_Edit")).toBe(arenaBoardSlug("image_edit"));
    expect(isBoardSlugShape(arenaBoardSlug("web dev__2"))).toBe(true);
  });

  it("derives one record for any other arena config: the arena's facts, named after the config", () => {
    const slug = arenaBoardSlug("image_edit");
    const info = boardInfo(slug);
    expect(info).toEqual(deriveBoardInfo(slug));
    expect(info.curated).toBe(false);
    expect(info.name).toBe("LMArena Image edit arena");
    // Every fact but the names and the search weight is the text arena's.
    const text = boardInfo(DEFAULT_BOARD);
    for (const k of ["scoreLabel", "scoreUnit", "retiredOn", "publishedRank", "scoreDecimals", "hasOfficial"] as const)
      expect(info[k]).toEqual(text[k]);
    for (const k of [
      "openWeightsOnly",
      "hasCategories",
      "hasCis",
      "attributedBy",
      "modelKey",
      "hasParameters",
    ] as const)
      expect(info[k]).toEqual(text[k]);
    // The same object each time.
    expect(boardInfo(slug)).toBe(info);
  });

  it("gives a slug outside any family a plain record named by the slug", () => {
    const info = boardInfo("some-board");
    expect(info.name).toBe("some-board");
    expect(info.hasCategories).toBe(false);
  });

  it("lists curated boards in their order, then the others by slug", () => {
    const others = [arenaBoardSlug("webdev"), arenaBoardSlug("agent_x")];
    const sorted = [...others, ...[...KNOWN_BOARDS].reverse()].sort(compareBoards);
    expect(sorted).toEqual([...KNOWN_BOARDS, ...[...others].sort()]);
  });
});

describe("a board's style-controlled variant, by the config name rule", () => {
  it("relates config <x>_style_control to config <x>, both ways", () => {
    const text = boardInfo(arenaBoardSlug("text"));
    const style = boardInfo(arenaBoardSlug("text_style_control"));
    expect(text.styleControlVariant).toBe(style.slug);
    expect(text.plainVariant).toBeNull();
    expect(style.plainVariant).toBe(text.slug);
    expect(style.styleControlVariant).toBeNull();
  });

  it("applies the same rule to a config upstream adds later, curated or not", () => {
    expect(boardInfo(arenaBoardSlug("webdev_style_control")).plainVariant).toBe(arenaBoardSlug("webdev"));
    expect(boardInfo(arenaBoardSlug("webdev")).styleControlVariant).toBe(arenaBoardSlug("webdev_style_control"));
    // The vision arena would have one under the same rule; whether it is stored is the views' question.
    expect(boardInfo(arenaBoardSlug("vision")).styleControlVariant).toBe(arenaBoardSlug("vision_style_control"));
    for (const slug of KNOWN_BOARDS)
      expect(styleVariants(slug)).toEqual({
        styleControlVariant: boardInfo(slug).styleControlVariant,
        plainVariant: boardInfo(slug).plainVariant,
      });
  });

  it("gives no variant to a board of another source, nor a config named style_control alone", () => {
    expect(styleVariants("hf-open-llm-v2")).toEqual({ styleControlVariant: null, plainVariant: null });
    expect(styleVariants("some-board")).toEqual({ styleControlVariant: null, plainVariant: null });
    expect(styleVariants(arenaBoardSlug("style_control")).plainVariant).toBeNull();
  });

  it("names every board's models for running text", () => {
    for (const slug of [...KNOWN_BOARDS, arenaBoardSlug("image_edit"), "some-board"])
      expect(boardInfo(slug).modelsNoun).toMatch(/^[a-zA-Z][a-zA-Z -]*s$/);
  });
});
