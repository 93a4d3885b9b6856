// Open Graph and Twitter metadata for any shared view: title, description, canonical permalink, the view's own
// preview image. Pages call `shareMetadata` from generateMetadata with their path and view.
import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { isHttps } from "@/lib/http/hot-path.mjs";

/** The public origin: SITE_URL, else the request's host (behind a proxy, its X-Forwarded-* headers). */
export async function siteOrigin(): Promise<string> {
  const configured = env().SITE_URL;
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  return `${isHttps({ "x-forwarded-proto": h.get("x-forwarded-proto") ?? undefined }) ? "https" : "http"}://${host.split(",")[0].trim()}`;
}

export async function shareMetadata(opts: { title: string; description: string; permalink: string; image: string; imageAlt: string }): Promise<Metadata> {
  const origin = await siteOrigin();
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
