// The README is a start page, every link in it and in docs/ resolves, the API reference and the
// editor data say what custom-elements.json says, and no SRI hash is written down to go stale.
// Run after `npm run build` (it reads the manifest and the editor data the build makes).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { anchorsOf, brokenLinks, checkLink, markdownFiles } from '../../scripts/check-links.mjs';
import { stalePages } from '../../scripts/generate-api-docs.mjs';

const root = new URL('../../', import.meta.url).pathname;
const read = (path) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));

/** The elements straight from the manifest (not through the generators' own reader). */
const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);

test('the README is a start page of at most 20 KB with the two commands and three doors', () => {
  const bytes = Buffer.byteLength(readme);
  assert.ok(bytes <= 20 * 1024, `README.md is ${bytes} B`);
  assert.match(readme, /npm install && npm start/);
  assert.match(readme, /^npm test\b/m);
  for (const door of ['docs/web-editor.md', 'docs/intranet-and-icb.md', 'docs/developer.md'])
    assert.ok(readme.includes(`](${door})`), `README links ${door}`);
  const image = /!\[[^\]]+\]\((docs\/images\/[^)]+\.png)\)/.exec(readme);
  assert.ok(image, 'README shows a screenshot');
  const png = readFileSync(join(root, image[1]));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.ok(png.length <= 100 * 1024, `${image[1]} is ${png.length} B`);
  assert.match(readme, /## Licen[cs]e/);
});

test("the README says the report's text is not carried, and how to point the quote check at it", () => {
  assert.match(readme, /CC BY 4\.0/);
  assert.match(readme, /no licence for the rest/);
  assert.match(readme, /REPORT_TEXT=/);
  assert.match(readme, /\.\.\/shared\/reference\/realising-the-ambitions-report\.txt/);
});

test('every relative link and #anchor in README.md and docs/ resolves; external ones are well formed', () => {
  const files = markdownFiles();
  assert.ok(files.length >= 10, `${files.length} markdown files`);
  assert.deepEqual(brokenLinks(files), []);
});

test('the link checker catches a missing file, a missing anchor and a malformed address', () => {
  assert.deepEqual(checkLink('README.md', 'docs/web-editor.md#your-colours'), []);
  assert.equal(checkLink('README.md', 'docs/no-such-page.md').length, 1);
  assert.equal(checkLink('README.md', 'docs/web-editor.md#no-such-heading').length, 1);
  assert.equal(checkLink('docs/developer.md', '#no-such-heading').length, 1);
  assert.equal(checkLink('README.md', 'https://').length, 1);
  assert.equal(checkLink('README.md', 'javascript:alert(1)').length, 1);
  // GitHub's anchors: punctuation dropped, repeats numbered.
  assert.ok(
    anchorsOf('## From a CDN (after the first release)').has('from-a-cdn-after-the-first-release'),
  );
  assert.ok(anchorsOf('## Set up\n## Set up').has('set-up-1'));
});

test('no Subresource Integrity hash is written in README.md or docs/ (npm run sri prints them)', () => {
  for (const file of markdownFiles()) {
    const hash = /sha(256|384|512)-[A-Za-z0-9+/]{43,86}={0,2}/.exec(read(file));
    assert.equal(hash, null, `${file} hard-codes ${hash?.[0]}`);
  }
});

test('the API reference is what custom-elements.json gives (npm run docs:api)', () => {
  assert.deepEqual(stalePages(), []);
  for (const element of elements) {
    const page = read(`docs/api/${element.tagName}.md`);
    const named = [
      ...(element.attributes ?? []).map((a) => a.name),
      ...(element.events ?? []).map((e) => e.name),
      ...(element.slots ?? []).map((s) => s.name).filter(Boolean),
      ...(element.cssParts ?? []).map((p) => p.name),
      ...(element.cssProperties ?? []).map((p) => p.name),
    ];
    for (const name of named)
      assert.ok(page.includes(`\`${name}\``), `${element.tagName}: ${name}`);
  }
});

/** The literal values a manifest type allows (`'a' | 'b'`, `2 | '2'`), or none. */
const valuesOf = (type = '') =>
  /^(\s*('[^']*'|-?\d+)\s*\|?)+$/.test(type)
    ? [...new Set(type.split('|').map((v) => v.trim().replace(/^'|'$/g, '')))]
    : [];

test('vscode.html-custom-data.json names every tag, attribute and value, event, slot and part', () => {
  const data = JSON.parse(read('vscode.html-custom-data.json'));
  assert.equal(elements.length, 7);
  assert.deepEqual(data.tags.map((t) => t.name).sort(), elements.map((e) => e.tagName).sort());
  for (const element of elements) {
    const tag = data.tags.find((t) => t.name === element.tagName);
    const text = tag.description.value;
    for (const attribute of element.attributes ?? []) {
      const entry = tag.attributes.find((a) => a.name === attribute.name);
      assert.ok(entry, `${element.tagName} ${attribute.name}`);
      assert.deepEqual(
        (entry.values ?? []).map((v) => v.name),
        valuesOf(attribute.type?.text),
        `${element.tagName} ${attribute.name} values`,
      );
    }
    assert.equal(tag.attributes.length, (element.attributes ?? []).length);
    for (const event of element.events ?? []) assert.ok(text.includes(`\`${event.name}\``));
    for (const slot of element.slots ?? [])
      assert.ok(text.includes(`\`${slot.name || '(default)'}\``));
    for (const part of element.cssParts ?? []) assert.ok(text.includes(`::part(${part.name})`));
  }
});

test('web-types.json (package.json web-types) names every tag, attribute and value, event, slot and part', () => {
  assert.equal(pkg['web-types'], './web-types.json');
  for (const file of ['web-types.json', 'vscode.html-custom-data.json'])
    assert.ok(pkg.files.includes(file), `package.json files ships ${file}`);
  const data = JSON.parse(read('web-types.json'));
  assert.equal(data.name, pkg.name);
  assert.equal(data.version, pkg.version);
  const tags = data.contributions.html.elements;
  assert.deepEqual(tags.map((t) => t.name).sort(), elements.map((e) => e.tagName).sort());
  for (const element of elements) {
    const tag = tags.find((t) => t.name === element.tagName);
    const names = (list) => (list ?? []).map((x) => x.name).sort();
    assert.deepEqual(names(tag.attributes), names(element.attributes));
    for (const attribute of element.attributes ?? [])
      assert.deepEqual(
        (tag.attributes.find((a) => a.name === attribute.name).values ?? []).map((v) => v.name),
        valuesOf(attribute.type?.text),
      );
    assert.deepEqual(names(tag.js.events), names(element.events));
    assert.deepEqual(names(tag.slots), names(element.slots));
    assert.deepEqual(names(tag.css.parts), names(element.cssParts));
    assert.deepEqual(names(tag.css.properties), names(element.cssProperties));
  }
});

test('the build wrote the editor data the manifest gives now (not a stale copy)', () => {
  for (const file of ['web-types.json', 'vscode.html-custom-data.json'])
    assert.ok(
      statSync(join(root, file)).mtimeMs >= statSync(join(root, 'custom-elements.json')).mtimeMs,
      `${file} is older than custom-elements.json: run npm run build`,
    );
  assert.ok(existsSync(join(root, 'docs/api/README.md')));
});

/** Every `t('id', 'English')` in src/, as [id, English, file]. */
function stringsInCode() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (path.endsWith('.ts'))
        for (const m of read(path).matchAll(
          /\bt\(\s*'([a-z0-9-]+)',\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g,
        ))
          found.push([m[1], (m[2] ?? m[3]).replace(/\\u2019/g, '\u2019'), path]);
    }
  };
  walk('src');
  return found;
}

test("every translatable string's id is in docs/local-content.md's table, with its English", () => {
  const doc = read('docs/local-content.md');
  /** id -> the English the table gives (a row's ids and texts pair up in order, split by " · "). */
  const table = new Map();
  for (const [, ids, texts] of doc.matchAll(
    /^\| (`[a-z0-9-]+`(?:, `[a-z0-9-]+`)*) \| (.+) \|$/gm,
  )) {
    const english = texts.split(' · ');
    ids.split(', ').forEach((id, i) => table.set(id.slice(1, -1), english[i] ?? ''));
  }
  const code = stringsInCode();
  assert.ok(code.length >= 25, `found ${code.length} strings in src/`);
  for (const [id, english, file] of code) {
    assert.ok(table.has(id), `${file}: the id "${id}" is not in docs/local-content.md's table`);
    // The table may cut a long text short with "(…)" or add a note in brackets after it.
    const shown = table
      .get(id)
      .replace(/\s*\(.*\)$/, '')
      .trim();
    assert.ok(
      english.startsWith(shown),
      `${file}: "${id}" is "${english}" in the code but "${shown}" in the table`,
    );
  }
  // And no row for an id the code no longer has (ids given in lists, like the contact rows, count).
  const source = ['src'].flatMap(function all(dir) {
    return readdirSync(join(root, dir)).flatMap((name) =>
      statSync(join(root, dir, name)).isDirectory()
        ? all(`${dir}/${name}`)
        : [read(`${dir}/${name}`)],
    );
  });
  for (const id of table.keys())
    assert.ok(
      source.some((text) => text.includes(`'${id}'`)),
      `docs/local-content.md lists "${id}", which no file in src/ uses`,
    );
});
