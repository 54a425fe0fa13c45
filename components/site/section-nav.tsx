"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The sections, in the editors' order; the one being read is marked as current. */
export function SectionNav({ sections }: { sections: { slug: string; name: string }[] }) {
  const pathname = usePathname();
  if (sections.length === 0) return null;
  return (
    <nav aria-label="Sections" className="border-t border-neutral-300 dark:border-neutral-700">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-2 text-sm font-semibold">
        {sections.map((section) => {
          const href = `/sections/${section.slug}`;
          return (
            <li key={section.slug}>
              <Link
                href={href}
                aria-current={pathname === href ? "page" : undefined}
                className="hover:underline aria-[current=page]:text-red-700 dark:aria-[current=page]:text-red-400"
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
