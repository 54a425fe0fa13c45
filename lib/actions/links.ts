"use server";
/** Server actions for links between stories. Every one goes through runFormAction. */
import { z } from "zod";
import { setStoryLinks } from "@/lib/newsroom/links";
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { MAX_STORY_LINKS, slugSchema, storyLinksSchema } from "@/lib/validation/story";
import { runFormAction, type FormState } from "./form-action";

export async function linkStoriesAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    {
      roles: EDITORIAL_ROLES,
      schema: storyLinksSchema.extend({ linkBackSlugs: z.array(slugSchema).max(MAX_STORY_LINKS) }),
      read: (formData) => ({
        storyId: formData.get("storyId"),
        linkedSlugs: formData.getAll("linkedSlug"),
        linkBackSlugs: formData.getAll("linkBackSlug"),
      }),
    },
    async ({ storyId, linkedSlugs, linkBackSlugs }, user) => {
      const saved = await setStoryLinks(storyId, linkedSlugs, user, linkBackSlugs);
      return {
        cacheTags: saved.cacheTags,
        redirectTo: `/admin/stories/${storyId}?notice=linked`,
      };
    },
  );
}
