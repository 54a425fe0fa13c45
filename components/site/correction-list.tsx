import Link from "next/link";
import type { PublicCorrection } from "@/lib/reader/corrections";
import { StoryTime } from "./story-time";

const kindLabels: Record<PublicCorrection["kind"], string> = {
  correction: "Correction",
  clarification: "Clarification",
};

/** Corrections and clarifications, each with the story it amends. */
export function CorrectionList({
  corrections,
  timeZone,
}: {
  corrections: PublicCorrection[];
  timeZone: string;
}) {
  if (corrections.length === 0) {
    return (
      <p className="py-16 text-center text-neutral-600 dark:text-neutral-400">
        No corrections or clarifications have been published.
      </p>
    );
  }
  return (
    <ol
      aria-label="Corrections and clarifications"
      className="divide-y divide-neutral-200 dark:divide-neutral-800"
    >
      {corrections.map((correction) => (
        <li key={correction.id} className="py-6">
          <p className="text-sm text-neutral-600 dark:text-neutral-400">
            <strong className="font-semibold tracking-wide text-amber-800 uppercase dark:text-amber-400">
              {kindLabels[correction.kind]}
            </strong>
            {" · "}
            <StoryTime iso={correction.createdAt} timeZone={timeZone} />
          </p>
          <h2 className="mt-1 font-serif text-xl leading-snug font-bold">
            <Link prefetch={false} href={`/stories/${correction.story.slug}`} className="hover:underline">
              {correction.story.headline}
            </Link>
          </h2>
          <p className="mt-2 text-neutral-800 dark:text-neutral-200">{correction.text}</p>
        </li>
      ))}
    </ol>
  );
}
