import { describe, expect, test } from "vitest";
import type { StaffUser } from "../people/roles";
import { isVisibleToReaders } from "../content/visibility";
import { availableTransitions, checkTransition, mayAddReviewNote, type WorkflowStory } from "./workflow-rules";

const staff = (role: StaffUser["role"], id = role): StaffUser => ({ id, name: role, email: `${id}@x.test`, role });
const [admin, editor, writer] = [staff("admin"), staff("editor"), staff("writer")];
const story = (status: WorkflowStory["status"], createdById: string | null = "writer"): WorkflowStory => ({
  status,
  createdById,
  publishedAt: null,
});

describe("who may move a story", () => {
  test("a writer submits, withdraws from review and deletes their own draft, and nothing else", () => {
    expect(availableTransitions(writer, story("draft"))).toEqual(["submit", "archive"]);
    expect(availableTransitions(writer, story("draft", "someone-else"))).toEqual([]);
    expect(availableTransitions(writer, story("in_review"))).toEqual(["withdraw"]);
    expect(availableTransitions(writer, story("in_review", "someone-else"))).toEqual([]);
    expect(checkTransition(writer, story("approved"), "withdraw")).toMatchObject({ ok: false, reason: "state" });
    expect(checkTransition(writer, story("in_review"), "approve")).toMatchObject({ ok: false, reason: "role" });
  });

  test("an editor moves any story along, but only an admin deletes for good", () => {
    expect(availableTransitions(editor, story("in_review", "someone"))).toEqual([
      "approve",
      "return",
      "schedule",
      "publish",
      "archive",
    ]);
    expect(availableTransitions(editor, story("archived"))).toEqual(["restore"]);
    expect(availableTransitions(admin, story("archived"))).toEqual(["restore", "delete"]);
  });

  test("an archived story must be restored before it is published", () => {
    expect(checkTransition(editor, story("archived"), "publish")).toMatchObject({ ok: false, reason: "state" });
    expect(checkTransition(admin, story("published"), "delete")).toMatchObject({ ok: false, reason: "state" });
  });

  test("review notes: editors anywhere, writers on their own stories", () => {
    expect(mayAddReviewNote(editor, story("draft", "someone"))).toBe(true);
    expect(mayAddReviewNote(writer, story("in_review"))).toBe(true);
    expect(mayAddReviewNote(writer, story("in_review", "someone"))).toBe(false);
  });
});

test("readers see published and due scheduled stories only", () => {
  const now = new Date("2025-01-01T12:00:00Z");
  const past = new Date("2025-01-01T11:59:00Z");
  const future = new Date("2025-01-01T12:01:00Z");
  expect(isVisibleToReaders({ status: "published", publishedAt: past }, now)).toBe(true);
  expect(isVisibleToReaders({ status: "scheduled", publishedAt: past }, now)).toBe(true);
  expect(isVisibleToReaders({ status: "scheduled", publishedAt: future }, now)).toBe(false);
  expect(isVisibleToReaders({ status: "approved", publishedAt: past }, now)).toBe(false);
  expect(isVisibleToReaders({ status: "archived", publishedAt: past }, now)).toBe(false);
});
