import { describe, expect, it } from "vitest";
import { compareAttribution, type StoredAttribution } from "@/lib/attribution/report";

const model = (
  board: StoredAttribution["board"],
  key: string,
  developer: [string | null, string | null],
  base: [string | null, string | null] = developer,
): [string, StoredAttribution] => [
  `${board} ${key}`,
  {
    board,
    key,
    developer: { org: developer[0], country: developer[1] },
    base: { org: base[0], country: base[1] },
  },
];

describe("compareAttribution", () => {
  it("counts attributed and unattributed models per board and mode, before and after, and what changed", () => {
    const before = new Map([
      model("hf-open-llm-v2", "a", ["vago-solutions", "DE"]),
      model("hf-open-llm-v2", "b", [null, null]),
      model("hf-open-llm-v2", "c", ["deepseek", "CN"]),
      model("lmarena-text", "x", ["openai", "US"]),
    ]);
    const after = new Map([
      model("hf-open-llm-v2", "a", ["vago-solutions", "DE"], ["meta", "US"]), // base moved to another org and country
      model("hf-open-llm-v2", "b", [null, null], ["alibaba", "CN"]), // base newly attributed
      model("hf-open-llm-v2", "c", ["deepseek", "CN"], ["alibaba", "CN"]), // same country, other organization
      model("lmarena-text", "x", ["openai", "US"]),
      model("lmarena-text", "new", ["google", "US"]), // ingested between the two reads: counted after only
    ]);
    const c = compareAttribution(before, after);
    expect(c["hf-open-llm-v2"].developer).toEqual({
      before: { attributed: 2, unattributed: 1 },
      after: { attributed: 2, unattributed: 1 },
      changedOrganization: 0,
      changedCountry: 0,
    });
    expect(c["hf-open-llm-v2"].base).toEqual({
      before: { attributed: 2, unattributed: 1 },
      after: { attributed: 3, unattributed: 0 },
      changedOrganization: 3,
      changedCountry: 2,
    });
    expect(c["lmarena-text"].developer).toEqual({
      before: { attributed: 1, unattributed: 0 },
      after: { attributed: 2, unattributed: 0 },
      changedOrganization: 0,
      changedCountry: 0,
    });
  });

  it("counts a country change of an organization itself, and a model that loses its organization", () => {
    const before = new Map([model("lmarena-text", "x", ["acme", "GB"]), model("lmarena-text", "y", ["gone", "FR"])]);
    const after = new Map([model("lmarena-text", "x", ["acme", "US"]), model("lmarena-text", "y", [null, null])]);
    const c = compareAttribution(before, after)["lmarena-text"].developer;
    expect(c).toEqual({
      before: { attributed: 2, unattributed: 0 },
      after: { attributed: 1, unattributed: 1 },
      changedOrganization: 1,
      changedCountry: 2,
    });
  });
});
