import type { MetadataRoute } from "next";
import { site } from "@/lib/platform/site";

// Built per request, so robots.txt names the address the server runs at, not the one it was built with.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: "/admin" },
    sitemap: [
      new URL("/sitemap.xml", site.url).toString(),
      new URL("/news-sitemap.xml", site.url).toString(),
    ],
  };
}
