/** What the edit page says after each workflow step (the `notice` query parameter). */
export const workflowNotices: Record<string, string> = {
  submitted: "Submitted for review. An editor will look at it next.",
  withdrawn: "Withdrawn from review. It is a draft again, yours to edit.",
  approved: "Approved. It can be scheduled or published.",
  returned: "Sent back to the writer as a draft, with your note.",
  scheduled: "Scheduled. Readers see it from the time you chose.",
  published: "Published. Readers can see it now.",
  unpublished: "Unpublished. Readers can no longer see it.",
  archived: "Archived. Readers can no longer see it.",
  restored: "Restored as a draft.",
  noted: "Note added.",
  linked: "Links saved. The story's related headlines now start with them.",
};
