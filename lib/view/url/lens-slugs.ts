// The lens pages (/lenses/{lens}): their slugs, their names, and the schema that reads the path segment.
import * as z from "zod/mini";

export const LENS_SLUGS = ["language", "price", "efficiency"] as const;
export const lensSlugSchema = z.enum(LENS_SLUGS);
export type LensSlug = z.output<typeof lensSlugSchema>;

export const LENS_LABELS: Record<LensSlug, string> = { language: "Language", price: "Price", efficiency: "Efficiency" };
