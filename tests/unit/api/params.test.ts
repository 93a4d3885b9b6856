import { describe, expect, test } from "vitest";
import { ApiError, toApiError } from "@/lib/api/errors";
import { UnknownBoardError } from "@/lib/boards/info";
import { boardFromPath, dateFromPath, InvalidQueryError, modelKeyFromPath, parseQuery } from "@/lib/api/params";
import { formatQuerySchema } from "@/lib/api/schemas";
import { gapQuerySchema, snapshotTableQuerySchema, standingsQuerySchema } from "@/lib/standings/query-schemas";

function fail(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error("expected an ApiError");
}

const standings = (qs: string) => parseQuery(standingsQuerySchema, new URLSearchParams(qs));
const message = (qs: string) => fail(() => standings(qs)).message;

describe("parseQuery", () => {
  test("applies the public defaults", () => {
    expect(standings("board=lmarena-text")).toEqual({
      board: "lmarena-text",
      metric: "best-rank",
      n: 10,
      countries: ["US", "CN", "europe"],
      rank: "score",
      format: "json",
      attribution: "developer",
      license: "all",
      official: false,
      category: "overall",
    });
  });

  test("normalizes country spelling and drops duplicates", () => {
    expect(standings("board=lmarena-text&countries=us~Europe~US~cn").countries).toEqual(["US", "europe", "CN"]);
  });

  test("a comma separates country keys as ~ does, in countries and in the table's only", () => {
    expect(standings("board=lmarena-text&countries=US,CN").countries).toEqual(["US", "CN"]);
    expect(standings("board=lmarena-text&countries=us,europe~CN,").countries).toEqual(["US", "europe", "CN"]);
    expect(parseQuery(snapshotTableQuerySchema, new URLSearchParams("only=US,cn")).only).toEqual(["US", "CN"]);
    expect(message("board=lmarena-text&countries=US;CN")).toMatch(/^countries/);
  });

  test("400 messages name the parameter and quote what was given", () => {
    const e = fail(() => standings("board=lmarena-text&countries=US~XX"));
    expect(e.status).toBe(400);
    expect(e.code).toBe("invalid_parameter");
    expect(e.message).toBe('countries: "XX" is not an ISO 3166-1 alpha-2 code or a group (europe, other, unknown)');
    // The board is any text here: endpoint() checks it against the stored boards (below, "unknown boards").
    expect(standings("").board).toBe("");
    expect(standings("board=nope").board).toBe("nope");
    expect(message("board=lmarena-text&metric=elo")).toMatch(/^metric: "elo" is not one of best-rank, /);
    expect(message("board=lmarena-text&n=abc")).toBe('n: "abc" is not a number');
    expect(message("board=lmarena-text&n=2.5")).toBe('n: "2.5" must be a whole number');
    expect(message("board=lmarena-text&n=0")).toBe('n: "0" must be at least 1');
    expect(message("board=lmarena-text&from=2024-02-30")).toBe('from: "2024-02-30" is not a real calendar date');
    expect(message("board=lmarena-text&to=yesterday")).toBe('to: "yesterday" must be a date as YYYY-MM-DD');
    expect(message("board=lmarena-text&from=2025-01-02&to=2025-01-01")).toBe("from: must not be after to");
    expect(message("board=lmarena-text&countries=~~")).toBe('countries: "~~" needs at least one country key');
    expect(message("board=lmarena-text&official=yes")).toBe('official: "yes" is not one of 0, 1, true, false');
    expect(message("board=lmarena-text&format=xml")).toBe('format: "xml" is not one of json, csv');
  });

  test("a long value is quoted in part: no 400 echoes a whole parameter back", () => {
    const long = "7".repeat(7000);
    for (const [name, query] of [
      ["countries", `board=lmarena-text&countries=${long}`],
      ["countries", `board=lmarena-text&countries=US~${long}`],
    ] as const) {
      const m = message(query);
      expect(m.length, name).toBeLessThan(400);
      expect(m).toContain(`${name}: "${"7".repeat(60)}…"`);
    }
    for (const p of ["a", "b"]) {
      const e = fail(() => parseQuery(gapQuerySchema, new URLSearchParams(`board=lmarena-text&${p}=${long}`)));
      expect(e.message.length, p).toBeLessThan(400);
      expect(e.message).toContain(`${p}: "${"7".repeat(60)}…"`);
    }
  });

  test("every bad parameter is reported at once", () => {
    expect(message("board=x&metric=x&n=-1").split("; ")).toHaveLength(2);
  });

  test("a parameter given twice is an error; unknown and empty ones are ignored", () => {
    expect(message("board=lmarena-text&countries=US&countries=CN")).toMatch(
      /^countries: given 2 times; pass it once \(separate keys with ~/,
    );
    expect(standings("board=lmarena-text&utm_source=x&utm_source=y&from=&__proto__=1").from).toBeUndefined();
  });

  test("long input is quoted shortened", () => {
    expect(message(`board=x&metric=${"x".repeat(500)}`).length).toBeLessThan(200);
    expect(new UnknownBoardError("x".repeat(500), ["a"], "query").message.length).toBeLessThan(200);
  });

  test("gap, snapshot-table and format-only schemas parse the same way", () => {
    expect(parseQuery(gapQuerySchema, new URLSearchParams("board=hf-open-llm-v2&a=cn&b=Europe"))).toMatchObject({
      a: "CN",
      b: "europe",
    });
    expect(fail(() => parseQuery(gapQuerySchema, new URLSearchParams("board=lmarena-text&a=ZZ"))).message).toBe(
      'a: "ZZ" is not an ISO 3166-1 alpha-2 code or a group (europe, other, unknown)',
    );
    expect(fail(() => parseQuery(gapQuerySchema, new URLSearchParams("board=lmarena-text&a=us&b=US"))).message).toBe(
      'b: "US" must differ from a (a key cannot be compared with itself)',
    );
    expect(parseQuery(standingsQuerySchema, new URLSearchParams("board=lmarena-text&rank=published")).rank).toBe(
      "published",
    );
    expect(
      fail(() => parseQuery(standingsQuerySchema, new URLSearchParams("board=lmarena-text&rank=elo"))).message,
    ).toBe('rank: "elo" is not one of score, published');
    expect(parseQuery(snapshotTableQuerySchema, new URLSearchParams("official=1&license=open"))).toMatchObject({
      official: true,
      license: "open",
    });
    expect(parseQuery(formatQuerySchema, new URLSearchParams("format=csv"))).toEqual({ format: "csv" });
  });
});

describe("path parameters", () => {
  test("unknown boards are 404 in a path and 400 in a query, listing the stored boards; malformed dates 400", () => {
    expect(boardFromPath("hf-open-llm-v2")).toBe("hf-open-llm-v2");
    const stored = ["lmarena-text", "hf-open-llm-v2"];
    const inPath = toApiError(new UnknownBoardError("nope", stored, "path"));
    expect([inPath.status, inPath.message]).toEqual([
      404,
      'board: "nope" is not a board; boards are lmarena-text, hf-open-llm-v2',
    ]);
    const inQuery = toApiError(new UnknownBoardError("nope", stored, "query"));
    expect([inQuery.status, inQuery.message]).toEqual([
      400,
      'board: "nope" is not one of lmarena-text, hf-open-llm-v2',
    ]);
    const absent = toApiError(new UnknownBoardError("", stored, "query"));
    expect([absent.status, absent.message]).toEqual([400, "board: is required; one of lmarena-text, hf-open-llm-v2"]);
    expect(dateFromPath("2024-06-01")).toBe("2024-06-01");
    const e = fail(() => dateFromPath("2024-6-1"));
    expect([e.status, e.message]).toEqual([400, 'date: "2024-6-1" must be a date as YYYY-MM-DD']);
  });

  test("model keys are decoded segment by segment from the raw path", () => {
    expect(modelKeyFromPath("/api/v1/models/lmarena-text/gpt-4o-2024-05-13")).toBe("gpt-4o-2024-05-13");
    expect(modelKeyFromPath("/api/v1/models/hf-open-llm-v2/Qwen_Qwen2.5-72B-Instruct_bfloat16")).toBe(
      "Qwen_Qwen2.5-72B-Instruct_bfloat16",
    );
    expect(modelKeyFromPath("/api/v1/models/x/org%2Fname%20v1.5")).toBe("org/name v1.5");
    expect(modelKeyFromPath("/api/v1/models/x/org/name")).toBe("org/name");
    expect(modelKeyFromPath("/api/v1/models/x/100%25")).toBe("100%");
    expect(fail(() => modelKeyFromPath("/api/v1/models/x/%E0%A4%A")).status).toBe(400);
    expect(fail(() => modelKeyFromPath("/api/v1/models/x/")).status).toBe(400);
  });
});

describe("a rejected query keeps the board it named", () => {
  test("for the endpoint to check against the stored boards", () => {
    const e = fail(() => standings("board=nope&metric=nope"));
    expect(e).toBeInstanceOf(InvalidQueryError);
    expect((e as InvalidQueryError).board).toBe("nope");
    expect(e.message).toMatch(/^metric: "nope" is not one of /);
    // No board named: none kept.
    expect((fail(() => standings("metric=nope")) as InvalidQueryError).board).toBeUndefined();
  });
});
