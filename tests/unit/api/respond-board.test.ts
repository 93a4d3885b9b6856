// A query whose board the database does not hold and whose other parameters are also wrong is told both in one 400.
import { describe, expect, test, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/core/data-version", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/core/data-version")>()),
  currentDataVersion: async () => 1,
}));
vi.mock("@/lib/reads/boards", async () => {
  const { UnknownBoardError } = await import("@/lib/boards/info");
  const slugs = ["lmarena-text", "hf-open-llm-v2", "lmarena-vision"];
  return {
    boardSlugs: async () => slugs,
    requireBoard: async (slug: string, where: "path" | "query") => {
      if (!slugs.includes(slug)) throw new UnknownBoardError(slug, slugs, where);
    },
  };
});

const { endpoint } = await import("@/lib/api/respond");
const { parseQuery } = await import("@/lib/api/params");
const { standingsQuerySchema } = await import("@/lib/standings/query-schemas");

const GET = endpoint({
  name: "board-test",
  input: ({ url }) => parseQuery(standingsQuerySchema, url.searchParams),
  load: async () => [],
});
const message = async (qs: string) => {
  const res = await GET(new Request(`http://x/api/v1/standings?${qs}`));
  return { status: res.status, message: ((await res.json()) as { error: { message: string } }).error.message };
};

describe("an unknown board beside another bad parameter", () => {
  test("is reported first, with the other", async () => {
    expect(await message("board=nope&metric=nope")).toEqual({
      status: 400,
      message: expect.stringMatching(
        /^board: "nope" is not one of lmarena-text, hf-open-llm-v2, lmarena-vision; metric: "nope" is not one of /,
      ) as string,
    });
  });

  test("alone, or a stored board beside a bad parameter, reads as before", async () => {
    expect(await message("board=nope")).toEqual({
      status: 400,
      message: 'board: "nope" is not one of lmarena-text, hf-open-llm-v2, lmarena-vision',
    });
    expect((await message("board=lmarena-vision&metric=nope")).message).toMatch(/^metric: "nope" is not one of /);
  });
});
