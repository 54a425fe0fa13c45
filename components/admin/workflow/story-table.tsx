import Link from "next/link";
import { StatusBadge } from "@/components/admin/status-badge";
import { formatShortDateTime } from "@/lib/platform/format";

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

function When({ date, timeZone }: { date: Date | null; timeZone: string }) {
  if (!date) return <>—</>;
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {formatShortDateTime(date.toISOString(), timeZone)}
    </time>
  );
}

/**
 * The admin story list. With `selectForm`, each row has a checkbox belonging
 * to that form (the bulk actions), so the table itself stays a server component.
 */
export function StoryTable({
  stories,
  timeZone,
  selectForm,
}: {
  stories: StoryTableRow[];
  timeZone: string;
  selectForm?: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            {selectForm && (
              <th scope="col" className={cell}>
                <span className="sr-only">Select</span>
              </th>
            )}
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
              {selectForm && (
                <td className={cell}>
                  <input
                    type="checkbox"
                    name="storyId"
                    value={story.id}
                    form={selectForm}
                    aria-label={`Select “${story.headline}”`}
                    className="size-4"
                  />
                </td>
              )}
              <td className={cell}>
                <Link href={`/admin/stories/${story.id}`} className="font-semibold hover:underline">
                  {story.headline}
                </Link>
              </td>
              <td className={cell}>{story.section?.name ?? "—"}</td>
              <td className={cell}>{story.authors.join(", ") || "—"}</td>
              <td className={cell}><StatusBadge status={story.status} /></td>
              <td className={cell}><When date={story.publishedAt} timeZone={timeZone} /></td>
              <td className={cell}><When date={story.updatedAt} timeZone={timeZone} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
