"use server";
/** Server actions for links between stories. Every one goes through formAction. */
import { tags } from "@/lib/cache-tags";
import { setStoryLinks } from "@/lib/links";
import { EDITORIAL_ROLES } from "@/lib/roles";
import { storyLinksSchema } from "@/lib/validation/story";
import { formAction, type FormState } from "./form-action";

const link = formAction(
  {
    roles: EDITORIAL_ROLES,
    schema: storyLinksSchema,
    read: (formData) => ({ storyId: formData.get("storyId"), linkedSlugs: formData.getAll("linkedSlug") }),
  },
  async ({ storyId, linkedSlugs }, user) => {
    const saved = await setStoryLinks(storyId, linkedSlugs, user);
    return {
      revalidateTags: [tags.storyLists, ...saved.affectedSlugs.map(tags.story)],
      redirectTo: `/admin/stories/${storyId}?notice=linked`,
    };
  },
);

export async function linkStoriesAction(state: FormState, formData: FormData) {
  return link(state, formData);
}
