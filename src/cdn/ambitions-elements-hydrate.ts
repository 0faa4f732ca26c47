// The script-tag bundle for pre-rendered pages (dist/cdn/ambitions-elements-hydrate.js): the same
// elements plus Lit's hydration support, which must come first because LitElement looks for it
// when its module runs. Hydrating keeps the pre-rendered nodes, so a choice the reader made before
// the script arrived (a quiz answer, an open card) is kept. Pages that render on the client do not
// need it and use ambitions-elements.js, 1.8 KB gz smaller.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { defineAll } from '../define/define-all.js';

// The pre-rendered text can paint without us, so let it: registering the elements hydrates them
// all at once, and doing that before the first paint would hold the page's text back by the time
// it takes. So register them once the browser reports its first contentful paint, or after a
// quarter second where it reports none (a background tab, an engine without paint timing). A host
// script that calls an element's methods waits with `customElements.whenDefined(tag)`.
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
}).then(() => defineAll());
