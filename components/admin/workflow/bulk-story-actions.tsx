"use client";
import { useActionState, useEffect, useState } from "react";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { bulkStoriesAction } from "@/lib/actions/bulk-stories";
import { BULK_FORM_ID } from "./bulk-form-id";

const boxes = () => [
  ...document.querySelectorAll<HTMLInputElement>(`input[name="storyId"][form="${BULK_FORM_ID}"]`),
];

/**
 * The story list's bulk actions. The rows' checkboxes belong to this form
 * (their `form` attribute); each button sends the ticked stories with what to do.
 */
export function BulkStoryActions({ sections }: { sections: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(bulkStoriesAction, {} as FormState);
  const [selected, setSelected] = useState(0);

  useEffect(() => {
    const count = () => setSelected(boxes().filter((box) => box.checked).length);
    count();
    document.addEventListener("change", count);
    return () => document.removeEventListener("change", count);
  }, []);

  // After a change the list is drawn again: nothing stays ticked by accident.
  useEffect(() => {
    if (!state.ok) return;
    for (const box of boxes()) box.checked = false;
    // The count listens for changes; unticking from a script sends none.
    document.dispatchEvent(new Event("change"));
  }, [state]);

  const selectAll = (checked: boolean) => {
    for (const box of boxes()) box.checked = checked;
    setSelected(checked ? boxes().length : 0);
  };
  const none = selected === 0 || pending;
  const errors = state.fieldErrors ?? {};

  return (
    <form
      id={BULK_FORM_ID}
      action={action}
      aria-label="Change the selected stories"
      className="space-y-3 rounded-lg border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="text-sm font-semibold" aria-live="polite">
          {selected === 0
            ? "No story selected"
            : `${selected} ${selected === 1 ? "story" : "stories"} selected`}
        </p>
        <button type="button" className="text-sm underline" onClick={() => selectAll(true)}>
          Select all on this page
        </button>
        {selected > 0 && (
          <button type="button" className="text-sm underline" onClick={() => selectAll(false)}>
            Clear selection
          </button>
        )}
      </div>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <button
          type="submit"
          name="operation"
          value="archive"
          disabled={none}
          className={secondaryButtonClass}
        >
          Archive
        </button>
        <div className="flex items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="bulk-section" className="block text-xs font-semibold">
              Section
            </label>
            <select
              id="bulk-section"
              name="sectionId"
              defaultValue=""
              aria-invalid={errors.sectionId ? true : undefined}
              className={`${inputClass} w-auto py-1`}
            >
              <option value="">No section</option>
              {sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            name="operation"
            value="move"
            disabled={none}
            className={secondaryButtonClass}
          >
            Move to section
          </button>
        </div>
        <div className="flex items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="bulk-tag" className="block text-xs font-semibold">
              Tag
            </label>
            <input
              id="bulk-tag"
              name="tag"
              maxLength={60}
              aria-invalid={errors.tag ? true : undefined}
              className={`${inputClass} w-36 py-1`}
            />
          </div>
          <button
            type="submit"
            name="operation"
            value="tag"
            disabled={none}
            className={`${secondaryButtonClass} whitespace-nowrap`}
          >
            Add tag
          </button>
        </div>
      </div>
      <FormMessage
        message={[state.message, ...Object.values(errors).flat()]
          .filter((text, i, all) => text && all.indexOf(text) === i)
          .join(" ")}
        ok={state.ok}
      />
    </form>
  );
}
