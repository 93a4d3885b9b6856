import { describe, expect, it, vi } from "vitest";
vi.mock("server-only", () => ({}));
import { ISO_CODES } from "@/lib/core/countries";
import { FLAG_FILE, flagAsset, flagUrl } from "@/lib/core/flags";
import { flagDataUri, flagSvg, readFlagAsset } from "@/lib/view/chart/flags-svg";

describe("flagAsset", () => {
  it("maps ISO codes to their lower-case drawing and europe to the EU flag", () => {
    expect(flagAsset("US")).toBe("us");
    expect(flagAsset("CN")).toBe("cn");
    expect(flagAsset("europe")).toBe("eu");
    expect(flagUrl("FR")).toBe("/flags/fr.svg");
  });

  it("gives groups without a flag, lower-case keys and junk no drawing", () => {
    for (const key of ["other", "unknown", "us", "XX", "", "../etc", "USA"]) expect(flagAsset(key)).toBeNull();
    expect(flagUrl("unknown")).toBeNull();
  });

  it("has a drawing in the shipped package for every ISO code, and the route accepts each name", async () => {
    for (const code of ISO_CODES) {
      const asset = flagAsset(code);
      expect(asset, code).not.toBeNull();
      expect(FLAG_FILE.test(`${asset}.svg`)).toBe(true);
      expect(await readFlagAsset(asset!), code).toMatch(/^<svg[\s>]/);
    }
  });

  it("reads nothing outside the package and gives data URIs for image renderers", async () => {
    expect(await readFlagAsset("../../package")).toBeNull();
    expect(await readFlagAsset("zz")).toBeNull();
    expect(await flagSvg("other")).toBeNull();
    const uri = await flagDataUri("europe");
    expect(uri).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(uri!.split(",")[1], "base64").toString()).toContain("flag-icons-eu");
  });
});
