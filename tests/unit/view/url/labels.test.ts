import { describe, expect, it } from "vitest";
import { boardInfo } from "@/lib/boards/info";
import {
  boardsInProse,
  chartTitle,
  filterSummary,
  groupDefinition,
  joinInProse,
  retiredNotice,
  sourceLine,
  tickFormatter,
  yAxisLabel,
} from "@/lib/view/url/labels";

describe("labels", () => {
  it("title and axis label follow the metric and its cut-off", () => {
    expect(chartTitle({ metric: "top-n-count", n: 5 })).toBe("Models in the top 5 by country");
    expect(yAxisLabel("lmarena-text", "best-rank", 10)).toBe("Best rank (1 = top)");
    expect(yAxisLabel("hf-open-llm-v2", "best-score", 10)).toBe("Average score");
    expect(yAxisLabel("lmarena-text", "top-n-share", 20)).toBe("Share of the top 20");
    expect(yAxisLabel("lmarena-text", "model-count", 20)).toBe("Models");
  });

  it("tick text per unit", () => {
    expect(tickFormatter("lmarena-text", "best-rank")(3)).toBe("#3");
    expect(tickFormatter("lmarena-text", "top-n-share")(0.25)).toBe("25%");
    expect(tickFormatter("lmarena-text", "best-score")(1300)).toBe("1300");
    expect(tickFormatter("hf-open-llm-v2", "best-score")(42.5)).toBe("42.50");
  });

  it("filter summary, source line and the retired notice", () => {
    expect(filterSummary({ board: "hf-open-llm-v2", license: "open", attribution: "base", official: true })).toBe(
      "Open-weight models only, attributed by base-model lineage, official providers only",
    );
    expect(filterSummary({ board: "lmarena-text", license: "all", attribution: "developer", official: true })).toBe(
      "Attributed to the developer",
    );
    expect(sourceLine("lmarena-text", "2025-11-01")).toMatch(/; data as of 1 Nov 2025\.$/);
    expect(retiredNotice("lmarena-text")).toBeNull();
    expect(retiredNotice("hf-open-llm-v2")).toMatch(/retired in Mar 2025/);
  });

  it("defines the groups, and only the groups", () => {
    expect(groupDefinition("europe")).toMatch(/EU-27/);
    expect(groupDefinition("other")).toMatch(/outside the United States, China and Europe/);
    expect(groupDefinition("unknown")).toMatch(/not attributed/);
    expect(groupDefinition("FR")).toBeNull();
  });
});

describe("lists in running text", () => {
  it("joins one, two or more items without a comma before the last", () => {
    expect(joinInProse([], "or")).toBe("");
    expect(joinInProse(["A"], "or")).toBe("A");
    expect(joinInProse(["A", "B"], "or")).toBe("A or B");
    expect(joinInProse(["A", "B", "C"], "and")).toBe("A, B and C");
  });

  it("names the boards a model can still be published on, each with its article; all when every one is retired", () => {
    const text = boardInfo("lmarena-text").name;
    const vision = boardInfo("lmarena-vision").name;
    const hf = boardInfo("hf-open-llm-v2").name;
    expect(boardsInProse(["lmarena-text", "hf-open-llm-v2", "lmarena-vision"], "or")).toBe(
      `the ${text} or the ${vision}`,
    );
    expect(boardsInProse(["hf-open-llm-v2"], "or")).toBe(`the ${hf}`);
  });
});
