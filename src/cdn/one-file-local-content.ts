// What the one-file-per-element builds (dist/cdn/<tag>.js) have in place of on-demand.ts: local
// content (`content`, `content-src`) is not read there, and one warning says so and what to load
// instead. Those files are for the page that shows one element as it comes, the path most sites
// take; the override validator and the content-src loader would be inline in each (no folder to
// load them from on demand), and they cost the guide's file 1.4 KB gz of its 20 KB (issue 31).
// ambitions-elements.js (also one file) and the autoloader read local content as before.
import type * as OnDemand from '../components/shared/on-demand.js';

/** The file's own name as the page loaded it (a media library may have renamed it). */
const file = new URL(import.meta.url).pathname.split('/').pop();

const notRead = `${file} alone does not read local content: upload ambitions-elements.js from the package's dist/cdn folder and load it in place of ${file} (one file, every element), or use the autoloader with its folder.`;

/** Every override is refused with the one message (the element warns once, naming `content`). */
export const validateContentOverride: typeof OnDemand.validateContentOverride = () => ({
  ok: false,
  errors: [notRead],
});

/** `content-src` is never fetched: the element warns once, naming `content-src`. */
export const followContentSrc: typeof OnDemand.followContentSrc = (_host, _found, warn) =>
  warn(`ignored, the guide's text is shown. ${notRead}`);
