/** Taking turns: a fixed number of tasks at once, the rest in the order they came. */
import { AsyncResource } from "node:async_hooks";

/**
 * Lets `limit` tasks run at once; the others wait in the order they came. A
 * task that finishes at once (the page was cached meanwhile) lets the next one
 * start from the same loop, never from within itself. Each task runs in the
 * async context of the request that queued it, not of the one whose end gave
 * it its turn: otherwise every request would carry the context of the one
 * before, and Next.js's snapshots of it would keep them all (a leak of every
 * request served while others waited).
 */
export function turnTaker(limit: number) {
  let running = 0;
  let starting = false;
  const waiting: ((done: () => void) => void)[] = [];
  const startWaiting = () => {
    if (starting) return;
    starting = true;
    try {
      while (running < limit && waiting.length > 0) {
        running++;
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          running--;
          startWaiting();
        };
        try {
          waiting.shift()!(release);
        } catch (error) {
          release();
          // The others still get their turn, after this error is reported.
          queueMicrotask(startWaiting);
          throw error;
        }
      }
    } finally {
      starting = false;
    }
  };
  return (task: (done: () => void) => void) => {
    waiting.push(AsyncResource.bind(task));
    startWaiting();
  };
}

