import type { Metadata } from "next";
import { StoryForm } from "@/components/admin/story-form";
import { listSections } from "@/lib/desk";
import { requireStaffPage } from "@/lib/session";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  await requireStaffPage();
  const sections = await listSections();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-6 font-serif text-3xl font-bold">New story</h1>
      <StoryForm sections={sections} />
    </main>
  );
}
