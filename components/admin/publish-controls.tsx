"use client";
import { DeleteStoryDialog } from "@/components/admin/workflow/delete-story-dialog";
import { ReturnForm } from "@/components/admin/workflow/return-form";
import { ScheduleForm } from "@/components/admin/workflow/schedule-form";
import { WorkflowButton } from "@/components/admin/workflow/workflow-button";
import {
  approveStoryAction,
  archiveStoryAction,
  publishStoryAction,
  restoreStoryAction,
  submitStoryAction,
  unpublishStoryAction,
  withdrawStoryAction,
} from "@/lib/actions/workflow";
import type { StoryPublishing } from "@/lib/newsroom/edit-page-aside";
import type { Transition } from "@/lib/newsroom/workflow-rules";

export type PublishControlsProps = StoryPublishing;

/**
 * The one-click steps a story can take next, for the desk's status bar. Each
 * is a form of its own: it never remounts the story form, so text typed but
 * not yet saved stays where it is; submitting, approving and publishing save
 * that text first, so they act on what the editor sees. Steps that take a
 * story away from readers (unpublishing, archiving) do not: they must never
 * wait for a save that a field could refuse, nor show readers the typed text
 * on its way out; the text stays in the form (and a draft saves itself).
 */
export function PublishActions({ storyId, status, transitions }: PublishControlsProps) {
  const may = (transition: Transition) => transitions.includes(transition);
  const common = { storyId, compact: true };
  return (
    <>
      {may("submit") && (
        <WorkflowButton
          {...common}
          action={submitStoryAction}
          savesFirst
          label="Submit for review"
          pendingLabel="Submitting…"
          primary
          description="An editor reviews it next. You cannot edit it while it is in review."
        />
      )}
      {may("withdraw") && (
        <WorkflowButton
          {...common}
          action={withdrawStoryAction}
          label="Withdraw from review"
          pendingLabel="Withdrawing…"
          primary
          description="It becomes a draft again, and you can edit it."
        />
      )}
      {may("approve") && (
        <WorkflowButton
          {...common}
          action={approveStoryAction}
          savesFirst
          label="Approve"
          pendingLabel="Approving…"
          primary
        />
      )}
      {may("publish") && (
        <WorkflowButton
          {...common}
          action={publishStoryAction}
          savesFirst
          label="Publish now"
          pendingLabel="Publishing…"
          primary={status !== "in_review"}
          description="Saves what you typed, then publishes it."
        />
      )}
      {may("unpublish") && (
        <WorkflowButton
          {...common}
          action={unpublishStoryAction}
          label={status === "scheduled" ? "Cancel schedule" : "Unpublish"}
          pendingLabel="Taking it off…"
          description={
            status === "scheduled" ? "The story stays approved." : "The story goes back to being a draft."
          }
        />
      )}
      {may("restore") && (
        <WorkflowButton
          {...common}
          action={restoreStoryAction}
          label="Restore"
          pendingLabel="Restoring…"
          primary
          description="The story comes back as a draft."
        />
      )}
    </>
  );
}

/**
 * The rest of the publishing steps, for the settings panel: scheduling and
 * sending back (each saving the typed text first), archiving, deleting.
 */
export function PublishControls({
  storyId,
  headline,
  status,
  transitions,
  summary,
  schedule,
  archiveLabel,
}: PublishControlsProps) {
  const may = (transition: Transition) => transitions.includes(transition);
  return (
    <div className="space-y-4">
      <p className="text-sm">{summary}</p>
      {may("schedule") && (
        <ScheduleForm storyId={storyId} rescheduling={status === "scheduled"} {...schedule} />
      )}
      {may("return") && <ReturnForm storyId={storyId} />}
      {may("archive") && (
        <WorkflowButton
          action={archiveStoryAction}
          storyId={storyId}
          label={archiveLabel}
          pendingLabel="Archiving…"
          description="Readers no longer see it. An editor can restore it."
        />
      )}
      {may("delete") && <DeleteStoryDialog storyId={storyId} headline={headline} />}
      {transitions.length === 0 && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Nothing for you to do on this story now.
        </p>
      )}
    </div>
  );
}
