// Server rendering in plain Node, after the build: every element renders to declarative shadow
// DOM with its text in the HTML, attribute values are escaped, bad input is refused by name, and
// the `ambitions-elements render` CLI prints the same HTML with honest exit codes.
// Run: `node --test test/ssr/` (part of `npm run test:node`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
  const html = await renderElement('foundation-card', {
    foundation: '1',
    'heading-level': hostile,
  });
  assert.ok(!html.includes('<script>'), 'no script element');
  assert.ok(html.includes('heading-level="&quot;&gt;&lt;script&gt;'), 'attribute escaped');
  const guide = await renderElement('grab-and-go-guide', { 'contact-name': hostile });
  assert.ok(!guide.includes('<script>'), 'no script element in the contact');
  assert.ok(textOf(guide).includes(hostile), 'the contact shown as text');
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

/** The guide's HTML up to its light-DOM contact: the part that is the same for every site. */
const shadowPart = (html) => html.slice(0, html.indexOf('<ul slot="contact"'));

test('the guide carries its contact as light-DOM children, its shadow content the same for every site', async () => {
  const prebuilt = readFileSync(`${root}dist/prerendered/grab-and-go-guide.html`, 'utf8');
  const html = await renderElement('grab-and-go-guide', {
    'contact-name': "St Mary's & <Friends>",
    'contact-phone': '01234 567 890',
    'contact-email': 'team@example.org',
    'contact-url': 'https://www.example.org/contact',
  });
  assert.equal(`${shadowPart(html)}</grab-and-go-guide>\n`, prebuilt);
  assert.match(html, /^<grab-and-go-guide>/, 'no contact attributes on the element');
  const light = html.slice(html.indexOf('<ul slot="contact"'));
  assert.equal(
    light,
    '<ul slot="contact" class="ambitions-contact">' +
      '<li><b>St Mary&#39;s &amp; &lt;Friends&gt;</b></li>' +
      '<li>Phone: <a href="tel:01234567890">01234 567 890</a></li>' +
      '<li>Email: <a href="mailto:team@example.org">team@example.org</a></li>' +
      '<li>Website: <a href="https://www.example.org/contact">https://www.example.org/contact</a></li>' +
      '</ul></grab-and-go-guide>',
  );
  // A phone with no digits is shown as text, as the element shows it.
  const odd = await renderElement('grab-and-go-guide', { 'contact-phone': 'ask at reception' });
  assert.match(odd, /<li>Phone: ask at reception<\/li>/);
  // No contact: nothing added, the shadow root's own "not named a local contact yet" stays.
  assert.equal(`${await renderElement('grab-and-go-guide')}\n`, prebuilt);
});

test('a contact-url that is not http(s) is refused by name', async () => {
  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,x',
    '//evil.example',
  ]) {
    await assert.rejects(renderElement('grab-and-go-guide', { 'contact-url': url }), (error) => {
      assert.ok(error instanceof SsrInputError);
      assert.match(error.message, /contact-url ".*" is not an http or https address/);
      return true;
    });
  }
});

test('CLI: --contact-* become the light-DOM contact; javascript: exits 1 with the reason', async () => {
  const run = cli(
    'render',
    'grab-and-go-guide',
    '--contact-name',
    '<img src=x onerror=alert(1)>',
    '--contact-email',
    'a@b.org',
  );
  assert.equal(run.status, 0, run.stderr);
  assert.ok(!run.stdout.includes('<img'), 'escaped');
  assert.match(
    run.stdout,
    /<ul slot="contact" class="ambitions-contact"><li><b>&lt;img src=x onerror=alert\(1\)&gt;<\/b><\/li><li>Email: <a href="mailto:a@b.org">a@b.org<\/a><\/li><\/ul><\/grab-and-go-guide>\n$/,
  );
  const bad = cli('render', 'grab-and-go-guide', '--contact-url', 'javascript:alert(1)');
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /contact-url "javascript:alert\(1\)" is not an http or https address/);
});

test('the build ships prebuilt pre-rendered HTML equal to renderElement for each element and item', async () => {
  const dir = `${root}dist/prerendered/`;
  const expected = ['grab-and-go-guide.html'];
  for (let n = 1; n <= 10; n++) expected.push(`foundation-card-${n}.html`);
  for (const tag of ELEMENT_TAGS) if (tag !== 'foundation-card') expected.push(`${tag}.html`);
  assert.deepEqual(readdirSync(dir).sort(), [...new Set(expected)].sort());
  for (const file of readdirSync(dir)) {
    const card = /^foundation-card-(\d+)\.html$/.exec(file);
    const html = card
      ? await renderElement('foundation-card', { foundation: card[1] })
      : await renderElement(file.replace(/\.html$/, ''));
    assert.equal(readFileSync(dir + file, 'utf8'), `${html}\n`, file);
  }
});
