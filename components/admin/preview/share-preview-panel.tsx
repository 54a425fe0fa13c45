import { SharePreviewForm } from "@/components/admin/preview/share-preview-form";
import { DEFAULT_PREVIEW_LINK_DAYS, loadSharePreview, PREVIEW_LINK_DAYS } from "@/lib/newsroom/preview-links";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";

/**
 * The edit page's "Share a preview" panel, self-contained: it loads the
 * story's live preview links for whoever may edit the story, and shows nothing to anyone else.
 */
export async function SharePreviewPanel({ storyId }: { storyId: string }) {
  const shared = await loadSharePreview(await requireStaffPage(), storyId);
  if (!shared) return null;
  return (
    <section aria-labelledby="share-preview-heading">
      <h2 id="share-preview-heading" className="mb-3 font-serif text-xl font-bold">
        Share a preview
      </h2>
      <SharePreviewForm
        storyId={storyId}
        published={shared.status === "published"}
        links={shared.links.map((link) => ({
          id: link.id,
          createdBy: link.createdBy,
          createdAt: link.createdAt.toISOString(),
          expiresAt: link.expiresAt.toISOString(),
        }))}
        dayChoices={[...PREVIEW_LINK_DAYS]}
        defaultDays={DEFAULT_PREVIEW_LINK_DAYS}
        timeZone={site.timeZone}
      />
    </section>
  );
}
