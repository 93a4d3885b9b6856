import { describe, expect, it } from "vitest";
import { licenseLabel } from "@/lib/boards/license";

describe("licenseLabel", () => {
  it("gives one name to each license's spellings", () => {
    for (const raw of ["apache-2.0", "Apache 2.0", "Apache-2.0"]) expect(licenseLabel(raw)).toBe("Apache 2.0");
    for (const raw of ["DeepSeek", "DeepSeek License"]) expect(licenseLabel(raw)).toBe("DeepSeek License");
    for (const raw of ["Proprietary", "Propretary"]) expect(licenseLabel(raw)).toBe("Proprietary");
    for (const raw of ["mit", "MIT"]) expect(licenseLabel(raw)).toBe("MIT");
    for (const raw of ["llama3.1", "Llama 3.1", "Llama 3.1 Community"])
      expect(licenseLabel(raw)).toBe("Llama 3.1 Community");
    for (const raw of ["gemma", "Gemma license", "Gemma"]) expect(licenseLabel(raw)).toBe("Gemma");
    for (const raw of ["Qianwen LICENSE", "Qwen"]) expect(licenseLabel(raw)).toBe("Qwen License");
    for (const raw of ["Nvidia", "Nvidia Open", "NVIDIA Open Model"])
      expect(licenseLabel(raw)).toBe("NVIDIA Open Model");
  });

  it("writes Creative Commons licenses one way", () => {
    expect(licenseLabel("cc-by-nc-4.0")).toBe("CC BY-NC 4.0");
    expect(licenseLabel("CC-BY-NC-4.0")).toBe("CC BY-NC 4.0");
    expect(licenseLabel("cc-by-nc-sa-4.0")).toBe("CC BY-NC-SA 4.0");
    expect(licenseLabel("cc-by-4.0")).toBe("CC BY 4.0");
  });

  it("shows unlisted names as given and says nothing for unknown ones", () => {
    expect(licenseLabel("Jamba Open")).toBe("Jamba Open");
    expect(licenseLabel("  bigscience-bloom-rail-1.0 ")).toBe("bigscience-bloom-rail-1.0");
    expect(licenseLabel(null)).toBeNull();
    expect(licenseLabel("unknown")).toBeNull();
    expect(licenseLabel("")).toBeNull();
  });
});
