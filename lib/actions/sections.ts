"use server";
/** Server actions of the sections pages (/admin/sections); every one goes through formAction. */
import { refresh } from "next/cache";
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { createSection, moveSection, setSectionArchived, updateSection } from "@/lib/newsroom/sections";
import {
  archiveSectionSchema,
  moveSectionSchema,
  sectionIdSchema,
  sectionSchema,
} from "@/lib/validation/taxonomy";
import { formAction, type FormState } from "./form-action";

const create = formAction({ roles: EDITORIAL_ROLES, schema: sectionSchema }, async (input, user) => {
  const { cacheTags } = await createSection(input, user);
  return { cacheTags, redirectTo: `/admin/sections?notice=created` };
});

const update = formAction(
  { roles: EDITORIAL_ROLES, schema: sectionIdSchema.and(sectionSchema) },
  async ({ id, ...input }, user) => {
    const { cacheTags } = await updateSection(id, input, user);
    return { cacheTags, redirectTo: `/admin/sections/${id}?notice=saved` };
  },
);

const move = formAction(
  { roles: EDITORIAL_ROLES, schema: moveSectionSchema },
  async ({ id, direction }, user) => {
    const { cacheTags, name, moved } = await moveSection(id, direction, user);
    refresh();
    return {
      cacheTags,
      message: moved
        ? `Moved “${name}” ${direction}.`
        : `“${name}” is already at the ${direction === "up" ? "top" : "bottom"}.`,
    };
  },
);

const archive = formAction(
  { roles: EDITORIAL_ROLES, schema: archiveSectionSchema },
  async ({ id, archived }, user) => {
    const { cacheTags } = await setSectionArchived(id, archived, user);
    return { cacheTags, redirectTo: `/admin/sections/${id}?notice=${archived ? "archived" : "unarchived"}` };
  },
);

export async function createSectionAction(state: FormState, formData: FormData) {
  return create(state, formData);
}
export async function updateSectionAction(state: FormState, formData: FormData) {
  return update(state, formData);
}
export async function moveSectionAction(state: FormState, formData: FormData) {
  return move(state, formData);
}
export async function archiveSectionAction(state: FormState, formData: FormData) {
  return archive(state, formData);
}
