"use client";
import { useRef, useState } from "react";

export type ToolbarButton = {
  label: string;
  text: string;
  /** How the visible text looks: "font-bold" for the bold button. */
  textClass?: string;
  shortcut?: string;
  /** For buttons that toggle a format: whether the selection has it. */
  pressed?: boolean;
  /** For buttons that open a panel. */
  expanded?: boolean;
  controls?: string;
  onClick: () => void;
};

/**
 * A row of formatting buttons, one tab stop in all: the arrow keys, Home and
 * End move between the buttons (the WAI-ARIA toolbar pattern).
 */
export function Toolbar({
  label,
  controls,
  buttons,
}: {
  label: string;
  controls: string;
  buttons: ToolbarButton[];
}) {
  const [focused, setFocused] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (event: React.KeyboardEvent) => {
    const last = buttons.length - 1;
    const next =
      event.key === "ArrowRight"
        ? focused === last
          ? 0
          : focused + 1
        : event.key === "ArrowLeft"
          ? focused === 0
            ? last
            : focused - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
    refs.current[next]?.focus();
  };

  return (
    <div
      role="toolbar"
      aria-label={label}
      aria-controls={controls}
      onKeyDown={move}
      className="flex flex-wrap gap-1 rounded-t border border-b-0 border-neutral-300 bg-neutral-100 p-1 dark:border-neutral-700 dark:bg-neutral-800"
    >
      {buttons.map((button, index) => (
        <button
          key={button.label}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          tabIndex={index === focused ? 0 : -1}
          aria-label={button.label}
          aria-pressed={button.pressed === undefined ? undefined : button.pressed}
          aria-expanded={button.expanded}
          aria-controls={button.expanded === undefined ? undefined : button.controls}
          aria-keyshortcuts={button.shortcut?.replaceAll("Ctrl", "Control")}
          title={button.shortcut ? `${button.label} (${button.shortcut})` : button.label}
          onFocus={() => setFocused(index)}
          // Keep the editor's selection: a click on a button must not take focus from the text first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.onClick}
          className="min-w-9 rounded px-2 py-1 text-sm hover:bg-neutral-200 aria-pressed:bg-neutral-900 aria-pressed:text-white dark:hover:bg-neutral-700 dark:aria-pressed:bg-white dark:aria-pressed:text-neutral-900"
        >
          <span aria-hidden className={button.textClass}>
            {button.text}
          </span>
        </button>
      ))}
    </div>
  );
}
