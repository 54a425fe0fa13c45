import type { Metadata } from "next";
import { LibraryUpload } from "@/components/admin/media/library-upload";
import { MediaGrid } from "@/components/admin/media/media-grid";
import { MediaPagination } from "@/components/admin/media/media-pagination";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { listMediaPage } from "@/lib/newsroom/media-library";
import { requireStaffPage } from "@/lib/people/session";
import { mediaSearchSchema } from "@/lib/validation/media";

export const metadata: Metadata = { title: "Media library" };

type Props = { searchParams: Promise<{ q?: string; page?: string; notice?: string }> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  await requireStaffPage();
  const asked = await searchParams;
  const { q, page } = mediaSearchSchema.parse(asked);
  const { images, total, pageCount } = await listMediaPage(q, page);
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Media library</h1>
      {asked.notice === "deleted" && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          Image deleted, with its files.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-4">
          <form role="search" action="/admin/media" className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <label htmlFor="media-search" className="block text-sm font-semibold">
                Search images
              </label>
              <input
                id="media-search"
                type="search"
                name="q"
                defaultValue={q}
                placeholder="Alt text, caption, credit or file name"
                className={inputClass}
              />
            </div>
            <button type="submit" className={secondaryButtonClass}>
              Search
            </button>
          </form>
          <p className="text-sm text-neutral-600 dark:text-neutral-400" aria-live="polite">
            {q
              ? `${total === 1 ? "1 image matches" : `${total} images match`} “${q}”.`
              : `${total === 1 ? "1 image" : `${total} images`}, newest first.`}
          </p>
          {images.length > 0 ? (
            <MediaGrid images={images} />
          ) : (
            <p className="py-8 text-center">{q ? "No image matches. Try other words." : "The library is empty: upload the first image."}</p>
          )}
          <MediaPagination query={q} page={page} pageCount={pageCount} />
        </div>
        <aside aria-label="Upload" className="-order-1 lg:order-none">
          <LibraryUpload />
        </aside>
      </div>
    </main>
  );
}
