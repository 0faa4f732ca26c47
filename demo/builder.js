// The snippet builder (demo/builder.html): the options of each element come from the element's
// own attribute declarations (Lit's `elementProperties`), so a new attribute shows up here without
// touching this file. No inline script or style: the page works under a strict CSP.

/** Plain-language labels and hints for the attributes we know; others show their name. */
const LABELS = {
  foundation: ['Which item of the guide', 'A number from 1 to 10, for example 3.'],
  foundations: [
    'Which items to show',
    'Numbers separated by commas, for example 1,2,9. Leave empty for all ten.',
  ],
  'heading-level': [
    'Heading level of the title',
    'From 2 to 6: one below the heading above it on your page.',
  ],
  collapsible: ['Hide the details behind a show/hide button'],
  open: ['Start with the details shown'],
  'contact-name': ['Local contact: name', 'For example your hospice or palliative care team.'],
  'contact-phone': ['Local contact: phone number'],
  'contact-email': ['Local contact: email address'],
  'contact-url': ['Local contact: web address', 'Starting with https://'],
  mode: ['Kind of quiz', '"reflect" (how are we doing?) or "knowledge" (what do I know?).'],
  'no-storage': ['Never save answers in the browser'],
  'storage-key': ['Name under which answers are saved', 'Only used when answers are saved.'],
  questions: ['Number of knowledge questions'],
  seed: ['Question order seed', 'Leave empty for a new order each time.'],
  'item-href': [
    'Link for each item',
    'A web address with {id} where the item goes, for example /guide#{id}.',
  ],
  name: ['Name shown on saved results'],
  view: ['Start as', '"map" or "table".'],
  selected: ['Item selected at the start', 'A number from 1 to 10.'],
  ambition: ['Show case studies for this Ambition', 'A1 to A6.'],
  query: ['Search words to start with'],
  'content-src': [
    'Local content file (optional)',
    'The address of a JSON file with your local examples and wording, on your own site.',
  ],
  'allowed-content-origins': [
    'Other sites the local content file may come from (optional)',
    'Leave empty when the file is on your own site.',
  ],
};

const TITLES = {
  'grab-and-go-guide': 'Small Steps, Big Vision: Grab-and-Go Guide',
  'foundation-card': 'Small Steps, Big Vision: an item of the guide',
  'self-check-quiz': 'Small Steps, Big Vision: self-check',
  'ambition-map': 'Small Steps, Big Vision: items and Ambitions',
  'case-study-explorer': 'Small Steps, Big Vision: case studies',
};

/**
 * What a link to the embed page may set (src/embed/embed-params.ts DISPLAY_ATTRIBUTES; a test
 * keeps the two equal). Everything else goes into the site's own embed/site.json.
 */
export const DISPLAY_SETTINGS = new Set([
  'foundation',
  'foundations',
  'ambition',
  'query',
  'heading-level',
  'collapsible',
  'open',
  'view',
  'selected',
  'mode',
  'questions',
  'seed',
  'compare-round',
  'hide-names',
]);

/** The embed page's settings file for a choice: the settings a link may not set ('' if none). */
export function siteFileFor({ attributes }) {
  const site = attributes.filter(([name]) => !DISPLAY_SETTINGS.has(name));
  if (site.length === 0) return '';
  return `${JSON.stringify(Object.fromEntries(site.map(([n, v]) => [n, v === '' ? true : v])), null, 2)}\n`;
}

/** Defaults that make the first preview useful. */
const STARTING_VALUES = { foundation: '1', 'contact-name': 'St Example Hospice' };

/** The element's attributes from Lit's declarations: [name, isBoolean]. */
export function attributesOf(tag) {
  const declared = customElements.get(tag)?.elementProperties ?? new Map();
  const list = [];
  for (const [key, options] of declared) {
    if (options.state || options.attribute === false || typeof key !== 'string') continue;
    const name = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    list.push([name, options.type === Boolean]);
  }
  return list;
}

const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const shellQuote = (value) =>
  /^[\w./:#,@-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;

/** The snippet of one kind for a choice `{ tag, attributes: [[name, value]], colours: [[token, colour]], base, resize }`. */
export function snippetFor(kind, choice) {
  const { tag, attributes, colours, base } = choice;
  const dist = base.replace(/\/+$/, '');
  const attrs = attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const style = colours.length
    ? `<style>\n  ${tag} {\n${colours.map(([token, colour]) => `    ${token}: ${colour};\n`).join('')}  }\n</style>\n`
    : '';
  if (kind === 'iframe') {
    const params = new URLSearchParams({ element: tag });
    for (const [name, value] of attributes)
      if (DISPLAY_SETTINGS.has(name)) params.append(name, value);
    for (const [token, colour] of colours)
      params.append(token.replace(/^--ambitions-color-/, ''), colour);
    params.append('frame-id', tag);
    const frame = `<iframe src="${escapeAttribute(`${dist}/embed/index.html?${params}`)}" title="${TITLES[tag]}" data-ambitions-embed width="100%" height="900" loading="lazy"></iframe>`;
    return choice.resize ? `${frame}\n<script src="${dist}/embed/resize.js"></script>` : frame;
  }
  if (kind === 'ssr') {
    const args = attributes.map(([name, value]) =>
      value === '' ? ` --${name}` : ` --${name} ${shellQuote(value)}`,
    );
    return `npx ambitions-elements render ${tag}${args.join('')}`;
  }
  return `<script type="module" src="${dist}/cdn/ambitions-elements.js"></script>\n${style}<${tag}${attrs}></${tag}>`;
}

const HELP = {
  script:
    'Paste this where the guide should appear, for example in a WordPress "Custom HTML" block. Your site must allow this one script.',
  iframe:
    'Paste this into your site\'s embed option (SharePoint: the "Embed" web part). The frame works with a fixed height; the resize line makes it fit its content on sites that allow one script.',
  ssr: 'This page runs in your browser and cannot pre-render the HTML. Run this command on a computer with Node.js 20 or later, then paste what it prints. The text shows even without JavaScript; add <script type="module" src=".../dist/cdn/ambitions-elements-hydrate.js"></script> (the script tag of the first option with "-hydrate" added) as well to make it interactive without redrawing it. Pasted HTML contains <style> elements, so a site whose Content-Security-Policy forbids inline styles will show it unstyled.',
};

function setUp(form) {
  const $ = (id) => document.getElementById(id);
  const options = $('options');
  const snippet = $('snippet');
  const preview = $('preview');
  const copied = $('copied');

  function renderOptions() {
    const tag = form.element.value;
    options.replaceChildren();
    for (const [name, isBoolean] of attributesOf(tag)) {
      const [label, hint] = LABELS[name] ?? [name];
      const id = `attr-${name}`;
      const input = document.createElement('input');
      input.id = id;
      input.dataset.attribute = name;
      const labelEl = document.createElement('label');
      labelEl.htmlFor = id;
      labelEl.textContent = label;
      const row = document.createElement('div');
      if (isBoolean) {
        input.type = 'checkbox';
        row.className = 'check';
        row.append(input, labelEl);
      } else {
        input.type = 'text';
        input.value = STARTING_VALUES[name] ?? '';
        row.append(labelEl, input);
      }
      if (hint) {
        const hintEl = document.createElement('p');
        hintEl.className = 'hint';
        hintEl.id = `${id}-hint`;
        hintEl.textContent = hint;
        input.setAttribute('aria-describedby', hintEl.id);
        row.append(hintEl);
      }
      options.append(row);
    }
  }

  function choice() {
    const attributes = [];
    for (const input of options.querySelectorAll('input[data-attribute]')) {
      const name = input.dataset.attribute;
      if (input.type === 'checkbox') {
        if (input.checked) attributes.push([name, '']);
      } else if (input.value.trim() !== '') attributes.push([name, input.value.trim()]);
    }
    const colours = [];
    if (form['use-brand'].checked) colours.push(['--ambitions-color-brand', form.brand.value]);
    if (form['use-accent'].checked) colours.push(['--ambitions-color-accent', form.accent.value]);
    return {
      tag: form.element.value,
      attributes,
      colours,
      base: form.base.value.trim() || '.',
      resize: form.resize.checked,
    };
  }

  function update() {
    const current = choice();
    const kind = form.kind.value;
    snippet.value = snippetFor(kind, current);
    $('snippet-help').textContent = HELP[kind];
    $('resize-option').hidden = kind !== 'iframe';
    $('site-file').value = siteFileFor(current);
    $('site-file-section').hidden = kind !== 'iframe' || $('site-file').value === '';
    copied.textContent = '';
    const element = document.createElement(current.tag);
    for (const [name, value] of current.attributes) element.setAttribute(name, value);
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    for (const [token, colour] of current.colours) element.style.setProperty(token, colour);
    preview.replaceChildren(element);
  }

  $('copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(snippet.value);
      copied.textContent = 'Copied. Paste it into your website.';
    } catch {
      snippet.focus();
      snippet.select();
      copied.textContent =
        'Your browser did not allow copying: the code is selected, press Ctrl+C (or ⌘C) to copy it.';
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.element.addEventListener('change', () => {
    renderOptions();
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  renderOptions();
  update();
}

const form = document.getElementById('builder-form');
if (form) {
  Promise.all(
    [...form.element.options].map((option) => customElements.whenDefined(option.value)),
  ).then(() => setUp(form));
}
