"use server";
/** Server actions of the sections pages (/admin/sections); every one goes through runFormAction. */
import { refresh } from "next/cache";
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { createSection, moveSection, setSectionArchived, updateSection } from "@/lib/newsroom/sections";
import {
  archiveSectionSchema,
  moveSectionSchema,
  sectionIdSchema,
  sectionSchema,
} from "@/lib/validation/taxonomy";
import { runFormAction, type FormState } from "./form-action";

export async function createSectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: EDITORIAL_ROLES, schema: sectionSchema }, async (input, user) => {
    const { cacheTags } = await createSection(input, user);
    return { cacheTags, redirectTo: `/admin/sections?notice=created` };
  });
}

export async function updateSectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: sectionIdSchema.and(sectionSchema) },
    async ({ id, ...input }, user) => {
      const { cacheTags } = await updateSection(id, input, user);
      return { cacheTags, redirectTo: `/admin/sections/${id}?notice=saved` };
    },
  );
}

export async function moveSectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
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
}

export async function archiveSectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: archiveSectionSchema },
    async ({ id, archived }, user) => {
      const { cacheTags } = await setSectionArchived(id, archived, user);
      return {
        cacheTags,
        redirectTo: `/admin/sections/${id}?notice=${archived ? "archived" : "unarchived"}`,
      };
    },
  );
}
