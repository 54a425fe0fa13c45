"use client";
import { useEffect, useRef, type RefObject } from "react";
import type { SaveStatus } from "@/components/admin/desk/save-status";
import { hasUnsaved, type SaveTracker } from "@/components/admin/desk/save-tracker";

/**
 * The desk's window listeners: leaving with unsaved text asks first (and
 * keeps a copy), Ctrl/Cmd+S saves, and the connection coming back saves
 * what was kept while it was gone.
 */
export function useLeaveGuard({
  trackerRef,
  writeCopy,
  saveNow,
  autosave,
  setSaveStatus,
}: {
  trackerRef: RefObject<SaveTracker>;
  writeCopy: () => void;
  saveNow: () => boolean;
  autosave: () => void;
  setSaveStatus: (status: SaveStatus) => void;
}) {
  const latest = useRef({ writeCopy, saveNow, autosave });
  useEffect(() => {
    latest.current = { writeCopy, saveNow, autosave };
  });

  useEffect(() => {
    const unsaved = () => hasUnsaved(trackerRef.current);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      latest.current.writeCopy();
      event.preventDefault();
      // Older browsers show the warning only when this is set.
      event.returnValue = "";
    };
    const onPageHide = () => {
      if (unsaved()) latest.current.writeCopy();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        latest.current.saveNow();
      }
    };
    const onOnline = () => {
      if (unsaved()) latest.current.autosave();
    };
    const onOffline = () => {
      if (unsaved()) setSaveStatus({ kind: "offline" });
    };
    const listeners = {
      beforeunload: onBeforeUnload,
      pagehide: onPageHide,
      keydown: onKeyDown,
      online: onOnline,
      offline: onOffline,
    } as const;
    for (const [type, listener] of Object.entries(listeners))
      window.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of Object.entries(listeners))
        window.removeEventListener(type, listener as EventListener);
    };
  }, [trackerRef, setSaveStatus]);
}
