import Link from "next/link";
import { Fragment } from "react";
import type { BylineAuthor } from "@/lib/reader/stories";

/**
 * "A", "A and B", "A, B and C"; with `linked`, each name leads to the
 * author's page. With `roleTitles`, each name that has one is followed by its
 * title: "Ana Ruiz, Havana correspondent, and Ben Ode". The titles' own commas
 * would blur a list, so names are then parted by semicolons when there are
 * more than two: "A, title; B; and C, title".
 */
export function Byline({
  authors,
  linked = false,
  roleTitles = false,
}: {
  authors: BylineAuthor[];
  linked?: boolean;
  roleTitles?: boolean;
}) {
  const titled = roleTitles && authors.some((author) => author.roleTitle);
  const separator = (index: number) => {
    const last = index === authors.length - 1;
    if (!titled) return last ? " and " : ", ";
    if (authors.length > 2) return last ? "; and " : "; ";
    return authors[index - 1]?.roleTitle ? ", and " : " and ";
  };
  return (
    <>
      By{" "}
      {authors.map((author, index) => (
        <Fragment key={author.slug}>
          {index > 0 && (titled ? <span className="font-normal">{separator(index)}</span> : separator(index))}
          {linked ? (
            <Link prefetch={false} href={`/authors/${author.slug}`} className="hover:underline">
              {author.name}
            </Link>
          ) : (
            author.name
          )}
          {roleTitles && author.roleTitle && (
            <span className="font-normal text-neutral-600 dark:text-neutral-400">, {author.roleTitle}</span>
          )}
        </Fragment>
      ))}
    </>
  );
}
