"use client";
import { useEffect, useRef, useState } from "react";

/**
 * A list the user reorders with up and down buttons. Moving an item moves its
 * DOM node, which loses focus; this puts focus back on the button the user
 * pressed (or its twin, once the item reaches an end) and says where the item
 * went, for screen readers.
 */
export function useOrderedList<T>(initial: T[], keyOf: (item: T) => string, nameOf: (item: T) => string, idPrefix: string) {
  const [items, setItems] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const buttonId = (item: T, direction: "up" | "down") => `${idPrefix}-${keyOf(item)}-${direction}`;

  const move = (index: number, by: -1 | 1) => {
    const item = items[index];
    const target = index + by;
    if (!item || target < 0 || target >= items.length) return;
    const next = [...items];
    next.splice(index, 1);
    next.splice(target, 0, item);
    const atEnd = by < 0 ? target === 0 : target === items.length - 1;
    focusNext.current = buttonId(item, (by < 0) !== atEnd ? "up" : "down");
    setItems(next);
    setAnnouncement(`“${nameOf(item)}” moved to position ${target + 1} of ${next.length}.`);
  };

  const add = (item: T) => {
    if (items.some((existing) => keyOf(existing) === keyOf(item))) return;
    setItems([...items, item]);
    setAnnouncement(`“${nameOf(item)}” added at position ${items.length + 1}.`);
  };

  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    setItems(items.filter((_, i) => i !== index));
    setAnnouncement(`“${nameOf(item)}” removed.`);
  };

  const update = (index: number, change: (item: T) => T) =>
    setItems(items.map((item, i) => (i === index ? change(item) : item)));

  return { items, move, add, remove, update, announcement, buttonId };
}
