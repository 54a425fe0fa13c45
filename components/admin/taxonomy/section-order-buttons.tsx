"use client";
import { useActionState, useEffect, useRef } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-action";
import { moveSectionAction } from "@/lib/actions/sections";

/**
 * Move up and Move down for one section of the navigation: plain buttons,
 * so the keyboard moves a section as well as the mouse. The button pressed
 * keeps the focus while the list reorders around it.
 */
export function SectionOrderButtons({
  id,
  name,
  first,
  last,
}: {
  id: string;
  name: string;
  first: boolean;
  last: boolean;
}) {
  const [state, action, pending] = useActionState(moveSectionAction, {} as FormState);
  const pressed = useRef<"up" | "down" | null>(null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!state.message || !pressed.current) return;
    // At the end of the list the pressed button is disabled: the focus goes to the other one.
    const wanted = pressed.current === "up" ? (first ? down : up) : last ? up : down;
    wanted.current?.focus();
  }, [state, first, last]);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <button
        ref={up}
        type="submit"
        name="direction"
        value="up"
        disabled={first || pending}
        onClick={() => (pressed.current = "up")}
        aria-label={`Move ${name} up`}
        className={secondaryButtonClass}
      >
        ↑ Up
      </button>
      <button
        ref={down}
        type="submit"
        name="direction"
        value="down"
        disabled={last || pending}
        onClick={() => (pressed.current = "down")}
        aria-label={`Move ${name} down`}
        className={secondaryButtonClass}
      >
        ↓ Down
      </button>
      <span role="status" aria-live="polite" className="sr-only">
        {state.message}
      </span>
    </form>
  );
}
