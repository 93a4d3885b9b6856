// What a deployment must set: the public origin is configured, never taken from a request; an exposed server needs
// SITE_URL (an error) and METRICS_TOKEN (a warning).
import { describe, expect, test } from "vitest";
import { deploymentProblems, isLoopbackHost, siteOriginOf } from "@/lib/core/deployment.mjs";

describe("deployment settings", () => {
  test("loopback addresses keep the server on this machine; anything else exposes it", () => {
    for (const h of [undefined, "", "127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"])
      expect(isLoopbackHost(h), String(h)).toBe(true);
    for (const h of ["0.0.0.0", "::", "10.0.0.5", "atlas.example.org", "128.0.0.1"])
      expect(isLoopbackHost(h), h).toBe(false);
  });

  test("the origin is SITE_URL, else localhost on the port; no request header is involved", () => {
    expect(siteOriginOf({ SITE_URL: "https://atlas.example.org/", PORT: "3000" })).toBe("https://atlas.example.org");
    expect(siteOriginOf({ PORT: "4100" })).toBe("http://localhost:4100");
    expect(siteOriginOf({})).toBe("http://localhost:3000");
  });

  test("an exposed or proxied server without SITE_URL is an error that says what to set", () => {
    const exposed = deploymentProblems({ HOST: "0.0.0.0", METRICS_TOKEN: "x".repeat(16), TRUST_PROXY: "1" });
    expect(exposed.errors).toHaveLength(1);
    expect(exposed.errors[0]).toMatch(
      /^SITE_URL is required: the server listens beyond loopback \(HOST=0\.0\.0\.0\) and runs behind a proxy \(TRUST_PROXY=1\)\. Set it/,
    );
    expect(deploymentProblems({ TRUST_PROXY: "2" }).errors[0]).toMatch(/behind a proxy \(TRUST_PROXY=2\)/);
    expect(
      deploymentProblems({
        HOST: "0.0.0.0",
        SITE_URL: "https://a.example",
        METRICS_TOKEN: "x".repeat(16),
        TRUST_PROXY: "1",
      }),
    ).toEqual({
      errors: [],
      warnings: [],
      exposed: true,
    });
  });

  test("on loopback nothing is required; exposed, a missing METRICS_TOKEN and TRUST_PROXY=0 are warned about", () => {
    expect(deploymentProblems({})).toEqual({ errors: [], warnings: [], exposed: false });
    const { errors, warnings } = deploymentProblems({ HOST: "0.0.0.0", SITE_URL: "https://a.example" });
    expect(errors).toEqual([]);
    expect(warnings[0]).toMatch(
      /^METRICS_TOKEN is not set and the server listens beyond loopback \(HOST=0\.0\.0\.0\): \/api\/metrics is closed/,
    );
    expect(warnings[1]).toMatch(/^TRUST_PROXY is 0/);
  });
});
