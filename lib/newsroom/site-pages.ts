/**
 * Pages editors write outside the stories: the About page. Plain text,
 * rendered by React as text, so nothing typed into one can become markup.
 * Reads are cached under the page's path; a save refreshes that path.
 */
import "server-only";
import { unstable_cache } from "next/cache";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { ABOUT_TAG } from "@/lib/delivery/cache-tags";
import { db } from "@/lib/platform/db";
import { recordAudit } from "@/lib/people/audit";
import { assertRole, EDITORIAL_ROLES, type StaffUser } from "@/lib/people/roles";
import { site } from "@/lib/platform/site";
import { REVALIDATE_SECONDS } from "@/lib/reader/stories";
import type { SitePageInput } from "@/lib/validation/site-page";

export const ABOUT_SLUG = "about";
export const ABOUT_PATH = "/about";

export type SitePage = { title: string; body: string; updatedAt: Date | null };

/** What /about says until an editor writes it. */
export function defaultAboutPage(siteName: string): SitePage {
  return {
    title: `About ${siteName}`,
    body: [
      `${siteName} reports the news and publishes it here, with the time each story was published and updated.`,
      "Every story is read by an editor before readers see it. When we get something wrong, we correct the story and say so: every correction and clarification is listed, with its time, on the corrections page.",
    ].join("\n\n"),
    updatedAt: null,
  };
}

export async function loadSitePage(slug: string): Promise<SitePage | null> {
  return db.sitePage.findUnique({ where: { slug }, select: { title: true, body: true, updatedAt: true } });
}

const loadAboutForReaders = unstable_cache(
  async () => {
    const page = await loadSitePage(ABOUT_SLUG);
    // The cache keeps JSON: the date goes in as text.
    return page && { ...page, updatedAt: page.updatedAt?.toISOString() ?? null };
  },
  ["site-page", ABOUT_SLUG],
  { revalidate: REVALIDATE_SECONDS, tags: [ABOUT_TAG] },
);

/** The About page as readers see it: the editors' text, or the default. */
export async function getAboutPage(): Promise<SitePage> {
  const page = await loadAboutForReaders();
  if (!page) return defaultAboutPage(site.name);
  return { ...page, updatedAt: page.updatedAt ? new Date(page.updatedAt) : null };
}

/** The About page as the editors' form starts from it. */
export async function getAboutPageForEditing(): Promise<SitePage & { saved: boolean }> {
  const page = await loadSitePage(ABOUT_SLUG);
  return page ? { ...page, saved: true } : { ...defaultAboutPage(site.name), saved: false };
}

/** Saves a site page and records who did, in one transaction. Editors and admins only. */
export async function saveSitePage(slug: string, input: SitePageInput, user: StaffUser): Promise<void> {
  assertRole(user, EDITORIAL_ROLES);
  await db.$transaction(async (tx) => {
    await tx.sitePage.upsert({
      where: { slug },
      create: { slug, title: input.title, body: input.body, updatedById: user.id },
      update: { title: input.title, body: input.body, updatedById: user.id },
    });
    await recordAudit(tx, {
      action: "site_page.update",
      actorId: user.id,
      details: { page: slug, title: input.title },
    });
    await recordInvalidation(tx, [ABOUT_TAG]);
  });
}
