// `npm run sri`: Subresource Integrity hashes of the built script-tag files, and each CDN snippet
// with the version pinned, `integrity` and `crossorigin`, ready to paste. Run after `npm run build`.
// The README and docs carry no hash (hashes written there went stale with every change to the
// code): their CDN snippets hold PLACEHOLDER, which a browser refuses like a wrong hash, so a
// snippet pasted unchanged shows its fallback content instead of running an unchecked file.
// test/docs/docs.node.mjs fails on any real hash in README.md or docs/.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const FILES = [
  'dist/cdn/ambitions-elements.js',
  'dist/cdn/ambitions-elements-hydrate.js',
  // The autoloader's own file only: the element files it imports with import() cannot carry an
  // integrity attribute (docs/security-and-privacy.md).
  'dist/cdn/ambitions-elements-autoloader.js',
  'dist/embed/resize.js',
  // One self-contained file per element: the first snippet in the docs uses the guide's.
  ...[
    'grab-and-go-guide',
    'foundation-card',
    'self-check-quiz',
    'self-check-summary',
    'ambition-map',
    'case-study-explorer',
    'community-lens',
  ].map((tag) => `dist/cdn/${tag}.js`),
];

/** `sha384-<base64>`: the form browsers check in `integrity`. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** What the docs' CDN snippets carry instead of a hash: valid in form, matching no file. */
export const PLACEHOLDER = 'sha384-PASTE_THE_HASH_npm_run_sri_PRINTS';

export const cdnUrl = (file) => `https://cdn.jsdelivr.net/npm/${name}@${version}/${file}`;

/** Replaces each `<script ... src=".../<file>" ...>` tag's src, integrity and crossorigin. */
export function updateSnippets(text, hashes) {
  return text.replace(
    /<script\b[^>]*\bsrc="https:\/\/cdn\.jsdelivr\.net\/npm\/[^"]*"[^>]*><\/script>/g,
    (tag) => {
      const file = FILES.find((f) => tag.includes(`/${f}"`));
      if (!file) return tag;
      const type = /\btype="module"/.test(tag) ? ' type="module"' : '';
      return `<script${type} src="${cdnUrl(file)}" integrity="${hashes[file]}" crossorigin="anonymous"></script>`;
    },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const hashes = Object.fromEntries(FILES.map((f) => [f, sri(readFileSync(join(root, f)))]));
  for (const file of FILES) console.log(`${hashes[file]}  ${file}`);
  console.log(`\nReady to paste (${name}@${version}):`);
  for (const file of FILES.filter((f) => f.startsWith('dist/cdn/')))
    console.log(
      `<script type="module" src="${cdnUrl(file)}" integrity="${hashes[file]}" crossorigin="anonymous"></script>`,
    );
}
