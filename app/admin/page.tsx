import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/admin/status-badge";
import { buttonClass } from "@/components/ui/field";
import { listStoriesForDesk } from "@/lib/desk";
import { formatDate } from "@/lib/format";
import { requireStaffPage } from "@/lib/session";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Stories" };

export default async function StoryDeskPage() {
  await requireStaffPage();
  const stories = await listStoriesForDesk();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex items-center justify-between">
        <h1 className="font-serif text-3xl font-bold">Stories</h1>
        <Link href="/admin/stories/new" className={buttonClass}>
          New story
        </Link>
      </div>
      <table className="mt-6 w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th scope="col" className="p-3">Headline</th>
            <th scope="col" className="p-3">Section</th>
            <th scope="col" className="p-3">Status</th>
            <th scope="col" className="p-3">Updated</th>
          </tr>
        </thead>
        <tbody>
          {stories.map((story) => (
            <tr key={story.id} className="border-b border-neutral-100 dark:border-neutral-800">
              <td className="p-3">
                <Link href={`/admin/stories/${story.id}`} className="font-semibold hover:underline">
                  {story.headline}
                </Link>
              </td>
              <td className="p-3">{story.section?.name ?? "—"}</td>
              <td className="p-3"><StatusBadge status={story.status} /></td>
              <td className="p-3"><time dateTime={story.updatedAt.toISOString()}>{formatDate(story.updatedAt.toISOString(), site.timeZone)}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
