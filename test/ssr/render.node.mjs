// Server rendering in plain Node, after the build: every element renders to declarative shadow
// DOM with its text in the HTML, attribute values are escaped, bad input is refused by name, and
// the `ambitions-elements render` CLI prints the same HTML with honest exit codes.
// Run: `node --test test/ssr/` (part of `npm run test:node`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { renderElement, ELEMENT_TAGS, SsrInputError } = await import(
  new URL('dist/ssr/index.js', `file://${root}`).href
);
const content = await import(new URL('dist/content/index.js', `file://${root}`).href);

/** The visible text of rendered HTML: tags, comments and style sheets dropped, entities read. */
function textOf(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const plain = (parts) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');

test('every element renders to declarative shadow DOM with its text', async () => {
  assert.equal(ELEMENT_TAGS.length, 7);
  for (const tag of ELEMENT_TAGS) {
    const html = await renderElement(tag, tag === 'foundation-card' ? { foundation: '1' } : {});
    assert.ok(html.startsWith(`<${tag}`), `${tag} starts with its own tag`);
    assert.ok(html.trimEnd().endsWith(`</${tag}>`), `${tag} ends with its own tag`);
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/, tag);
    assert.ok(textOf(html).length > 200, `${tag} has text in the HTML`);
  }
});

test("foundation-card 3 carries item 3's What, Ask and Example in action", async () => {
  const html = await renderElement('foundation-card', { foundation: '3' });
  const text = textOf(html);
  const item = content.getFoundation('3');
  assert.ok(text.includes(item.what), 'What');
  for (const question of item.ask) assert.ok(text.includes(question), `Ask: ${question}`);
  for (const example of item.examples) assert.ok(text.includes(plain(example)), 'Example');
});

test('the guide renders every item and the local contact', async () => {
  const html = await renderElement('grab-and-go-guide', { 'contact-name': 'St Example Hospice' });
  const text = textOf(html);
  assert.ok(text.includes('St Example Hospice'));
  for (const item of content.foundations) assert.ok(text.includes(item.what), item.title);
});

test("the guide's pre-rendered HTML is one shadow root with one stylesheet for all its items", async () => {
  for (const attributes of [{}, { collapsible: true }]) {
    const html = await renderElement('grab-and-go-guide', attributes);
    const label = JSON.stringify(attributes);
    assert.equal(html.match(/<template shadowroot/g).length, 1, `one shadow root ${label}`);
    assert.equal(html.match(/<style>/g).length, 1, `one <style> ${label}`);
    assert.ok(!html.includes('<foundation-card'), `no nested card elements ${label}`);
    assert.equal(html.match(/<article /g).length, 10, `ten items ${label}`);
    // Ids are unique inside the one root: each item is labelled by its own title.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, ids.join(' '));
    for (let n = 1; n <= 10; n++) assert.ok(ids.includes(`card-title-${n}`), `item ${n} title id`);
  }
});

test('collapsible content is pre-rendered in native <details>, readable without scripts', async () => {
  const guide = await renderElement('grab-and-go-guide', { collapsible: true });
  assert.equal(guide.match(/<details[ >]/g).length, 10);
  assert.equal(guide.match(/<summary [^>]*part="card-toggle"/g).length, 10);
  assert.doesNotMatch(guide, /<details[^>]* open/, 'the guide starts with its items closed');
  const card = await renderElement('foundation-card', { foundation: '3', collapsible: true });
  assert.match(card, /<details[^>]*>\s*(<!--[^>]*-->\s*)*<summary [^>]*part="toggle"/);
  const markup = card.slice(card.indexOf('</style>'));
  assert.doesNotMatch(
    markup,
    / hidden[\s=>]|aria-expanded|<button/,
    'nothing that needs a script to show',
  );
  const what = content.getFoundation('3').what;
  assert.ok(
    textOf(card.slice(card.indexOf('<details'), card.indexOf('</details>'))).includes(what),
  );
  const open = await renderElement('foundation-card', {
    foundation: '3',
    collapsible: true,
    open: true,
  });
  assert.match(open, /<details open/);
});

test('attribute values are escaped, booleans are present or absent', async () => {
  const hostile = "\"><script>alert(1)</script><b a='x'>";
  const html = await renderElement('grab-and-go-guide', { 'contact-name': hostile });
  assert.ok(!html.includes('<script>'), 'no script element');
  assert.ok(html.includes('contact-name="&quot;&gt;&lt;script&gt;'), 'attribute escaped');
  assert.ok(textOf(html).includes(hostile), 'shown as text');
  const open = await renderElement('foundation-card', { foundation: '1', collapsible: true });
  assert.match(open, /^<foundation-card [^>]*\bcollapsible\b/);
  const closed = await renderElement('foundation-card', { foundation: '1', collapsible: false });
  assert.doesNotMatch(closed.slice(0, 100), /collapsible/);
});

test('an unknown element or attribute is refused by name', async () => {
  await assert.rejects(renderElement('nonsense'), (error) => {
    assert.ok(error instanceof SsrInputError);
    assert.match(error.message, /Unknown element "nonsense"; choose one of grab-and-go-guide/);
    return true;
  });
  await assert.rejects(renderElement('foundation-card', { onclick: 'alert(1)' }), (error) => {
    assert.ok(error instanceof SsrInputError);
    assert.match(error.message, /<foundation-card> has no attribute "onclick"/);
    return true;
  });
  // Prototype names are not elements.
  await assert.rejects(renderElement('constructor'), SsrInputError);
});

const cli = (...args) =>
  spawnSync(process.execPath, ['bin/ambitions-elements.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

test('CLI: render prints the HTML and exits 0', async () => {
  const run = cli('render', 'foundation-card', '--foundation', '3');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, `${await renderElement('foundation-card', { foundation: '3' })}\n`);
  const flag = cli('render', 'foundation-card', '--foundation', '3', '--collapsible');
  assert.equal(flag.status, 0, flag.stderr);
  assert.match(flag.stdout, /^<foundation-card [^>]*\bcollapsible\b/);
});

test('CLI: bad input prints a reason on stderr and exits 1; --help exits 0', () => {
  const unknown = cli('render', 'nonsense');
  assert.equal(unknown.status, 1);
  assert.equal(unknown.stdout, '');
  assert.match(unknown.stderr, /Unknown element "nonsense"/);
  const attribute = cli('render', 'foundation-card', '--colour', 'red');
  assert.equal(attribute.status, 1);
  assert.match(attribute.stderr, /has no attribute "colour"/);
  const stray = cli('render', 'foundation-card', '3');
  assert.equal(stray.status, 1);
  assert.match(stray.stderr, /Unexpected "3"/);
  const none = cli();
  assert.equal(none.status, 1);
  assert.match(none.stderr, /^Usage: ambitions-elements render/);
  const help = cli('--help');
  assert.equal(help.status, 0);
  assert.match(help.stderr + help.stdout, /Usage:/);
});

test('controls that need the script come with a note, and the map grid has no tab stop', async () => {
  const notes = {
    'self-check-quiz': 'The self-check needs JavaScript',
    'ambition-map': 'Choosing and the Table view need JavaScript',
    'case-study-explorer': 'Filtering needs JavaScript',
    'self-check-summary': 'Adding result files needs JavaScript',
  };
  for (const [tag, note] of Object.entries(notes)) {
    const html = await renderElement(tag);
    assert.ok(textOf(html).includes(note), `${tag}: "${note}"`);
    assert.match(html, /:host\(:not\(:defined\)\)/, `${tag} carries the styles that show it`);
  }
  const map = await renderElement('ambition-map', { selected: '3:A2' });
  assert.doesNotMatch(map, /tabindex="0"/);
  const meeting = await renderElement('self-check-quiz', { mode: 'meeting' });
  assert.ok(textOf(meeting).includes('Meeting mode needs JavaScript'));
  assert.ok(textOf(meeting).includes('Full screen'), 'hydrates with the button browsers show');
});
