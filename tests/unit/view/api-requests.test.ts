import { describe, expect, it } from "vitest";
import { standingsQuerySchema } from "@/lib/standings/query";
import {
  gapUrl,
  snapshotsUrl,
  standingsUrl,
  tableUrl,
  toGapRequest,
  toSearchParams,
  toStandingsRequest,
  toTableRequest,
} from "@/lib/view/api-requests";
import { VIEW_DEFAULTS } from "@/lib/view/view-state";

describe("view → API requests", () => {
  it("build the standings request of the default view", () => {
    const req = toStandingsRequest(VIEW_DEFAULTS, "2025-11-01");
    expect(req).toEqual({
      board: "lmarena-text",
      attribution: "developer",
      license: "all",
      official: false,
      metric: "best-rank",
      n: 10,
      countries: "US~CN~europe",
      from: undefined,
      to: undefined,
    });
    expect(standingsUrl(req)).toBe(
      "/api/v1/standings?board=lmarena-text&attribution=developer&license=all&official=false&metric=best-rank&n=10&countries=US~CN~europe",
    );
    expect(standingsUrl(req, "csv")).toMatch(/&format=csv$/);
  });

  it("send official only on boards that have the flag", () => {
    expect(toStandingsRequest({ ...VIEW_DEFAULTS, board: "hf-open-llm-v2" }, null).official).toBe(true);
    expect(toStandingsRequest({ ...VIEW_DEFAULTS, board: "hf-open-llm-v2", official: false }, null).official).toBe(false);
    expect(toStandingsRequest({ ...VIEW_DEFAULTS, official: true }, null).official).toBe(false);
  });

  it("pin n for metrics that ignore it, so equal views share a cache key", () => {
    expect(toStandingsRequest({ ...VIEW_DEFAULTS, n: 50 }, null).n).toBe(10);
    expect(toStandingsRequest({ ...VIEW_DEFAULTS, metric: "top-n-count", n: 50 }, null).n).toBe(50);
  });

  it("resolve range presets into from", () => {
    expect(toGapRequest({ ...VIEW_DEFAULTS, range: "1y" }, "2025-11-01")).toMatchObject({ a: "US", b: "CN", from: "2024-11-01" });
    expect(gapUrl(toGapRequest({ ...VIEW_DEFAULTS, range: "1y" }, "2025-11-01"))).toBe(
      "/api/v1/gap?board=lmarena-text&attribution=developer&license=all&official=false&a=US&b=CN&from=2024-11-01",
    );
  });

  it("put board and date in the table URL's path", () => {
    expect(tableUrl(toTableRequest(VIEW_DEFAULTS, "2025-11-01"), "csv")).toBe(
      "/api/v1/boards/lmarena-text/snapshots/2025-11-01?attribution=developer&license=all&official=false&format=csv",
    );
    expect(snapshotsUrl("hf-open-llm-v2")).toBe("/api/v1/boards/hf-open-llm-v2/snapshots");
  });

  it("produce parameters the API's own schema accepts unchanged", () => {
    const req = toStandingsRequest({ ...VIEW_DEFAULTS, countries: ["FR", "other"], range: "2y", metric: "top-n-share", n: 5 }, "2025-11-01");
    const q = standingsQuerySchema.parse(Object.fromEntries(toSearchParams({ ...req })));
    expect(q).toMatchObject({ countries: ["FR", "other"], from: "2023-11-01", metric: "top-n-share", n: 5, official: false });
  });
});
