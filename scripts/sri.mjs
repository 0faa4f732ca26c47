// `npm run sri`: Subresource Integrity hashes of the built script-tag files, and the CDN snippet
// with the version pinned, `integrity` and `crossorigin`, ready to paste. Run after `npm run build`.
// `--update-readme[=path]` writes the hashes into the README's CDN snippets (prepack does, so the
// README published with a version names that version's hashes).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const FILES = [
  'dist/cdn/ambitions-elements.js',
  'dist/cdn/ambitions-elements-hydrate.js',
  // The autoloader's own file only: the element files it imports with import() cannot carry an
  // integrity attribute (README "Security").
  'dist/cdn/ambitions-elements-autoloader.js',
  'dist/embed/resize.js',
  // One self-contained file per element (issue 31): the README's first snippet uses the guide's.
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
  console.log(
    `\n<script type="module" src="${cdnUrl(FILES[0])}" integrity="${hashes[FILES[0]]}" crossorigin="anonymous"></script>`,
  );
  const arg = process.argv.find((a) => a.startsWith('--update-readme'));
  if (arg) {
    const path = arg.includes('=') ? resolve(arg.split('=')[1]) : join(root, 'README.md');
    const before = readFileSync(path, 'utf8');
    const after = updateSnippets(before, hashes);
    writeFileSync(path, after);
    console.log(`\n${before === after ? 'unchanged' : 'updated'}: ${path}`);
  }
}
