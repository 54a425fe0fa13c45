import Link from "next/link";
import { HeaderSearch } from "@/components/search/header-search";
import type { NavSection } from "@/lib/reader/archives";
import { SectionNav } from "./section-nav";

/**
 * The masthead: the site's name and the search box share a row while they
 * fit, and the search box takes a row of its own on a narrow screen. The
 * sections scroll sideways there (section-nav.tsx), so nothing needs a script.
 */
export function SiteHeader({ siteName, sections }: { siteName: string; sections: NavSection[] }) {
  return (
    <header className="border-b-4 border-double border-neutral-900 dark:border-neutral-200">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2 focus:text-black">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4 sm:py-5">
        <Link prefetch={false} href="/" className="min-w-0 font-serif text-3xl font-black tracking-tight break-words sm:text-4xl">
          {siteName}
        </Link>
        <HeaderSearch />
      </div>
      <SectionNav sections={sections} />
    </header>
  );
}
