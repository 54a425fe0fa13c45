/** A page editors write outside the stories (About): a title and plain-text paragraphs. */
export function SitePageArticle({ title, paragraphs }: { title: string; paragraphs: string[] }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">{title}</h1>
      <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed text-neutral-800 dark:text-neutral-200">
        {paragraphs.map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </main>
  );
}
