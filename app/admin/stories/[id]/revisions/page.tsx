import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreButton } from "@/components/admin/revisions/restore-button";
import { RevisionDiff } from "@/components/admin/revisions/revision-diff";
import { RevisionList } from "@/components/admin/revisions/revision-list";
import { getRevisionTexts, getStoryForRevisions, listRestorePreviews, listRevisions } from "@/lib/newsroom/revisions";
import { requireStaffPage } from "@/lib/people/session";
import { mayEditStory } from "@/lib/newsroom/workflow-rules";
import { site } from "@/lib/platform/site";

export const metadata: Metadata = { title: "Revisions" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ older?: string; newer?: string; restored?: string }>;
};

const versionParam = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : null);

export default async function StoryRevisionsPage({ params, searchParams }: Props) {
  const user = await requireStaffPage();
  const { id } = await params;
  const [story, revisions, previews] = await Promise.all([
    getStoryForRevisions(id),
    listRevisions(id),
    listRestorePreviews(id),
  ]);
  if (!story) notFound();
  const query = await searchParams;
  // By default, the latest version against the one before it.
  const newer = versionParam(query.newer) ?? revisions[0]?.version ?? null;
  const older =
    versionParam(query.older) ??
    revisions.find((revision) => newer !== null && revision.version < newer)?.version ??
    null;
  const texts =
    older !== null && newer !== null && older !== newer ? await getRevisionTexts(id, older, newer) : null;
  const restored = versionParam(query.restored);
  const mayEdit = mayEditStory(user, story);

  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div>
        <p className="text-sm">
          <Link href={`/admin/stories/${id}`} className="underline">
            Back to the editor
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold">Revisions</h1>
        <p className="mt-1 font-serif text-lg">{story.headline}</p>
      </div>
      {restored !== null && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          Version {restored} restored as version {story.version}.
        </p>
      )}
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Compare versions">
        <VersionSelect
          label="Older version"
          name="older"
          value={older}
          versions={revisions.map((revision) => revision.version)}
        />
        <VersionSelect
          label="Newer version"
          name="newer"
          value={newer}
          versions={revisions.map((revision) => revision.version)}
        />
        <button
          type="submit"
          className="rounded border border-neutral-300 px-3 py-2 text-sm dark:border-neutral-700"
        >
          Compare
        </button>
      </form>
      {texts ? (
        <RevisionDiff older={texts[0]} newer={texts[1]} />
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Choose two different versions to compare them.
        </p>
      )}
      <RevisionList
        revisions={revisions}
        timeZone={site.timeZone}
        restoreButton={(version) => {
          const restoring = previews.find((preview) => preview.version === version);
          const current = previews[0];
          return mayEdit && restoring && current && version !== current.version ? (
            <RestoreButton storyId={id} restoring={restoring} current={current} currentVersion={story.version} />
          ) : null;
        }}
      />
    </main>
  );
}

function VersionSelect({
  label,
  name,
  value,
  versions,
}: {
  label: string;
  name: string;
  value: number | null;
  versions: number[];
}) {
  return (
    <div>
      <label htmlFor={`compare-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select
        id={`compare-${name}`}
        name={name}
        defaultValue={value ?? undefined}
        className="rounded border border-neutral-300 bg-white px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900"
      >
        {versions.map((version) => (
          <option key={version} value={version}>
            Version {version}
          </option>
        ))}
      </select>
    </div>
  );
}
