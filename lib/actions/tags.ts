"use server";
/** Server actions of the tags pages (/admin/tags); every one goes through runFormAction. */
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { createTag, deleteTag, mergeTags, updateTag } from "@/lib/newsroom/tags";
import { mergeTagsSchema, tagIdSchema, tagSchema } from "@/lib/validation/taxonomy";
import { runFormAction, type FormState } from "./form-action";

export async function createTagAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: EDITORIAL_ROLES, schema: tagSchema }, async (input, user) => {
    const { tag, cacheTags } = await createTag(input, user);
    return { cacheTags, redirectTo: `/admin/tags/${tag.id}?notice=created` };
  });
}

export async function updateTagAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: tagIdSchema.and(tagSchema) },
    async ({ id, ...input }, user) => {
      const { cacheTags } = await updateTag(id, input, user);
      return { cacheTags, redirectTo: `/admin/tags/${id}?notice=saved` };
    },
  );
}

export async function mergeTagsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: mergeTagsSchema },
    async ({ id, intoId }, user) => {
      const { cacheTags } = await mergeTags(id, intoId, user);
      return { cacheTags, redirectTo: `/admin/tags/${intoId}?notice=merged` };
    },
  );
}

export async function deleteTagAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: EDITORIAL_ROLES, schema: tagIdSchema }, async ({ id }, user) => {
    const { cacheTags } = await deleteTag(id, user);
    return { cacheTags, redirectTo: `/admin/tags?notice=deleted` };
  });
}
