// Open Graph and Twitter metadata for any shared view: title, description, canonical permalink, the view's own
// preview image. Pages call `shareMetadata` from generateMetadata with their path and view.
import "server-only";
import type { Metadata } from "next";
import { env } from "@/lib/core/env";
import { siteOriginOf } from "@/lib/core/deployment.mjs";

/** The public origin (lib/core/deployment.mjs): SITE_URL, else http://localhost:PORT; never a request header. */
export function siteOrigin(): string {
  const { SITE_URL, PORT } = env();
  return siteOriginOf({ SITE_URL, PORT: String(PORT) });
}

export async function shareMetadata(opts: {
  title: string;
  description: string;
  permalink: string;
  image: string;
  imageAlt: string;
}): Promise<Metadata> {
  const origin = siteOrigin();
  return {
    metadataBase: new URL(origin),
    title: opts.title,
    description: opts.description,
    alternates: { canonical: opts.permalink },
    openGraph: {
      type: "website",
      siteName: "Leaderboard Atlas",
      title: opts.title,
      description: opts.description,
      url: opts.permalink,
      images: [{ url: opts.image, width: 1200, height: 630, alt: opts.imageAlt, type: "image/png" }],
    },
    twitter: { card: "summary_large_image", title: opts.title, description: opts.description, images: [opts.image] },
  };
}
