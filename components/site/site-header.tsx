import Link from "next/link";
import { HeaderSearch } from "@/components/search/header-search";
import type { NavSection } from "@/lib/archives";
import { SectionNav } from "./section-nav";

export function SiteHeader({ siteName, sections }: { siteName: string; sections: NavSection[] }) {
  return (
    <header className="border-b-4 border-double border-neutral-900 dark:border-neutral-200">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2 focus:text-black">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-baseline justify-between px-4 py-5">
        <Link href="/" className="font-serif text-3xl font-black tracking-tight sm:text-4xl">
          {siteName}
        </Link>
        <HeaderSearch />
      </div>
      <SectionNav sections={sections} />
    </header>
  );
}
