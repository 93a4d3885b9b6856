// Bearer-secret check for external schedulers, compared in constant time.
import { createHash, timingSafeEqual } from "node:crypto";

export type CronAuth = "disabled" | "unauthorized" | "ok";

export function checkCronAuth(header: string | null, secret: string | undefined): CronAuth {
  if (!secret) return "disabled";
  const match = /^Bearer\s+(.+)$/i.exec(header ?? "");
  if (!match) return "unauthorized";
  // Hash both sides so the comparison has a fixed length and leaks neither length nor prefix.
  const given = createHash("sha256").update(match[1].trim()).digest();
  const expected = createHash("sha256").update(secret).digest();
  return timingSafeEqual(given, expected) ? "ok" : "unauthorized";
}
