import { describe, expect, test } from "vitest";
import { entryLicenseClass, licenseClass } from "@/lib/boards/license";

describe("licenseClass", () => {
  test.each(["Proprietary", "Propretary", "proprietary", " PROPRIETARY ", "Closed", "API only", "Propietary"])(
    "%s is proprietary",
    (raw) => expect(licenseClass(raw)).toBe("proprietary"),
  );

  test.each([
    "Apache 2.0",
    "Apache-2.0",
    "apache-2.0",
    "MIT",
    "Modified MIT",
    "Llama 2 Community",
    "Llama 3.1 Community",
    "llama3.2",
    "Llama-3.3",
    "CC-BY-NC-4.0",
    "CC-BY-NC-SA-4.0",
    "Non-commercial",
    "Gemma license",
    "gemma",
    "Qwen license",
    "Qianwen LICENSE",
    "DeepSeek License",
    "Yi License",
    "Open",
    "Other",
    "other",
    "Falcon-180B TII License",
    "Jamba Open",
    "NVIDIA Open Model",
    "Mistral Research",
    "MRL",
    "AI2 ImpACT Low-risk",
    "DBRX LICENSE",
    "NexusFlow",
    "gpl-3.0",
    "creativeml-openrail-m",
  ])("%s is open", (raw) => expect(licenseClass(raw)).toBe("open"));

  test.each([null, "", "  ", "unknown", "Unknown", "n/a", "-"])("%j is unknown", (raw) =>
    expect(licenseClass(raw)).toBe("unknown"),
  );

  test("'api' only as a word: Apache is not API", () => expect(licenseClass("Apache")).toBe("open"));
});

describe("entryLicenseClass", () => {
  test("every HF Open LLM row is open weights, tagged or not", () => {
    expect(entryLicenseClass("hf-open-llm-v2", null)).toBe("open");
    expect(entryLicenseClass("hf-open-llm-v2", "")).toBe("open");
  });
  test("the arena uses the string rule", () => {
    expect(entryLicenseClass("lmarena-text", "Propretary")).toBe("proprietary");
    expect(entryLicenseClass("lmarena-text", null)).toBe("unknown");
  });
});
