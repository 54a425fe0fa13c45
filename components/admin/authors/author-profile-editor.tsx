import Link from "next/link";
import type { AuthorProfile } from "@/lib/newsroom/author-profiles";
import type { LibraryImage } from "@/lib/content/media-url";
import { AuthorProfileForm } from "./author-profile-form";

/** The profile form as a page shows it: the saved notice, the link to the reader's page, then the form. */
export function AuthorProfileEditor({
  profile,
  fallbackName,
  library,
  own,
  saved,
}: {
  profile: AuthorProfile | null;
  /** The name a profile not made yet starts from: the person's account name. */
  fallbackName: string;
  library: LibraryImage[];
  own: boolean;
  saved: boolean;
}) {
  return (
    <div className="space-y-4">
      {saved && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          Profile saved. Readers see it now.
        </p>
      )}
      {profile ? (
        <p className="text-sm">
          Readers see {own ? "your" : "this"} profile at{" "}
          <Link href={`/authors/${profile.slug}`} className="underline">
            /authors/{profile.slug}
          </Link>
          .
        </p>
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          You have no public profile yet. Saving this form makes one, with a page for readers.
        </p>
      )}
      <AuthorProfileForm
        profile={{
          // Empty for one's own: the server finds (or makes) it from the signed-in person.
          authorId: own ? "" : (profile?.id ?? ""),
          name: profile?.name ?? fallbackName,
          roleTitle: profile?.roleTitle ?? "",
          bio: profile?.bio ?? "",
          websiteUrl: profile?.websiteUrl ?? "",
          xUrl: profile?.xUrl ?? "",
          mastodonUrl: profile?.mastodonUrl ?? "",
          blueskyUrl: profile?.blueskyUrl ?? "",
          contactEmail: profile?.contactEmail ?? "",
        }}
        photo={profile?.photo ?? null}
        library={library}
        submitLabel={own ? "Save your profile" : "Save the profile"}
      />
    </div>
  );
}
