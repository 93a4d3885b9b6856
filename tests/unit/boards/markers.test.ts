import { describe, expect, test } from "vitest";
import { markersFor, scoreScaleChanges } from "@/lib/boards/markers";
import { RELEASES } from "@/lib/boards/releases";

describe("curated event markers", () => {
  test("the release list holds the Hundred Model War's named models, each dated and sourced over https", () => {
    const labels = RELEASES.map((r) => r.label);
    for (const name of [
      "Qwen2",
      "Yi-Large",
      "GLM-4",
      "DeepSeek-V2",
      "DeepSeek-V3",
      "DeepSeek-R1",
      "Llama 3",
      "Llama 3.1",
      "GPT-4o",
      "Claude 3.5 Sonnet",
      "Mistral Large 2",
    ]) {
      expect(labels).toContain(name);
    }
    for (const r of RELEASES) expect(r.source).toMatch(/^https:\/\//);
    expect(RELEASES.find((r) => r.id === "deepseek-r1")?.date).toBe("2025-01-20");
  });

  test("a board's markers: its retirement, its method changes and the releases, by date", () => {
    const hf = markersFor("hf-open-llm-v2");
    expect(hf.filter((m) => m.kind === "retirement").map((m) => m.date)).toEqual(["2025-03-21"]);
    const arena = markersFor("lmarena-text");
    expect(arena.some((m) => m.kind === "retirement")).toBe(false);
    expect(arena.filter((m) => m.kind === "method-change").map((m) => m.id)).toContain(
      "arena-online-elo-to-bradley-terry",
    );
    expect(arena.map((m) => m.date)).toEqual([...arena.map((m) => m.date)].sort());
  });
});

describe("scoreScaleChanges", () => {
  test("picks the method changes that move scores (the 2024-03-27 switch to Bradley-Terry), not releases or rank rules", () => {
    const all = markersFor("lmarena-text");
    const picked = scoreScaleChanges(all);
    expect(picked.map((m) => m.id)).toContain("arena-online-elo-to-bradley-terry");
    expect(picked.find((m) => m.id === "arena-online-elo-to-bradley-terry")?.description).toMatch(/about 84 points/);
    expect(picked.map((m) => m.id)).not.toContain("arena-rank-upper-bound");
    expect(picked.every((m) => m.kind === "method-change")).toBe(true);
    expect(scoreScaleChanges(all.filter((m) => m.date < "2024-03-27"))).toEqual([]);
  });
});

describe("release markers by what a board rates", () => {
  test("language-model boards show the notable LLM releases; an image generators' board and an unknown arena do not", () => {
    const releases = (board: string) => markersFor(board).filter((m) => m.kind === "release").length;
    for (const board of ["lmarena-text", "lmarena-text-style-control", "lmarena-vision", "hf-open-llm-v2"])
      expect(releases(board), board).toBe(RELEASES.length);
    expect(releases("lmarena-text-to-image")).toBe(0);
    expect(releases("lmarena-image-edit")).toBe(0);
  });
});
