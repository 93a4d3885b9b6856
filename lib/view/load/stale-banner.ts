import "server-only";
// The stale banner's data, loaded by the layout (components only draw): the data's freshness, or "unreachable" when
// the database cannot be read, which the banner says instead of failing every page.
import { logger } from "@/lib/core/log";
import { getFreshness, type DataFreshness } from "@/lib/ingest/freshness";

export type BannerState = { kind: "unreachable" } | { kind: "read"; freshness: DataFreshness };

export async function loadBannerState(now: Date): Promise<BannerState> {
  try {
    return { kind: "read", freshness: await getFreshness(now) };
  } catch (err) {
    logger.error({ err }, "stale banner: could not read the ingest state");
    return { kind: "unreachable" };
  }
}
