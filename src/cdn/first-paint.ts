/**
 * Resolves once the browser reports its first contentful paint, or after a quarter second where it
 * reports none (a background tab, an engine without paint timing).
 *
 * Why the script-tag builds wait for it on pre-rendered pages: the pre-rendered text can paint
 * without us, so let it. Registering the elements hydrates them all at once, and doing that before
 * the first paint would hold the page's text back by the time it takes. A host script that calls
 * an element's methods waits with `customElements.whenDefined(tag)`.
 */
export const afterFirstPaint = (): Promise<void> =>
  new Promise<void>((painted) => {
    setTimeout(painted, 250);
    try {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) {
          observer.disconnect();
          painted();
        }
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      painted();
    }
  });
