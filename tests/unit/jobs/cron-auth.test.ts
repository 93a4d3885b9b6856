import { expect, test } from "vitest";
import { checkCronAuth } from "@/lib/jobs/cron-auth";

test("cron auth: disabled without a secret, ok only for the exact bearer token", () => {
  expect(checkCronAuth("Bearer x", undefined)).toBe("disabled");
  expect(checkCronAuth(null, "s3cret-s3cret-s3cret")).toBe("unauthorized");
  expect(checkCronAuth("Bearer s3cret-s3cret-s3cre", "s3cret-s3cret-s3cret")).toBe("unauthorized");
  expect(checkCronAuth("Bearer s3cret-s3cret-s3cret!", "s3cret-s3cret-s3cret")).toBe("unauthorized");
  expect(checkCronAuth("s3cret-s3cret-s3cret", "s3cret-s3cret-s3cret")).toBe("unauthorized");
  expect(checkCronAuth("Bearer s3cret-s3cret-s3cret", "s3cret-s3cret-s3cret")).toBe("ok");
  expect(checkCronAuth("bearer s3cret-s3cret-s3cret", "s3cret-s3cret-s3cret")).toBe("ok");
});
