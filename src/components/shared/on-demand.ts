// What an element needs only once a host sets local content (`content` or `content-src`):
// imported with import() by AmbitionsElement, so an npm build makes it a chunk of its own that a
// page without local content never downloads; the CDN bundle has it inline.
export { validateContentOverride } from '../../content/override.js';
export { checkContentSrc, loadContentSrc } from './local-content.js';
