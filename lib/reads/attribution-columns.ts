import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Select list for a model's developer and base organizations (see AttributionColumns in ./shape); the query
 * must join `model m`, `organization dev` on m.developer_org_id and `organization base` on m.base_org_id.
 */
export const ATTRIBUTION_COLUMNS = Prisma.sql`
  dev.name AS "devName", dev.slug AS "devSlug", dev.country AS "devCountry", m.developer_why AS "devWhy",
  base.name AS "baseName", base.slug AS "baseSlug", base.country AS "baseCountry", m.base_why AS "baseWhy"`;
