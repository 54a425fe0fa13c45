import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CorrectionList } from "@/components/site/correction-list";
import { CorrectionsPagination } from "@/components/site/corrections-pagination";
import { getCorrections } from "@/lib/reader/corrections";
import { site } from "@/lib/platform/site";

export const metadata: Metadata = {
  title: "Corrections and clarifications",
  description: `Every correction and clarification to stories published by ${site.name}.`,
  alternates: { types: { "application/rss+xml": new URL("/corrections/feed.xml", site.url).toString() } },
};

type Props = { searchParams: Promise<{ before?: string | string[] }> };

export default async function CorrectionsPage({ searchParams }: Props) {
  const { before } = await searchParams;
  const page = await getCorrections(typeof before === "string" ? before : null);
  if (!page) notFound();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Corrections and clarifications</h1>
      <p className="mt-3 text-neutral-700 dark:text-neutral-300">
        When we get something wrong or say it unclearly, we amend the story and list the change here, newest
        first.{" "}
        <a
          href="/corrections/feed.xml"
          className="font-semibold text-blue-700 hover:underline dark:text-blue-400"
        >
          Follow corrections by RSS
        </a>
        .
      </p>
      <CorrectionList corrections={page.corrections} timeZone={site.timeZone} />
      <CorrectionsPagination olderCursor={page.olderCursor} isFirstPage={typeof before !== "string"} />
    </main>
  );
}
