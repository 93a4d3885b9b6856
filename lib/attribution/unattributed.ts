import "server-only";
import type { BoardSlug } from "@/lib/boards/info";
import { prisma } from "@/lib/core/db";
import { unattributedByBoard, type UnattributedGroup } from "./report";

/** The attribution audit through the app's Prisma client, for the status page. */
export async function getUnattributed(): Promise<Record<BoardSlug, UnattributedGroup[]>> {
  return unattributedByBoard((sql) => prisma().$queryRawUnsafe(sql));
}
