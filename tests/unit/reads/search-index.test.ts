import { describe, expect, it } from "vitest";
import {
  buildSearchIndex,
  runSearch,
  SEARCH_MAX_WORDS,
  searchDocs,
  searchWords,
  type SearchEntities,
} from "@/lib/reads/search-index";
import { groupResults, suggestionQuery } from "@/lib/view/load/search-client";
import { boardInfo } from "@/lib/boards/info";

const entities: SearchEntities = {
  models: [
    {
      board: "lmarena-text",
      key: "qwen2-72b-instruct",
      name: "qwen2-72b-instruct",
      org: "Alibaba (Qwen)",
      country: "CN",
    },
    {
      board: "hf-open-llm-v2",
      key: "Qwen_Qwen2-72B-Instruct_bfloat16",
      name: "Qwen/Qwen2-72B-Instruct",
      org: "Alibaba (Qwen)",
      country: "CN",
    },
    {
      board: "hf-open-llm-v2",
      key: "Qwen_Qwen2-7B_bfloat16",
      name: "Qwen/Qwen2-7B",
      org: "Alibaba (Qwen)",
      country: "CN",
      precision: "bfloat16",
    },
    { board: "lmarena-text", key: "mistral-large-2411", name: "mistral-large-2411", org: "Mistral AI", country: "FR" },
    {
      board: "lmarena-text",
      key: "claude-3-opus-20240229",
      name: "claude-3-opus-20240229",
      org: "Anthropic",
      country: "US",
    },
  ],
  organizations: [
    { slug: "alibaba", name: "Alibaba (Qwen)", aliases: ["Alibaba", "Qwen Team"], namespaces: ["Qwen"], country: "CN" },
    { slug: "meta", name: "Meta", aliases: ["Facebook", "Meta AI"], namespaces: ["meta-llama"], country: "US" },
    { slug: "mistral-ai", name: "Mistral AI", aliases: ["Mistral"], namespaces: ["mistralai"], country: "FR" },
  ],
  countries: [
    { key: "CN", label: "China", aliases: ["PRC"] },
    { key: "FR", label: "France", aliases: [] },
    { key: "europe", label: "Europe", aliases: ["EU", "European Union"] },
  ],
};
const index = buildSearchIndex(searchDocs(entities));

describe("runSearch", () => {
  it("finds a model on both boards by its name, each with its page", () => {
    const results = runSearch(index, "qwen2 72b instruct", 10);
    expect(
      results
        .slice(0, 2)
        .map((r) => r.href)
        .sort(),
    ).toEqual(["/models/hf-open-llm-v2/Qwen_Qwen2-72B-Instruct_bfloat16", "/models/lmarena-text/qwen2-72b-instruct"]);
    expect(results.find((r) => r.board === "hf-open-llm-v2")).toMatchObject({
      type: "model",
      label: "Qwen/Qwen2-72B-Instruct",
      country: "CN",
    });
  });

  it("matches aliases, namespaces and country nicknames, fuzzily", () => {
    expect(runSearch(index, "facebook", 5)[0]).toMatchObject({ type: "organization", key: "meta", href: "/orgs/meta" });
    expect(runSearch(index, "meta-llama", 5)[0]).toMatchObject({ key: "meta" });
    expect(runSearch(index, "Mistrall", 5)[0]).toMatchObject({ type: "organization", key: "mistral-ai" });
    expect(runSearch(index, "EU", 5)[0]).toMatchObject({ type: "country", key: "europe", href: "/countries/europe" });
    expect(runSearch(index, "chna", 5)[0]).toMatchObject({ key: "CN" });
    expect(runSearch(index, "chin", 5)[0]).toMatchObject({ type: "country", key: "CN", href: "/countries/CN" });
  });

  it("prefers organizations and countries over their models, and honours the limit", () => {
    expect(runSearch(index, "qwen", 10)[0]).toMatchObject({ type: "organization", key: "alibaba" });
    expect(runSearch(index, "qwen", 2)).toHaveLength(2);
  });

  it("falls back to any word when no entity has them all; nothing for gibberish or a blank query", () => {
    expect(runSearch(index, "claude zzzz", 5)[0]).toMatchObject({ key: "claude-3-opus-20240229" });
    expect(runSearch(index, "zzqqxxyy", 5)).toEqual([]);
    expect(runSearch(index, "   ", 5)).toEqual([]);
  });

  it("labels HF rows that share a repo with their precision", () => {
    expect(runSearch(index, "Qwen2-7B", 5).find((r) => r.key === "Qwen_Qwen2-7B_bfloat16")?.label).toBe(
      "Qwen/Qwen2-7B (bfloat16)",
    );
  });
});

describe("the work of one query is bounded", () => {
  it("searches at most 6 distinct words, lower-cased, each cut to 32 characters", () => {
    expect(searchWords("  Qwen qwen QWEN 72b  ")).toEqual(["qwen", "72b"]);
    expect(searchWords(Array.from({ length: 100 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(" "))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
    ]);
    expect(searchWords("x".repeat(200))).toEqual(["x".repeat(32)]);
    expect(searchWords("meta-llama/Llama-3.3")).toEqual(["meta", "llama", "3"]);
    expect(searchWords(" \t ")).toEqual([]);
    expect(SEARCH_MAX_WORDS).toBe(6);
  });

  it("a one-letter word among others must match a whole term; alone it is still a prefix", () => {
    // "q" alone finds Qwen by prefix; "qwen q" does not let "q" widen or narrow the match by prefix.
    expect(runSearch(index, "q", 5).length).toBeGreaterThan(0);
    expect(runSearch(index, "mistral l", 5).map((r) => r.key)).not.toContain("claude-3-opus-20240229");
    // 100 one-letter words answer as their first 6 distinct ones do.
    const flood = Array.from({ length: 100 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(" ");
    expect(runSearch(index, flood, 10)).toEqual(runSearch(index, "a b c d e f", 10));
  });
});

describe("groupResults and suggestionQuery", () => {
  it("groups by kind and board in a fixed order, keeping the ranking inside a group", () => {
    const groups = groupResults(runSearch(index, "qwen", 10));
    expect(groups.map((g) => g.id)).toEqual(["organizations", "lmarena-text", "hf-open-llm-v2"]);
    expect(groups.map((g) => g.heading)).toEqual([
      "Organizations",
      "Models on LMArena",
      "Models on the Open LLM Leaderboard",
    ]);
    expect(groups.flatMap((g) => g.results)).toHaveLength(4);
  });

  it("turns a missing path into words to search for", () => {
    expect(suggestionQuery("/models/hf-open-llm-v2/Qwen_Qwen2-72B-Instrukt_bfloat16")).toBe("Qwen Qwen2 72B Instrukt");
    expect(suggestionQuery("/orgs/mistral%20ai")).toBe("mistral ai");
    expect(suggestionQuery("/countries/%E0%A4%A")).toBe("%E0%A4%A");
    expect(suggestionQuery("/")).toBe("");
  });
});

describe("searchDocs over a style-controlled variant", () => {
  const style = boardInfo("lmarena-text").styleControlVariant!;
  const docs = searchDocs({
    ...entities,
    models: [
      ...entities.models,
      // On both sides of the pair: found once, on the plain board.
      { board: style, key: "mistral-large-2411", name: "mistral-large-2411", org: "Mistral AI", country: "FR" },
      // On the variant alone: found there.
      { board: style, key: "only-styled-1", name: "only-styled-1", org: "Mistral AI", country: "FR" },
      // Another arena's model of the same key is another board's entry, not a variant's.
      {
        board: "lmarena-vision",
        key: "mistral-large-2411",
        name: "mistral-large-2411",
        org: "Mistral AI",
        country: "FR",
      },
    ],
  });
  const ids = docs.filter((d) => d.type === "model").map((d) => d.id);

  it("lists a model on both sides once, on the plain board, and one on the variant alone there", () => {
    expect(ids).toContain("m:lmarena-text:mistral-large-2411");
    expect(ids).not.toContain(`m:${style}:mistral-large-2411`);
    expect(ids).toContain(`m:${style}:only-styled-1`);
    expect(ids).toContain("m:lmarena-vision:mistral-large-2411");
  });
});
