import Link from "next/link";
import { StatusBadge } from "@/components/admin/status-badge";
import { formatDate } from "@/lib/format";

export type StoryTableRow = {
  id: string;
  headline: string;
  status: string;
  publishedAt: Date | null;
  updatedAt: Date;
  section: { name: string } | null;
  authors: string[];
};

const cell = "p-3 align-top";

export function StoryTable({ stories, timeZone }: { stories: StoryTableRow[]; timeZone: string }) {
  return (
    <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
      <thead>
        <tr className="border-b border-neutral-200 dark:border-neutral-800">
          <th scope="col" className={cell}>Headline</th>
          <th scope="col" className={cell}>Section</th>
          <th scope="col" className={cell}>Byline</th>
          <th scope="col" className={cell}>Status</th>
          <th scope="col" className={cell}>Published</th>
          <th scope="col" className={cell}>Updated</th>
        </tr>
      </thead>
      <tbody>
        {stories.map((story) => (
          <tr key={story.id} className="border-b border-neutral-100 dark:border-neutral-800">
            <td className={cell}>
              <Link href={`/admin/stories/${story.id}`} className="font-semibold hover:underline">
                {story.headline}
              </Link>
            </td>
            <td className={cell}>{story.section?.name ?? "—"}</td>
            <td className={cell}>{story.authors.join(", ") || "—"}</td>
            <td className={cell}><StatusBadge status={story.status} /></td>
            <td className={cell}>
              {story.publishedAt ? <time dateTime={story.publishedAt.toISOString()}>{formatDate(story.publishedAt.toISOString(), timeZone)}</time> : "—"}
            </td>
            <td className={cell}>
              <time dateTime={story.updatedAt.toISOString()}>{formatDate(story.updatedAt.toISOString(), timeZone)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
