import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AboutPageForm } from "@/components/admin/site-pages/about-page-form";
import { formatDateTime } from "@/lib/platform/format";
import { canEditAnyStory } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";
import { ABOUT_PATH, getAboutPageForEditing } from "@/lib/newsroom/site-pages";
import { SITE_PAGE_BODY_MAX, SITE_PAGE_TITLE_MAX } from "@/lib/validation/site-page";

export const metadata: Metadata = { title: "About page" };

type Props = { searchParams: Promise<{ notice?: string }> };

export default async function AboutPageEditor({ searchParams }: Props) {
  const user = await requireStaffPage();
  if (!canEditAnyStory(user)) notFound();
  const page = await getAboutPageForEditing();
  const saved = (await searchParams).notice === "saved";
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">About page</h1>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        What readers read at{" "}
        <Link href={ABOUT_PATH} className="underline">
          {ABOUT_PATH}
        </Link>
        , linked from the foot of every page.{" "}
        {page.saved && page.updatedAt
          ? `Last saved ${formatDateTime(page.updatedAt.toISOString(), site.timeZone)}.`
          : "Until it is saved, readers see the text below."}
      </p>
      {saved && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          About page saved. Readers see the new text now.
        </p>
      )}
      <AboutPageForm
        title={page.title}
        body={page.body}
        limits={{ title: SITE_PAGE_TITLE_MAX, body: SITE_PAGE_BODY_MAX }}
      />
    </main>
  );
}
