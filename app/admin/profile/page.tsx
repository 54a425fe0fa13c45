import type { Metadata } from "next";
import { AuthorProfileEditor } from "@/components/admin/authors/author-profile-editor";
import { getOwnAuthorProfile } from "@/lib/newsroom/author-profiles";
import { listLibraryImages } from "@/lib/newsroom/media-uploads";
import { requireStaffPage } from "@/lib/people/session";

export const metadata: Metadata = { title: "Your profile" };

type Props = { searchParams: Promise<{ notice?: string }> };

export default async function OwnProfilePage({ searchParams }: Props) {
  const user = await requireStaffPage();
  const [profile, library] = await Promise.all([getOwnAuthorProfile(user), listLibraryImages()]);
  return (
    <main id="main" className="mx-auto max-w-xl space-y-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Your profile</h1>
      <AuthorProfileEditor
        profile={profile}
        fallbackName={user.name}
        library={library}
        own
        saved={(await searchParams).notice === "saved"}
      />
    </main>
  );
}
