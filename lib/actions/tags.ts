"use server";
/** Server actions of the tags pages (/admin/tags); every one goes through formAction. */
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { createTag, deleteTag, mergeTags, updateTag } from "@/lib/newsroom/tags";
import { mergeTagsSchema, tagIdSchema, tagSchema } from "@/lib/validation/taxonomy";
import { formAction, type FormState } from "./form-action";

const create = formAction({ roles: EDITORIAL_ROLES, schema: tagSchema }, async (input, user) => {
  const { tag, cacheTags } = await createTag(input, user);
  return { cacheTags, redirectTo: `/admin/tags/${tag.id}?notice=created` };
});

const update = formAction(
  { roles: EDITORIAL_ROLES, schema: tagIdSchema.and(tagSchema) },
  async ({ id, ...input }, user) => {
    const { cacheTags } = await updateTag(id, input, user);
    return { cacheTags, redirectTo: `/admin/tags/${id}?notice=saved` };
  },
);

const merge = formAction(
  { roles: EDITORIAL_ROLES, schema: mergeTagsSchema },
  async ({ id, intoId }, user) => {
    const { cacheTags } = await mergeTags(id, intoId, user);
    return { cacheTags, redirectTo: `/admin/tags/${intoId}?notice=merged` };
  },
);

const remove = formAction({ roles: EDITORIAL_ROLES, schema: tagIdSchema }, async ({ id }, user) => {
  const { cacheTags } = await deleteTag(id, user);
  return { cacheTags, redirectTo: `/admin/tags?notice=deleted` };
});

export async function createTagAction(state: FormState, formData: FormData) {
  return create(state, formData);
}
export async function updateTagAction(state: FormState, formData: FormData) {
  return update(state, formData);
}
export async function mergeTagsAction(state: FormState, formData: FormData) {
  return merge(state, formData);
}
export async function deleteTagAction(state: FormState, formData: FormData) {
  return remove(state, formData);
}
