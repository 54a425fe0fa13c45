import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/admin/access-denied";
import { AuthorProfileEditor } from "@/components/admin/authors/author-profile-editor";
import { getAuthorProfile, mayEditAuthorProfile } from "@/lib/newsroom/author-profiles";
import { listLibraryImages } from "@/lib/newsroom/media-uploads";
import { requireStaffPage } from "@/lib/people/session";

export const metadata: Metadata = { title: "Author profile" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function AuthorProfilePage({ params, searchParams }: Props) {
  const viewer = await requireStaffPage();
  const profile = await getAuthorProfile((await params).id);
  if (!profile) notFound();
  if (!mayEditAuthorProfile(viewer, profile)) return <AccessDenied what="edit someone else's profile" />;
  const library = await listLibraryImages();
  return (
    <main id="main" className="mx-auto max-w-xl space-y-6 px-4 py-8">
      <p className="text-sm">
        <Link href="/admin/authors" className="underline">
          Authors
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{profile.name}</h1>
      <AuthorProfileEditor
        profile={profile}
        fallbackName={profile.name}
        library={library}
        own={false}
        saved={(await searchParams).notice === "saved"}
      />
    </main>
  );
}
