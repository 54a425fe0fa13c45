import Link from "next/link";
import type { RelatedHeadline } from "@/lib/related";

export function RelatedHeadlines({ headlines }: { headlines: RelatedHeadline[] }) {
  if (headlines.length === 0) return null;
  return (
    <nav aria-labelledby="related-heading" className="mt-12 border-t-2 border-neutral-900 pt-4 dark:border-neutral-200">
      <h2 id="related-heading" className="font-serif text-xl font-bold">
        Related headlines
      </h2>
      <ul className="mt-3 divide-y divide-neutral-200 dark:divide-neutral-800">
        {headlines.map((item) => (
          <li key={item.slug} className="py-3">
            <Link href={`/stories/${item.slug}`} className="font-serif text-lg leading-snug hover:underline">
              {item.headline}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
