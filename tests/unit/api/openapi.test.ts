import { describe, expect, test } from "vitest";
import { OPERATIONS, openApiDocument, PARAM_DOCS, queryParameters } from "@/lib/api/openapi";
import { paramNames } from "@/lib/api/params";
import { standingsQuerySchema } from "@/lib/standings/query-schemas";
import { arenaBoardSlug, KNOWN_BOARDS } from "@/lib/boards/info";

type Param = { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> };

describe("OpenAPI document", () => {
  const doc = openApiDocument() as {
    openapi: string;
    paths: Record<string, { get: { parameters: Param[]; responses: Record<string, unknown> } }>;
    components: { schemas: Record<string, unknown> };
  };

  test("lists the known boards for `board` and accepts a board upstream adds later", () => {
    const param = (path: string) => doc.paths[path].get.parameters.find((p) => p.name === "board")!;
    for (const path of ["/api/v1/standings", "/api/v1/boards/{board}/snapshots"]) {
      const p = param(path) as unknown as {
        required: boolean;
        schema: { anyOf: { enum?: string[]; pattern?: string }[] };
      };
      expect(p.required).toBe(true);
      expect(p.schema.anyOf[0].enum).toEqual([...KNOWN_BOARDS]);
      expect(new RegExp(p.schema.anyOf[1].pattern!).test(arenaBoardSlug("image_edit"))).toBe(true);
    }
    expect((param("/api/v1/events") as unknown as { required: boolean }).required).toBe(false);
  });

  test("is OpenAPI 3.1 with one path per route", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual([
      "/api/v1/standings",
      "/api/v1/gap",
      "/api/v1/boards",
      "/api/v1/boards/{board}/snapshots",
      "/api/v1/boards/{board}/categories",
      "/api/v1/lenses/language",
      "/api/v1/lenses/price",
      "/api/v1/lenses/efficiency",
      "/api/v1/boards/{board}/snapshots/{date}",
      "/api/v1/models/{board}/{key}",
      "/api/v1/organizations",
      "/api/v1/organizations/{slug}",
      "/api/v1/countries/{key}",
      "/api/v1/events",
      "/api/v1/scoreboard",
      "/api/v1/search",
      "/api/v1/standings/metadata.json",
      "/api/v1/gap/metadata.json",
      "/api/v1/lenses/language/metadata.json",
      "/api/v1/lenses/price/metadata.json",
      "/api/v1/lenses/efficiency/metadata.json",
      "/api/v1/boards/{board}/snapshots/{date}/metadata.json",
      "/api/v1/scoreboard/metadata.json",
    ]);
  });

  test("query parameters are exactly the schemas' keys, each described", () => {
    for (const op of OPERATIONS) {
      const query = doc.paths[op.path].get.parameters.filter((p) => p.in === "query");
      expect(query.map((p) => p.name)).toEqual(paramNames(op.query));
      for (const p of query) expect(PARAM_DOCS[p.name], p.name).toBeTruthy();
    }
  });

  test("defaults survive transforms in query-string spelling", () => {
    const byName = Object.fromEntries(
      queryParameters(standingsQuerySchema).map((p) => [p.name, p as unknown as Param]),
    );
    expect(byName.board.required).toBe(true);
    expect(byName.metric.schema.default).toBe("best-rank");
    expect(byName.n.schema).toMatchObject({ type: "integer", default: 10, minimum: 1, maximum: 100 });
    expect(byName.countries.schema.default).toBe("US~CN~europe");
    expect(byName.official.schema.default).toBe("false");
  });

  test("CSV answers that link a metadata sidecar document the Link header; sidecars answer fileMetadata, JSON only", () => {
    type Ok = { headers?: Record<string, unknown>; content: Record<string, unknown> };
    const ok = (path: string) => doc.paths[path].get.responses["200"] as Ok;
    expect(ok("/api/v1/standings").headers).toHaveProperty("Link");
    expect(ok("/api/v1/boards/{board}/snapshots/{date}").headers).toHaveProperty("Link");
    expect(ok("/api/v1/search").headers).toBeUndefined();
    expect(Object.keys(ok("/api/v1/gap/metadata.json").content)).toEqual(["application/json"]);
    expect(JSON.stringify(ok("/api/v1/gap/metadata.json").content)).toContain("#/components/schemas/fileMetadata");
    expect(doc.components.schemas.fileMetadata).toBeDefined();
  });

  test("every referenced response schema exists", () => {
    const refs = JSON.stringify(doc.paths).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) expect(doc.components.schemas[ref.split("/").pop()!], ref).toBeDefined();
  });
});
