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

/** Each bundled package (by its node_modules root) as `name version (licence)`, sorted. */
const packagesIn = (ids) =>
  [...new Set(ids.map(packageRoot).filter(Boolean))].sort().map((root) => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    return {
      root,
      line: `${pkg.name} ${pkg.version} (${pkg.license})`,
      name: pkg.name,
      licence: pkg.license,
    };
  });

/** The packages and each distinct LICENSE text once, as lines. */
function noticeLines(ids, own) {
  const packages = packagesIn(ids);
  if (packages.length === 0) return [];
  const texts = new Map();
  const lines = [`${own} bundles third-party code:`];
  for (const { root, line, name } of packages) {
    lines.push(`- ${line}`);
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt']
      .map((f) => join(root, f))
      .find(existsSync);
    if (file) {
      const text = readFileSync(file, 'utf8').trim();
      texts.set(text, [...(texts.get(text) ?? []), name]);
    }
  }
  for (const [text, names] of texts)
    lines.push('', `${names.join(', ')}:`, '', ...text.split('\n'));
  return lines;
}

const comment = (lines) =>
  `/*!\n${lines
    .map((line) => ` * ${line}`.trimEnd())
    .join('\n')
    .replaceAll('*/', '* /')}\n */\n`;

/** The comment for the packages whose modules a chunk contains. */
export function noticeFor(ids, own) {
  const lines = noticeLines(ids, own);
  return lines.length ? comment(lines) : '';
}

/**
 * `licenceFile`: for a build of many files that ship as one folder (the autoloader's), each file
 * names its packages and licences in one line, and the full notices (copyright, conditions,
 * disclaimer) are written once to `licenceFile` in that folder: the "other materials provided with
 * the distribution" of BSD-3-Clause, as Lit's own minified files point to its LICENSE. This keeps
 * about 1 KB gz of licence text off every page load of the shared Lit chunk.
 */
/**
 * `pointer`: for a file that ships alone (the per-element one-file builds, issue 31), the
 * packages, each licence's copyright lines and where the full texts are: `THIRD-PARTY-LICENSES.txt`
 * beside it in the package and each licence's public address. Lit's own minified builds carry
 * only `SPDX-License-Identifier: BSD-3-Clause`; bundlers (webpack's `extractComments`) move the
 * texts to a file beside the code. Carrying the copyright lines keeps the notice in the file
 * itself; the full conditions (about 1 KB gz) would otherwise be a fifth of a guide page.
 */
const pointerNotice = (ids, pointer) => {
  const byText = new Map();
  for (const p of packagesIn(ids)) {
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt']
      .map((f) => join(p.root, f))
      .find(existsSync);
    const copyright = file
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /^Copyright\b/.test(line.trim()))
          .map((line) => line.trim())
      : [];
    const key = `${p.licence}|${copyright.join(' ')}`;
    const entry = byText.get(key) ?? { licence: p.licence, copyright, names: [] };
    entry.names.push(p.name);
    byText.set(key, entry);
  }
  if (!byText.size) return '';
  return comment([
    ...[...byText.values()].map((e) =>
      `Bundles ${e.names.join(', ')}: ${e.licence}. ${e.copyright.join(' ')}`.trimEnd(),
    ),
    `Licence texts: ${pointer}.`,
  ]);
};

export function thirdPartyNotices(own = 'ambitions-elements (MIT)', { licenceFile, pointer } = {}) {
  return {
    name: 'third-party-notices',
    renderChunk(code, chunk) {
      let notice = pointer
        ? pointerNotice(chunk.moduleIds, pointer)
        : noticeFor(chunk.moduleIds, own);
      if (licenceFile && notice) {
        // Names and licences only (versions are in the licence file): these bytes load on every page.
        const byLicence = new Map();
        for (const p of packagesIn(chunk.moduleIds))
          byLicence.set(p.licence, [...(byLicence.get(p.licence) ?? []), p.name]);
        const names = [...byLicence].map(([licence, ps]) => `${ps.join(', ')} (${licence})`);
        notice = comment([`Bundles ${names.join('; ')}; licence texts: ${licenceFile}.`]);
      }
      if (!notice) return null;
      const text = new MagicString(code);
      text.prepend(notice);
      return { code: text.toString(), map: text.generateMap({ hires: true }) };
    },
    generateBundle(_, bundle) {
      if (!licenceFile) return;
      const ids = Object.values(bundle).flatMap((file) => file.moduleIds ?? []);
      this.emitFile({
        type: 'asset',
        fileName: licenceFile,
        source: `${noticeLines(ids, own).join('\n')}\n`,
      });
    },
  };
}
