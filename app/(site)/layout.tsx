import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { listSectionsForNav } from "@/lib/archives";
import { site } from "@/lib/site";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const sections = await listSectionsForNav();
  return (
    <>
      <SiteHeader siteName={site.name} sections={sections} />
      {children}
      <SiteFooter siteName={site.name} />
    </>
  );
}
