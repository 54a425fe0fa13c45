import type { Metadata } from "next";
import Link from "next/link";
import { DashboardList, when, type DashboardItem } from "@/components/admin/dashboard/dashboard-list";
import { PublishOverdueButton } from "@/components/admin/dashboard/publish-overdue-button";
import { buttonClass } from "@/components/ui/field";
import { loadDashboard, type DashboardStory } from "@/lib/newsroom/dashboard";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";

export const metadata: Metadata = { title: "Dashboard" };

const item = (story: DashboardStory, time: DashboardItem["when"]): DashboardItem => ({
  id: story.id,
  headline: story.headline,
  status: story.status,
  writer: story.writer,
  when: time,
  returned: story.returned,
  missed: story.missed,
  note: story.returned || story.status === "in_review" ? story.latestNote : null,
});

const updated = (story: DashboardStory) => item(story, when("Updated", story.updatedAt, site.timeZone));

export default async function DashboardPage() {
  const user = await requireStaffPage();
  const dashboard = await loadDashboard(user);
  const scheduled = dashboard.scheduled.map((story) => item(story, when("Goes live", story.publishedAt, site.timeZone)));
  const recent = dashboard.recent.map((story) => item(story, when("Published", story.publishedAt, site.timeZone)));
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Dashboard</h1>
        <div className="flex gap-3">
          <Link href="/admin/stories" className="self-center text-sm underline">
            All stories
          </Link>
          <Link href="/admin/stories/new" className={buttonClass}>
            New story
          </Link>
        </div>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {!dashboard.editorial && (
          <DashboardList id="drafts" title="Your drafts" empty="No drafts. Start a new story." items={dashboard.drafts.map(updated)} />
        )}
        <DashboardList
          id="in-review"
          title={dashboard.editorial ? "Waiting for review" : "Your stories in review"}
          empty="Nothing is waiting for review."
          items={dashboard.inReview.map(updated)}
        />
        <DashboardList id="approved" title="Approved, not yet published" empty="Nothing approved is waiting." items={dashboard.approved.map(updated)} />
        <DashboardList id="scheduled" title="Scheduled" empty="Nothing is scheduled." items={scheduled}>
          {dashboard.missedCount > 0 && (
            <div role="alert" className="mt-2 rounded bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
              {dashboard.missedCount === 1 ? "One story is" : `${dashboard.missedCount} stories are`} past their time and not
              marked published yet. Readers already see {dashboard.missedCount === 1 ? "it" : "them"}; the scheduler records
              {dashboard.missedCount === 1 ? " it" : " them"} within a minute.
              {dashboard.editorial && <PublishOverdueButton />}
            </div>
          )}
        </DashboardList>
        <DashboardList id="recent" title="Recently published" empty="Nothing published yet." items={recent} />
      </div>
    </main>
  );
}
