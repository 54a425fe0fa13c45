"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The sections, in the editors' order; the one being read is marked as
 * current. On a narrow screen they stay on one line that scrolls sideways
 * (no menu to open, no script beyond this marking); from `sm` up they wrap.
 */
export function SectionNav({ sections }: { sections: { slug: string; name: string }[] }) {
  const pathname = usePathname();
  if (sections.length === 0) return null;
  return (
    <nav aria-label="Sections" className="border-t border-neutral-300 dark:border-neutral-700">
      <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 py-2 text-sm font-semibold whitespace-nowrap [scrollbar-width:thin] sm:flex-wrap sm:gap-x-6 sm:gap-y-1 sm:overflow-visible sm:whitespace-normal">
        {sections.map((section) => {
          const href = `/sections/${section.slug}`;
          return (
            <li key={section.slug} className="shrink-0">
              <Link prefetch={false}
                href={href}
                aria-current={pathname === href || pathname.startsWith(`${href}/`) ? "page" : undefined}
                className="inline-block py-1 hover:underline aria-[current=page]:text-red-700 dark:aria-[current=page]:text-red-400"
              >
                {section.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
