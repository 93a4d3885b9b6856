import { describe, expect, test } from "vitest";
import { EnvError, parseEnv, redactUrl } from "@/lib/core/env";

describe("env", () => {
  test("defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      HF_ENDPOINT: "https://huggingface.co",
      INGEST_SCHEDULE: "0 */6 * * *",
      DATABASE_KIND: "postgres",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.HF_RETRY_BUDGET_S).toBe(900);
    expect(parseEnv({ HF_RETRY_BUDGET_S: "3600" }).HF_RETRY_BUDGET_S).toBe(3600);
  });

  test("a bad value names the variable", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => parseEnv({ INGEST_SCHEDULE: "every day" })).toThrow(/INGEST_SCHEDULE/);
    expect(() => parseEnv({ HF_ENDPOINT: "ftp://x" })).toThrow(/HF_ENDPOINT/);
    expect(() => parseEnv({ ARENA_CATALOG_ENDPOINT: "raw.githubusercontent.com" })).toThrow(
      /ARENA_CATALOG_ENDPOINT: must be an http\(s\):\/\/ or file:\/\/ URL/,
    );
    expect(() => parseEnv({ CRON_SECRET: "short" })).toThrow(/CRON_SECRET/);
    expect(() => parseEnv({ HF_RETRY_BUDGET_S: "ten minutes" })).toThrow(/HF_RETRY_BUDGET_S/);
    expect(() => parseEnv({ HF_RETRY_BUDGET_S: "-1" })).toThrow(/HF_RETRY_BUDGET_S/);
    expect(() => parseEnv({ HF_RETRY_BUDGET_S: "1.5" })).toThrow(
      /HF_RETRY_BUDGET_S: must be a whole number of seconds/,
    );
  });

  test("accepts off, file:// endpoints and empty strings as unset", () => {
    const env = parseEnv({ INGEST_SCHEDULE: "off", HF_ENDPOINT: "file:///data/huggingface.co/", DATABASE_URL: "" });
    expect(env.INGEST_SCHEDULE).toBe("off");
    expect(env.HF_ENDPOINT).toBe("file:///data/huggingface.co");
    expect(parseEnv({}).ARENA_CATALOG_ENDPOINT).toBe("https://raw.githubusercontent.com");
    expect(parseEnv({ ARENA_CATALOG_ENDPOINT: "file:///m/raw.githubusercontent.com/" }).ARENA_CATALOG_ENDPOINT).toBe(
      "file:///m/raw.githubusercontent.com",
    );
    expect(env.DATABASE_URL).toBeUndefined();
  });

  test("the GitHub API base for the price history: a default, a file:// form, and an optional token", () => {
    expect(parseEnv({}).GITHUB_API_ENDPOINT).toBe("https://api.github.com");
    expect(parseEnv({}).GITHUB_TOKEN).toBeUndefined();
    expect(parseEnv({ GITHUB_API_ENDPOINT: "file:///m/api.github.com/" }).GITHUB_API_ENDPOINT).toBe(
      "file:///m/api.github.com",
    );
    expect(() => parseEnv({ GITHUB_API_ENDPOINT: "api.github.com" })).toThrow(
      /GITHUB_API_ENDPOINT: must be an http\(s\):\/\/ or file:\/\/ URL/,
    );
    expect(() => parseEnv({ GITHUB_TOKEN: "x" })).toThrow(/GITHUB_TOKEN/);
  });

  test("redactUrl hides the password", () => {
    expect(redactUrl("postgresql://u:secret@h:5432/db")).toBe("postgresql://u:***@h:5432/db");
    expect(redactUrl("postgresql://u@h/db")).not.toMatch(/\*/);
  });
});
