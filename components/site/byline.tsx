import Link from "next/link";
import { Fragment } from "react";
import type { StorySummary } from "@/lib/reader/stories";

/** "A", "A and B", "A, B and C"; with `linked`, each name leads to the author's page. */
export function Byline({ authors, linked = false }: { authors: StorySummary["authors"]; linked?: boolean }) {
  return (
    <>
      By{" "}
      {authors.map((author, index) => (
        <Fragment key={author.slug}>
          {index > 0 && (index === authors.length - 1 ? " and " : ", ")}
          {linked ? (
            <Link prefetch={false} href={`/authors/${author.slug}`} className="hover:underline">
              {author.name}
            </Link>
          ) : (
            author.name
          )}
        </Fragment>
      ))}
    </>
  );
}
