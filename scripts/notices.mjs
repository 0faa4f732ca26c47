// Third-party notices for the self-contained (CDN) bundles: Lit and @lit/localize are BSD-3-Clause,
// whose terms ask that a redistribution in binary form reproduce the copyright notice, conditions
// and disclaimer. Minifying drops the `@license` comments, so this plugin puts one `/*! ... */`
// comment at the top of each bundle: every bundled package by name and licence, and each distinct
// LICENSE text once. Runs after terser (list it after terser in `plugins`), keeping the source map.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';

/** node_modules/<name>/ or node_modules/@scope/<name>/ of a module id, else undefined. */
export const packageRoot = (id) =>
  /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1];

/** The comment for the packages whose modules a chunk contains. */
export function noticeFor(ids, own) {
  const roots = [...new Set(ids.map(packageRoot).filter(Boolean))].sort();
  if (roots.length === 0) return '';
  const texts = new Map();
  const lines = [`${own} bundles third-party code:`];
  for (const root of roots) {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    lines.push(`- ${pkg.name} ${pkg.version} (${pkg.license})`);
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt']
      .map((f) => join(root, f))
      .find(existsSync);
    if (file) {
      const text = readFileSync(file, 'utf8').trim();
      texts.set(text, [...(texts.get(text) ?? []), pkg.name]);
    }
  }
  for (const [text, names] of texts)
    lines.push('', `${names.join(', ')}:`, '', ...text.split('\n'));
  return `/*!\n${lines
    .map((line) => ` * ${line}`.trimEnd())
    .join('\n')
    .replaceAll('*/', '* /')}\n */\n`;
}

export function thirdPartyNotices(own = 'ambitions-elements (MIT)') {
  return {
    name: 'third-party-notices',
    renderChunk(code, chunk) {
      const notice = noticeFor(chunk.moduleIds, own);
      if (!notice) return null;
      const text = new MagicString(code);
      text.prepend(notice);
      return { code: text.toString(), map: text.generateMap({ hires: true }) };
    },
  };
}
