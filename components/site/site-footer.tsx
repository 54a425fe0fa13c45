import Link from "next/link";
import type { NavSection } from "@/lib/reader/archives";

const heading = "mb-2 text-xs font-bold tracking-wide text-neutral-900 uppercase dark:text-neutral-100";
const link = "hover:underline";

/**
 * The foot of every reader page: the sections, the feeds, corrections and
 * the About page. Lists under headings, not more navigation landmarks: the
 * header's "Sections" stays the one of that name.
 */
export function SiteFooter({ siteName, sections }: { siteName: string; sections: NavSection[] }) {
  return (
    <footer className="mt-16 border-t border-neutral-300 py-8 text-sm text-neutral-700 dark:border-neutral-700 dark:text-neutral-300">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 sm:grid-cols-3">
        {sections.length > 0 && (
          <div>
            <h2 className={heading}>
              Sections
            </h2>
            <ul className="space-y-1">
              {sections.map((section) => (
                <li key={section.slug}>
                  <Link href={`/sections/${section.slug}`} prefetch={false} className={link}>
                    {section.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <h2 className={heading}>
            RSS feeds
          </h2>
          {/* Plain links: a feed is not a page for the client router to fetch. */}
          <ul className="space-y-1">
            <li>
              <a href="/feed.xml" className={link}>
                All stories
              </a>
            </li>
            {sections.map((section) => (
              <li key={section.slug}>
                <a href={`/sections/${section.slug}/feed.xml`} className={link}>
                  {section.name}
                </a>
              </li>
            ))}
            <li>
              <a href="/corrections/feed.xml" className={link}>
                Corrections
              </a>
            </li>
          </ul>
        </div>
        <div>
          <h2 className={heading}>
            {siteName}
          </h2>
          <ul className="space-y-1">
            <li>
              <Link href="/about" prefetch={false} className={link}>
                About us
              </Link>
            </li>
            <li>
              <Link href="/corrections" prefetch={false} className={link}>
                Corrections and clarifications
              </Link>
            </li>
            <li>
              <Link href="/search" prefetch={false} className={link}>
                Search
              </Link>
            </li>
          </ul>
        </div>
      </div>
      <p className="mx-auto mt-8 max-w-6xl px-4 text-neutral-600 dark:text-neutral-400">
        © {new Date().getFullYear()} {siteName}
      </p>
    </footer>
  );
}
