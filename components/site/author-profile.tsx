import Image from "next/image";
import type { AuthorPublicProfile } from "@/lib/reader/archives";

/** The top of an author's page: photo, name, title, bio and where else to find them. */
export function AuthorProfileHeader({ author }: { author: AuthorPublicProfile }) {
  const paragraphs = (author.bio ?? "").split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return (
    <header className="flex flex-col gap-5 border-b border-neutral-300 pb-6 sm:flex-row sm:items-start dark:border-neutral-700">
      {author.photo && (
        <Image
          src={author.photo.src}
          alt={author.photo.alt}
          width={author.photo.width}
          height={author.photo.height}
          sizes="8rem"
          // The page's main picture: fetched first, never deferred.
          preload
          loading="eager"
          className="size-32 shrink-0 rounded-full bg-neutral-200 object-cover dark:bg-neutral-800"
        />
      )}
      <div className="min-w-0">
        <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-400">Author</p>
        <h1 className="mt-1 font-serif text-4xl font-bold">{author.name}</h1>
        {author.roleTitle && <p className="mt-1 text-lg text-neutral-700 dark:text-neutral-300">{author.roleTitle}</p>}
        {paragraphs.length > 0 && (
          <div className="mt-3 max-w-3xl space-y-2 text-neutral-800 dark:text-neutral-200">
            {paragraphs.map((paragraph, index) => (
              <p key={index} className="whitespace-pre-line">
                {paragraph}
              </p>
            ))}
          </div>
        )}
        {(author.links.length > 0 || author.contactEmail) && (
          <ul aria-label={`${author.name} elsewhere`} className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm">
            {author.links.map((link) => (
              <li key={link.label}>
                <a href={link.url} rel="me noopener" className="underline underline-offset-2 hover:no-underline">
                  {link.label}
                </a>
              </li>
            ))}
            {author.contactEmail && (
              <li>
                <a href={`mailto:${author.contactEmail}`} className="underline underline-offset-2 hover:no-underline">
                  {author.contactEmail}
                </a>
              </li>
            )}
          </ul>
        )}
      </div>
    </header>
  );
}
