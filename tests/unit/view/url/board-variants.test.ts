import { describe, expect, it } from "vitest";
import { arenaBoardSlug } from "@/lib/boards/info";
import { styleToggle, switchBoards, switchedBoard } from "@/lib/view/url/board-variants";

const TEXT = arenaBoardSlug("text");
const STYLE = arenaBoardSlug("text_style_control");
const VISION = arenaBoardSlug("vision");
const HF = "hf-open-llm-v2";
const STORED = [TEXT, HF, STYLE, VISION];

describe("the plain / style-control toggle", () => {
  it("offers both sides of a stored pair, on either side", () => {
    expect(styleToggle(TEXT, STORED)).toEqual({ plain: TEXT, styleControl: STYLE, on: false });
    expect(styleToggle(STYLE, STORED)).toEqual({ plain: TEXT, styleControl: STYLE, on: true });
  });

  it("offers nothing when a side is not stored, or the board's source has no variant", () => {
    expect(styleToggle(VISION, STORED)).toBeNull();
    expect(styleToggle(HF, STORED)).toBeNull();
    expect(styleToggle(TEXT, [TEXT, HF])).toBeNull();
    expect(styleToggle(STYLE, [STYLE, HF])).toBeNull();
  });

  it("works for a config upstream adds later with its style-controlled twin", () => {
    const web = arenaBoardSlug("webdev");
    const webStyle = arenaBoardSlug("webdev_style_control");
    expect(styleToggle(webStyle, [web, webStyle])).toEqual({ plain: web, styleControl: webStyle, on: true });
  });
});

describe("the board switch", () => {
  it("names each arena once: a stored variant is its plain board's toggle, in the stored order", () => {
    expect(switchBoards(STORED)).toEqual([TEXT, HF, VISION]);
    expect(switchedBoard(STYLE, STORED)).toBe(TEXT);
    expect(switchedBoard(VISION, STORED)).toBe(VISION);
  });

  it("lists a variant whose plain board is not stored as a board of its own", () => {
    expect(switchBoards([STYLE, HF])).toEqual([STYLE, HF]);
    expect(switchedBoard(STYLE, [STYLE, HF])).toBe(STYLE);
  });
});
