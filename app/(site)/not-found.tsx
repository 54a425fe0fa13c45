import type { Metadata } from "next";
import { PageNotFound } from "@/components/site/page-not-found";

export const metadata: Metadata = { title: "Page not found" };

/**
 * notFound() in a reader page (a missing story, a bad archive page): inside
 * the (site) layout, so with the header and footer. (Next.js 16 draws this
 * one in the browser, vercel/next.js#62228; the status is 404 all the same.)
 */
export default function SiteNotFound() {
  return <PageNotFound />;
}
