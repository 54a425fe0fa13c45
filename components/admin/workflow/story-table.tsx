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
// Below 640 px each row is a card: the checkbox beside the headline, the other cells under it, each named.
const stackedRow = "max-sm:grid max-sm:grid-cols-[auto_minmax(0,1fr)] max-sm:gap-y-1 max-sm:px-3 max-sm:py-3";
const stackedCell = "max-sm:col-start-2 max-sm:block max-sm:p-0";
const namedCell = `${stackedCell} max-sm:before:mr-1 max-sm:before:text-neutral-600 max-sm:before:content-[attr(data-label)] max-sm:dark:before:text-neutral-400`;

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
 * to that form (the bulk actions), so the table itself stays a server
 * component. Narrower than 640 px, the rows stack as cards, so the list reads
 * without scrolling sideways.
 */
const COLUMNS = ["Headline", "Section", "Byline", "Status", "Published", "Updated"];

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
    <div className="sm:overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm max-sm:block dark:bg-neutral-900">
        <thead className="max-sm:sr-only">
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            {selectForm && (
              <th scope="col" className={cell}>
                <span className="sr-only">Select</span>
              </th>
            )}
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={cell}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {stories.map((story) => (
            <tr
              key={story.id}
              className={`border-b border-neutral-100 dark:border-neutral-800 ${stackedRow} ${selectForm ? "max-sm:gap-x-3" : ""}`}
            >
              {selectForm && (
                <td className={`${cell} max-sm:row-span-6 max-sm:block max-sm:p-0 max-sm:pt-0.5`}>
                  <input
                    type="checkbox"
                    name="storyId"
                    value={story.id}
                    form={selectForm}
                    aria-label={`Select “${story.headline}”`}
                    className="size-4 max-sm:size-5"
                  />
                </td>
              )}
              <td className={`${cell} ${stackedCell} max-sm:text-base`}>
                <Link
                  href={`/admin/stories/${story.id}`}
                  className="font-semibold break-words hover:underline"
                >
                  {story.headline}
                </Link>
              </td>
              <td className={`${cell} ${namedCell}`} data-label="Section">
                {story.section?.name ?? "—"}
              </td>
              <td className={`${cell} ${namedCell}`} data-label="Byline">
                {story.authors.join(", ") || "—"}
              </td>
              <td className={`${cell} ${stackedCell}`}>
                <StatusBadge status={story.status} />
              </td>
              <td className={`${cell} ${namedCell}`} data-label="Published">
                <When date={story.publishedAt} timeZone={timeZone} />
              </td>
              <td className={`${cell} ${namedCell}`} data-label="Updated">
                <When date={story.updatedAt} timeZone={timeZone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
