import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MediaDeleteForm } from "@/components/admin/media/media-delete-form";
import { MediaDetailsForm } from "@/components/admin/media/media-details-form";
import { MediaUsageList } from "@/components/admin/media/media-usage-list";
import { formatDateTime } from "@/lib/platform/format";
import { getMediaDetail, isUnused } from "@/lib/newsroom/media-library";
import { canEditAnyStory } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";

export const metadata: Metadata = { title: "Image" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

const notices: Record<string, string> = {
  saved: "Image details saved. Pages showing the image are refreshed.",
  uploaded: "Image uploaded. Add a caption if it needs one.",
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

export default async function MediaPage({ params, searchParams }: Props) {
  const viewer = await requireStaffPage();
  const { id } = await params;
  // Not a UUID is not an image: answer 404 without asking the database to compare.
  const image = /^[0-9a-f-]{36}$/.test(id) ? await getMediaDetail(id) : null;
  if (!image) notFound();
  const notice = notices[(await searchParams).notice ?? ""];
  // Editors and admins look after the library; writers may look.
  const mayEdit = canEditAnyStory(viewer);
  const section = "space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900";
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <p className="text-sm">
        <Link href="/admin/media" className="underline">
          Media library
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold break-words">{image.fileName}</h1>
      {notice && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          {notice}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          {image.src && (
            <Image
              src={image.src}
              alt={image.alt}
              width={image.width}
              height={image.height}
              unoptimized
              className="h-auto w-full rounded bg-neutral-100 dark:bg-neutral-800"
            />
          )}
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1 text-sm">
            <dt className="font-semibold">Original</dt>
            <dd>
              {image.originalWidth} × {image.originalHeight} px, {image.mimeType}, {megabytes(image.bytes)}
            </dd>
            <dt className="font-semibold">Copies readers get</dt>
            <dd>
              {image.copies.map((copy, index) => (
                <span key={copy.src}>
                  {index > 0 && ", "}
                  <a href={copy.src} className="underline">{copy.width} px</a>
                </span>
              ))}
            </dd>
            <dt className="font-semibold">Uploaded</dt>
            <dd>
              {formatDateTime(image.createdAt.toISOString(), site.timeZone)}
              {image.uploadedBy && ` by ${image.uploadedBy}`}
            </dd>
            {!mayEdit && (
              <>
                <dt className="font-semibold">Alt text</dt>
                <dd>{image.alt}</dd>
                <dt className="font-semibold">Caption</dt>
                <dd>{image.caption ?? "None"}</dd>
                <dt className="font-semibold">Credit</dt>
                <dd>{image.credit ?? "None"}</dd>
              </>
            )}
          </dl>
        </div>
        <div className="space-y-6">
          {mayEdit && (
            <section aria-labelledby="details-heading" className={section}>
              <h2 id="details-heading" className="font-serif text-xl font-bold">
                Details
              </h2>
              <MediaDetailsForm mediaId={image.id} alt={image.alt} caption={image.caption ?? ""} credit={image.credit ?? ""} />
            </section>
          )}
          <section aria-labelledby="usage-heading" className={section}>
            <h2 id="usage-heading" className="font-serif text-xl font-bold">
              Where it is used
            </h2>
            <MediaUsageList usage={image.usage} />
          </section>
          {mayEdit && (
            <section aria-labelledby="delete-heading" className={section}>
              <h2 id="delete-heading" className="font-serif text-xl font-bold">
                Delete
              </h2>
              <MediaDeleteForm mediaId={image.id} inUse={!isUnused(image.usage)} />
            </section>
          )}
        </div>
      </div>
    </main>
  );
}
