import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain JavaScript module of the production server
import { rejectMalformedApiPath } from "@/lib/server/fast-path.mjs";

function fakeRes() {
  const res = { status: 0, headers: {} as Record<string, string | number>, body: "" };
  return Object.assign(res, {
    writeHead(status: number, headers: Record<string, string | number>) {
      res.status = status;
      res.headers = headers;
    },
    end(body: string) {
      res.body = body;
    },
  });
}

describe("rejectMalformedApiPath", () => {
  it("answers broken percent-encoding with a 400, in the API's shape or as text for pages", () => {
    const api = fakeRes();
    expect(rejectMalformedApiPath({ url: "/api/v1/models/lmarena-text/%E0%A4%A" }, api)).toBe(true);
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body).error.code).toBe("bad_request");
    for (const url of ["/models/lmarena-text/%E0%A4%A", "/orgs/%FF", "/countries/%E0%A4%A?x=1"]) {
      const page = fakeRes();
      expect(rejectMalformedApiPath({ url }, page), url).toBe(true);
      expect(page.status).toBe(400);
      expect(page.headers["Content-Type"]).toContain("text/plain");
    }
  });

  it("lets well-formed paths through, whatever their query", () => {
    for (const url of [
      "/models/hf-open-llm-v2/Qwen_Qwen2-72B-Instruct_bfloat16",
      "/orgs/meta",
      "/api/v1/search?q=%E0%A4%A",
      "/",
    ]) {
      expect(rejectMalformedApiPath({ url }, fakeRes()), url).toBe(false);
    }
  });
});
