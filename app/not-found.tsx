import type { Metadata } from "next";
import { PageNotFound } from "@/components/site/page-not-found";
import { ReaderChrome } from "@/components/site/reader-chrome";
import { listSectionsForNav } from "@/lib/reader/archives";
import { site } from "@/lib/platform/site";

export const metadata: Metadata = { title: "Page not found" };

/**
 * An address no route has (and an unreadable one, which proxy.ts and
 * scripts/server.ts send here): Next.js renders this in the root layout
 * alone, on the server, so it brings the reader's header and footer itself.
 * notFound() in a reader page gets app/(site)/not-found.tsx inside the
 * (site) layout instead.
 */
export default async function NotFound() {
  // A 404 must not become an error when the sections cannot be read.
  const sections = await listSectionsForNav().catch(() => []);
  return (
    <ReaderChrome siteName={site.name} siteUrl={site.url} sections={sections}>
      <PageNotFound />
    </ReaderChrome>
  );
}
