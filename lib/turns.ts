/** Taking turns: a fixed number of tasks at once, the rest in the order they came. */

/**
 * Lets `limit` tasks run at once; the others wait in the order they came. A
 * task that finishes at once (the page was cached meanwhile) lets the next one
 * start from the same loop, never from within itself.
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
    waiting.push(task);
    startWaiting();
  };
}

