/**
 * Resolves once the browser has rendered a frame after this call: everything parsed by then (a
 * module script runs once the whole HTML is parsed) is laid out and painted. In a background tab,
 * which renders no frames, after a second.
 *
 * Why the script-tag builds wait for it on pre-rendered pages: the pre-rendered text can paint
 * without us, so let it. Registering the elements hydrates them all at once (a long task on a slow
 * phone), and doing that before the page's text is on screen would hold it back by the time it
 * takes. Waiting for the first contentful paint was not enough (issue 31): that paint may show
 * only the top of a long page, and with the files already loaded (modulepreload hints) hydration
 * then ran before the frame that lays out the rest. A host script that calls an element's methods
 * waits with `customElements.whenDefined(tag)`.
 */
export const afterFirstPaint = (): Promise<void> =>
  new Promise<void>((painted) => {
    setTimeout(painted, 1000);
    // A rAF callback runs just before a frame's style, layout and paint; a task queued from it
    // runs after that frame.
    requestAnimationFrame(() => setTimeout(painted));
  });
