/** The header and footer around every reader page, with the site feed announced to feed readers. */
import type { NavSection } from "@/lib/reader/archives";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export function ReaderChrome({
  siteName,
  siteUrl,
  sections,
  children,
}: {
  siteName: string;
  siteUrl: string;
  sections: NavSection[];
  children: React.ReactNode;
}) {
  return (
    <>
      {/* React places <link> in the document's head; here it reaches pages whose metadata sets alternates of their own. */}
      <link rel="alternate" type="application/rss+xml" title={`${siteName}: all stories`} href={new URL("/feed.xml", siteUrl).toString()} />
      <SiteHeader siteName={siteName} sections={sections} />
      {children}
      <SiteFooter siteName={siteName} sections={sections} />
    </>
  );
}
