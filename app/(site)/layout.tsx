import { ReaderChrome } from "@/components/site/reader-chrome";
import { listSectionsForNav } from "@/lib/reader/archives";
import { site } from "@/lib/platform/site";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const sections = await listSectionsForNav();
  return (
    <ReaderChrome siteName={site.name} siteUrl={site.url} sections={sections}>
      {children}
    </ReaderChrome>
  );
}
