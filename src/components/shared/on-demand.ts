// What an element needs only once a host sets local content (`content` or `content-src`):
// imported with import() by AmbitionsElement, so an npm build makes it a chunk of its own that a
// page without local content never downloads; the CDN bundle has it inline.
import type { ReactiveControllerHost } from 'lit';
import { checkContentSrc, loadContentSrc } from './local-content.js';

export { validateContentOverride } from '../../content/override.js';

/** What followContentSrc reads on the element: its two attributes. */
interface ContentSrcHost extends ReactiveControllerHost {
  contentSrc: string;
  allowedContentOrigins: string;
}

/**
 * Fetches `content-src` before each update in which it (or `allowed-content-origins`) changed:
 * `found` gets the parsed file (undefined while none), `warn` a message for the console. Here, not
 * in the base class, so a page without local content never downloads it.
 */
export function followContentSrc(
  host: ContentSrcHost,
  found: (value: unknown) => void,
  warn: (message: string) => void,
): void {
  let requested = '';
  host.addController({
    hostUpdate: () => {
      const src = (host.contentSrc ?? '').trim();
      const allowed = host.allowedContentOrigins ?? '';
      const key = `${src} ${allowed}`;
      if (key === requested || typeof location === 'undefined') return;
      requested = key;
      found(undefined);
      if (!src) return;
      const checked = checkContentSrc(src, allowed, document.baseURI);
      if ('error' in checked) return warn(checked.error);
      void loadContentSrc(checked.url).then((result) => {
        if (requested !== key) return; // the attribute changed meanwhile
        if ('error' in result) warn(`${result.error} The guide's text is shown.`);
        else found(result.value);
      });
    },
  });
}
