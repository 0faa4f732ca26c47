/**
 * Work in slices, so the page stays responsive while the summary reads and counts 10,000
 * results. The engine's readers and summariser are generators that yield after each small piece
 * of work (`readResultTextSteps`, `summariseSystemSteps`); a `Slicer` runs them for up to
 * `SLICE_MS` at a time and gives the page a turn (input, a frame, its own tasks) in between.
 *
 * Why slices on the main thread, not a Web Worker: a worker must be a file of its own from the
 * page's origin (hosts with a strict `script-src 'self'` CSP refuse a Blob URL worker unless they
 * add `worker-src blob:`), so it would be one more file to ship and host beside every one-file
 * build, and the 10,000 results would still be copied back to the page in one long task to be
 * shown. Slices work in every host the element already works in. See docs/performance.md.
 */

/** Longest stretch of work (ms) before the page gets a turn. */
export const SLICE_MS = 8;

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * Gives the page a turn and comes back after it: a message to ourselves, which joins the back of
 * the page's task queue (input, frames, the host page's own timers and messages all run first).
 * Not `setTimeout(0)`, which browsers stretch to 4 ms once nested; and not `scheduler.yield()`,
 * whose continuations run ahead of the host page's timers: over a read of several seconds the
 * host's own timers would wait for all of it (seen in a test: no timer ran until the end).
 */
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Thrown out of a slicer whose work is no longer wanted ("Stop reading", "Start again"). */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled');
  }
}

/** Runs steps in slices of `SLICE_MS`; throws `Cancelled` at a pause once `cancelled()` says so. */
export class Slicer {
  private start = now();

  constructor(private readonly cancelled: () => boolean = () => false) {}

  /** True when this slice is used up: the next `pause()` gives the page a turn. */
  due(): boolean {
    return now() - this.start > SLICE_MS;
  }

  /** Gives the page a turn if this slice is used up (or always, with `force`). */
  async pause(force = false): Promise<void> {
    if (this.cancelled()) throw new Cancelled();
    if (!force && !this.due()) return;
    await nextTask();
    this.start = now();
    if (this.cancelled()) throw new Cancelled();
  }

  /** Runs a generator that yields between small pieces of work to its end, in slices. */
  async run<T>(steps: Iterator<void, T>): Promise<T> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (this.due()) await this.pause();
    }
  }
}
