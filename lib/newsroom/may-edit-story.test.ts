import { describe, expect, test } from "vitest";
import type { StaffUser } from "../people/roles";
import { ForbiddenError } from "@/lib/platform/errors";
import { assertMayEditStory, mayEditStory, type WorkflowStory } from "./workflow-rules";

const staff = (role: StaffUser["role"], id = role): StaffUser => ({ id, name: role, email: `${id}@x.test`, role });
const [admin, editor, writer] = [staff("admin"), staff("editor"), staff("writer")];
const story = (status: WorkflowStory["status"], createdById: string | null = "writer") => ({ status, createdById });

describe("who may edit a story", () => {
  test("editors and admins edit any story, whatever its status", () => {
    for (const user of [admin, editor]) {
      expect(mayEditStory(user, story("published", "someone"))).toBe(true);
      expect(() => assertMayEditStory(user, story("archived", null))).not.toThrow();
    }
  });

  test("a writer edits their own drafts only, and is told why not", () => {
    expect(mayEditStory(writer, story("draft"))).toBe(true);
    expect(mayEditStory(writer, story("in_review"))).toBe(false);
    expect(mayEditStory(writer, story("draft", "someone"))).toBe(false);
    expect(() => assertMayEditStory(writer, story("draft", "someone"))).toThrow(
      new ForbiddenError("Writers can edit only their own stories."),
    );
    expect(() => assertMayEditStory(writer, story("in_review"))).toThrow(
      new ForbiddenError("Writers can edit only their drafts."),
    );
    expect(() => assertMayEditStory(writer, story("in_review"))).toThrow(ForbiddenError);
  });
});
