// The snippet builder (demo/builder.html): the options of each element come from the element's
// own attribute declarations (Lit's `elementProperties`), so a new attribute shows up here without
// touching this file. No inline script or style: the page works under a strict CSP.
import { CONTACT_ATTRIBUTES, withContact } from '../dist/ssr/contact-markup.js';
import { ambitions, foundations } from '../dist/content/index.js';
import { checkFileAddress, checkWebsite } from './web-address.js';

export { checkFileAddress, checkWebsite };

/** Plain-language labels and hints for the attributes we know; others show their name. */
const LABELS = {
  foundation: ['Which item of the guide', 'One of the ten items (the case studies: all, or one).'],
  foundations: [
    'Which items to show',
    'Numbers separated by commas, for example 1,2,9. Leave empty for all ten.',
  ],
  'heading-level': [
    'Heading level of the title',
    'One below the heading above it on your page: 2 under the page title (h1).',
  ],
  collapsible: ['Hide the details behind a show/hide button'],
  open: ['Start with the details shown'],
  'contact-name': ['Local contact: name', 'For example your hospice or palliative care team.'],
  'contact-phone': ['Local contact: phone number'],
  'contact-email': ['Local contact: email address'],
  'contact-url': ['Local contact: web address', 'For example https://www.example.org.uk/contact'],
  mode: ['Kind of quiz'],
  'no-storage': ['Never save answers in the browser'],
  'storage-key': [
    'Storage name for saved answers (optional)',
    'Only needed when two quizzes on one site must keep their answers apart. Only used when answers are saved.',
  ],
  questions: ['Number of knowledge questions', 'For the knowledge quiz only; leave empty for 10.'],
  seed: ['Question order seed', 'Leave empty for a new order each time.'],
  'item-href': [
    'Link for each item (optional)',
    'Where "read this item" goes: the page with your guide, then #item-{number}, for example /guide#item-{number}. The guide scrolls to that item.',
  ],
  name: [
    'Form field name (for developers; optional)',
    'Only when the quiz sits inside a form of yours: the name its result is sent under. It is not shown to anyone; leave empty.',
  ],
  'max-steps': [
    'How many items a small-steps plan may hold',
    'The report suggests a small number of changes at a time.',
  ],
  'case-study-href': [
    'Link for a case study in the plan (optional)',
    'Your case-studies page, with {id} where the item goes, for example /case-studies?foundation={id}.',
  ],
  'minutes-per-item': [
    'Meeting mode: minutes per item (optional)',
    'Shows a silent timer on the shared screen; leave empty for none.',
  ],
  view: ['Start as'],
  selected: ['Chosen at the start', 'An Ambition or an item, highlighted when the map opens.'],
  ambition: ['Show case studies for this Ambition'],
  query: ['Search words to start with (optional)'],
  sources: [
    "Other organisations' examples files (optional)",
    'Addresses of published examples files, starting with https://, separated by spaces or commas. Press "Check" below to see them in the preview.',
  ],
  source: ['Show only examples from (optional)', '"report", or one of the addresses above.'],
  region: ['Show only examples from this region (optional)'],
  'source-timeout': [
    'Seconds to wait for each examples file',
    'A file that takes longer is listed as not answering. Leave empty for 10.',
  ],
  'content-src': [
    'Local content file (optional)',
    "The address of a JSON file with your local examples and wording, on your own site. Read by ambitions-elements.js and the autoloader, not by an element's own file: given one, the snippet loads ambitions-elements.js from the same folder.",
  ],
  'allowed-content-origins': [
    'Other sites the local content file may come from (optional)',
    'Leave empty when the file is on your own site.',
  ],
};

const itemChoices = () => foundations.map((f) => [String(f.number), `${f.number}. ${f.title}`]);
const ambitionChoices = () => ambitions.map((a) => [a.id, `${a.id}: ${a.title}`]);

/**
 * The attributes that take one of a closed set of values: a <select> of `[value, words]`. The
 * first choice is written only when it is not `''` (the element's default is left out).
 */
const CHOICES = {
  mode: () => [
    ['', 'Reflect: how are we doing on each item? (the default)'],
    ['knowledge', 'Knowledge: which item does this case study show?'],
    ['meeting', 'Meeting: the reflection on a shared screen, one item at a time'],
  ],
  view: () => [
    ['', 'Map (the default)'],
    ['table', 'Table'],
  ],
  'heading-level': () => [
    ['', '2 (the default): under the page title'],
    ['3', '3'],
    ['4', '4'],
    ['5', '5'],
    ['6', '6'],
  ],
  'max-steps': () => [
    ['1', '1'],
    ['2', '2'],
    ['', '3 (the default)'],
    ['4', '4'],
    ['5', '5'],
  ],
  ambition: () => [['', 'All Ambitions'], ...ambitionChoices()],
  selected: () => [['', 'Nothing chosen'], ...ambitionChoices(), ...itemChoices()],
  foundation: (tag) =>
    tag === 'foundation-card' ? itemChoices() : [['', 'All items'], ...itemChoices()],
};

/** Map and case studies on one page, the explorer following the map (README "Evidence map"). */
export const MAP_AND_EXPLORER = 'ambition-map+case-study-explorer';
const tagsOf = (tag) => (tag === MAP_AND_EXPLORER ? tag.split('+') : [tag]);

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
  'max-steps',
  'minutes-per-item',
]);

/** The embed page's settings file for a choice: the settings a link may not set ('' if none). */
export function siteFileFor({ attributes }) {
  const site = attributes.filter(([name]) => !DISPLAY_SETTINGS.has(name));
  if (site.length === 0) return '';
  return `${JSON.stringify(Object.fromEntries(site.map(([n, v]) => [n, v === '' ? true : v])), null, 2)}\n`;
}

/**
 * Defaults that make the first preview useful (the explorer starts with every item). No contact
 * is filled in: an example name looked like a real value, and a hospice that did not notice it
 * would publish another's name (issue 31 review); the preview says no contact is named yet.
 */
const STARTING_VALUES = {
  'foundation-card': { foundation: '1' },
};

/**
 * The element's attributes from Lit's declarations: [name, isBoolean]. For the map and the
 * explorer together, each attribute of either, once.
 */
export function attributesOf(tag) {
  const list = [];
  for (const one of tagsOf(tag)) {
    const declared = customElements.get(one)?.elementProperties ?? new Map();
    for (const [key, options] of declared) {
      if (options.state || options.attribute === false || typeof key !== 'string') continue;
      const name = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
      if (!list.some(([known]) => known === name)) list.push([name, options.type === Boolean]);
    }
  }
  // The local-content settings every element shares come last: rarely what a web editor wants.
  const shared = ['content-src', 'allowed-content-origins'];
  return [
    ...list.filter(([name]) => !shared.includes(name)),
    ...list.filter(([name]) => shared.includes(name)),
  ];
}

/** Whether `tag`'s element has the attribute `name` (for the map and explorer snippet). */
const hasAttribute = (tag, name) => attributesOf(tag).some(([known]) => known === name);

const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const shellQuote = (value) =>
  /^[\w./:#,@-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;

/** The guide's home page: where the fallback link inside each tag goes. */
export const GUIDE_PAGE =
  'https://wels.open.ac.uk/research/projects/open-thanatology/projects/ambitions-palliative-and-end-life-care';

/** What a reader sees inside each tag until the script runs (or if it never does). */
const FALLBACK_TEXT = {
  'grab-and-go-guide': 'Read the Small Steps, Big Vision Grab-and-Go Guide',
  'foundation-card': 'Read this item in the Small Steps, Big Vision guide',
  'self-check-quiz': 'Read the Small Steps, Big Vision guide (the self-check needs JavaScript)',
  'ambition-map': 'Read the Small Steps, Big Vision guide and its evidence',
  'case-study-explorer': 'Read the Small Steps, Big Vision guide and its case studies',
};

/**
 * The fallback written inside a tag: shown until the element upgrades, hidden after (our
 * elements show only named slots). For the guide, the local contact too, so a reader of a page
 * whose script did not load still has it.
 */
export function fallbackFor(tag, attributes = []) {
  const link = `<a href="${GUIDE_PAGE}">${FALLBACK_TEXT[tag] ?? FALLBACK_TEXT['grab-and-go-guide']}</a>`;
  if (tag !== 'grab-and-go-guide') return link;
  const value = (name) => attributes.find(([n]) => n === name)?.[1] ?? '';
  const parts = [
    value('contact-name') && escapeAttribute(value('contact-name')),
    value('contact-phone') && `phone ${escapeAttribute(value('contact-phone'))}`,
    value('contact-email') &&
      `<a href="mailto:${escapeAttribute(value('contact-email'))}">${escapeAttribute(value('contact-email'))}</a>`,
    value('contact-url') &&
      `<a href="${escapeAttribute(value('contact-url'))}">${escapeAttribute(value('contact-url'))}</a>`,
  ].filter(Boolean);
  // overflow-wrap: the full web address as link text would otherwise widen a 360 px phone's
  // page before the element draws (the paragraph is in the host page, so the style is inline).
  return parts.length
    ? `${link}\n  <p style="overflow-wrap:anywhere">Your local contact: ${parts.join(', ')}</p>`
    : link;
}

/** The one-element files of the build (`dist/cdn/<tag>.js`) and the all-in-one file. */
const ELEMENT_FILE =
  /^(.*\/)?(grab-and-go-guide|foundation-card|self-check-quiz|ambition-map|case-study-explorer|self-check-summary|community-lens|ambitions-elements)\.js$/i;

/**
 * Where the code loads from, given what the person typed (already checked by checkFileAddress):
 * the address of an uploaded file or of the package's `dist` folder. An element's own file
 * (`.../grab-and-go-guide.js`) follows the element chosen: `.../<tag>.js` in the same folder; the
 * map and explorer together, and any element given a local content file (`content-src`, which an
 * element's own file does not read), need the all-in-one `ambitions-elements.js` there. `script` is the
 * file's address; `dist` the folder when it is one (`.../cdn/<file>.js`, or a folder address),
 * else undefined (the iframe needs the folder's embed page).
 */
export function hostedAt(base, tag = 'grab-and-go-guide', attributes = []) {
  const value = base.trim() || '.';
  const own = ELEMENT_FILE.exec(value);
  if (own) {
    const folder = own[1] ?? '';
    const file =
      own[2].toLowerCase() === 'ambitions-elements' ||
      tag === MAP_AND_EXPLORER ||
      attributes.some(([name]) => name === 'content-src')
        ? 'ambitions-elements'
        : tag;
    return { script: `${folder}${file}.js`, dist: folder.match(/^(.*)\/cdn\/$/i)?.[1] };
  }
  // The cdn folder itself, or the loader's address in it (docs/web-editor.md names that folder):
  // the dist folder is its parent (issue 31 review: "…/cdn/" gave "…/cdn/cdn/…").
  const cdn = /^(.*)\/cdn(\/(ambitions-elements-autoloader\.js)?)?\/*$/i.exec(value);
  if (cdn) return { script: `${cdn[1]}/cdn/ambitions-elements.js`, dist: cdn[1] };
  if (/\.m?js(\?.*)?$/i.test(value)) return { script: value, dist: undefined };
  const dist = value.replace(/\/+$/, '');
  return { script: `${dist}/cdn/ambitions-elements.js`, dist };
}

/**
 * The guide's place kept while its file loads (docs/web-editor.md, step 4): a screen's height, so
 * what follows it on the host's page is below the screen when the guide appears and nothing moves
 * in view (layout shift 0.13 on a phone without it, issue 31 review). Only on screen with scripts
 * on, and given back after 8 seconds if the file never comes (a reviewer's page kept a blank
 * screen under the link for good when the file was missing).
 */
const KEEP_PLACE = `  @media screen and (scripting: enabled) {
    grab-and-go-guide:not(:defined) { display: block; min-height: 100vh; animation: 0s 8s forwards ambitions-give-back; }
  }
  @keyframes ambitions-give-back { to { min-height: 0; } }
`;

/** The README's two lines: the explorer follows what the reader chooses on the map. */
const FOLLOW_THE_MAP = `<script type="module">
  // The case studies follow what the reader chooses on the map.
  const explorer = document.querySelector('case-study-explorer');
  document.querySelector('ambition-map').addEventListener('ambitions-map-select', (e) => Object.assign(explorer, { foundation: e.detail.foundation ?? '', ambition: e.detail.ambition ?? '' }));
</script>`;

/** The snippet of one kind for a choice `{ tag, attributes: [[name, value]], colours: [[token, colour]], base, resize }`. */
export function snippetFor(kind, choice) {
  const { tag, attributes, colours, base } = choice;
  const hosted = hostedAt(base, tag, attributes);
  const dist = hosted.dist ?? 'YOUR-DIST-FOLDER';
  const attrsOf = (one) =>
    attributes
      .filter(([name]) => tag !== MAP_AND_EXPLORER || hasAttribute(one, name))
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
      .join('');
  const rules = [
    colours.length &&
      `  ${tagsOf(tag).join(', ')} {\n${colours.map(([token, colour]) => `    ${token}: ${colour};\n`).join('')}  }\n`,
    kind === 'script' && tag === 'grab-and-go-guide' && KEEP_PLACE,
  ].filter(Boolean);
  const style = rules.length ? `<style>\n${rules.join('')}</style>\n` : '';
  if (tag === MAP_AND_EXPLORER) {
    if (kind !== 'script') return '';
    const elements = tagsOf(tag)
      .map((one) => `<${one}${attrsOf(one)}>\n  ${fallbackFor(one)}\n</${one}>`)
      .join('\n');
    return `<script type="module" src="${escapeAttribute(hosted.script)}"></script>\n${style}${elements}\n${FOLLOW_THE_MAP}`;
  }
  const attrs = attrsOf(tag);
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
  return `${loaderFor(tag, hosted, choice.preload)}\n${style}<${tag}${attrs}>\n  ${fallbackFor(tag, attributes)}\n</${tag}>`;
}

/**
 * The script tag. Given the package's folder (and the build's preload.json, `{ tag: [files] }`),
 * the autoloader, which downloads only this element's files, with `modulepreload` hints so the
 * browser asks for them all at once (docs/web-editor.md "Load only the elements a page uses"); given only the
 * one uploaded file, that file.
 */
export function loaderFor(tag, hosted, preload) {
  if (!hosted.dist || !preload?.[tag]) {
    return `<script type="module" src="${escapeAttribute(hosted.script)}"></script>`;
  }
  const cdn = `${hosted.dist}/cdn/`;
  // The guide alone on a page comes in one file (`alone` in preload.json), which the loader picks.
  const hints = (preload.alone?.[tag] ?? preload[tag]).map(
    (file) => `<link rel="modulepreload" href="${escapeAttribute(cdn + file)}">\n`,
  );
  return `${hints.join('')}<script type="module" src="${escapeAttribute(`${cdn}ambitions-elements-autoloader.js`)}"></script>`;
}

// Pre-rendered HTML without Node: the prebuilt files of `npm run build` (dist/prerendered/, one per
// element with its default settings, one per item as a card), loaded from this page's own server,
// with the guide's local contact added as light-DOM children (the shadow content is the same for
// every site). Apart from snippetFor: the script-tag snippet has its own changes.

/** The prebuilt file for a choice: `foundation-card-<n>.html` for a card, else `<tag>.html`. */
export function prerenderedFile({ tag, attributes }) {
  if (tag !== 'foundation-card') return `${tag}.html`;
  const item = attributes.find(([name]) => name === 'foundation')?.[1] ?? '1';
  return /^([1-9]|10)$/.test(item.trim()) ? `foundation-card-${item.trim()}.html` : undefined;
}

/**
 * The pre-rendered snippet for a choice and its prebuilt HTML: `{ code, leftOut }`, where
 * `leftOut` names the chosen settings the prebuilt HTML cannot carry (they change the shadow
 * content, so they need the Node.js command). With `choice.hydrate`, the script line that makes
 * it interactive (the hydrating bundle) comes first.
 */
export function prerenderedSnippet(choice, prebuilt) {
  const { tag, attributes, colours } = choice;
  const contact = {};
  const leftOut = [];
  for (const [name, value] of attributes) {
    if (tag === 'grab-and-go-guide' && CONTACT_ATTRIBUTES[name])
      contact[CONTACT_ATTRIBUTES[name]] = value;
    else if (!(tag === 'foundation-card' && name === 'foundation')) leftOut.push(name);
  }
  const hosted = hostedAt(choice.base, tag, attributes);
  // The hydrating bundle sits beside the uploaded file (the all-in-one's, for an element's file).
  const hydrating = ELEMENT_FILE.test(hosted.script)
    ? hosted.script.replace(/[^/]*\.js$/i, 'ambitions-elements-hydrate.js')
    : hosted.script.replace(/(\.m?js)(\?.*)?$/i, '-hydrate$1$2');
  // Given the dist folder and its preload.json: the autoloader (it adds Lit's hydration support
  // itself when it finds pre-rendered elements), hinted with the element's and hydration's files.
  const files = choice.preload?.[tag] && [
    ...choice.preload[tag],
    ...(choice.preload.hydration ?? []),
  ];
  const script = !choice.hydrate
    ? ''
    : hosted.dist && files
      ? `${loaderFor(tag, hosted, { [tag]: files })}\n`
      : `<script type="module" src="${escapeAttribute(hydrating)}"></script>\n`;
  const style = colours.length
    ? `<style>\n  ${tag} {\n${colours.map(([token, colour]) => `    ${token}: ${colour};\n`).join('')}  }\n</style>\n`
    : '';
  const html =
    tag === 'grab-and-go-guide' ? withContact(prebuilt.trim(), contact) : prebuilt.trim();
  return { code: `${script}${style}${html}`, leftOut };
}

const prebuiltFiles = new Map();
/** The prebuilt file's text (cached), or an Error when this page's server does not have it. */
export function loadPrebuilt(file) {
  if (!prebuiltFiles.has(file)) {
    const url = new URL(`../dist/prerendered/${file}`, import.meta.url);
    prebuiltFiles.set(
      file,
      fetch(url).then(
        (response) =>
          response.ok ? response.text() : new Error(`${url.pathname}: ${response.status}`),
        (error) => error,
      ),
    );
  }
  return prebuiltFiles.get(file);
}

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `#rrggbb` with each channel moved toward black (`step` < 0) or white (`step` > 0). */
function shade(hex, step) {
  const target = step < 0 ? 0 : 255;
  return `#${[1, 3, 5]
    .map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16);
      return Math.round(c + (target - c) * Math.abs(step))
        .toString(16)
        .padStart(2, '0');
    })
    .join('')}`;
}

/**
 * The nearest shade of `hex` (darker or lighter, as `direction` says) with at least 4.5:1
 * against `other`: the colour the person picked, as little changed as will pass.
 */
export function passingShade(hex, other, direction) {
  for (let i = 1; i <= 100; i++) {
    const candidate = shade(hex, (direction * i) / 100);
    if (contrast(candidate, other) >= 4.5) return candidate;
  }
  return direction < 0 ? '#000000' : '#ffffff';
}

/** The default colours (the elements' own): a colour left at its default is not written. */
const DEFAULT_COLOURS = {
  brand: '#005eb8',
  accent: '#e8edee',
  text: '#212b32',
  surface: '#ffffff',
};

/**
 * Checks the chosen colours as the elements use them: white text on the brand colour, the text
 * colour on the card background and on the accent tint. Returns the colours to write and, per
 * refused field, `{ message, suggestion }`.
 */
export function checkColours(values) {
  const problems = {};
  const colours = [];
  const check = (field, who, other, where, direction) => {
    const value = values[field];
    if (!value) return true;
    const ratio = contrast(value, other);
    if (ratio >= 4.5) {
      if (value !== DEFAULT_COLOURS[field]) colours.push([`--ambitions-color-${field}`, value]);
      return true;
    }
    // Darker brand and text colours, lighter backgrounds and tints: the way that keeps them.
    const light = luminance(other) < 0.18;
    const suggestion = passingShade(value, other, light ? -direction : direction);
    problems[field] = {
      message: `${who} ${where} has a contrast of ${ratio.toFixed(2)}:1; it needs at least 4.5:1, so this colour is not used. A nearby shade that passes: ${suggestion} (${contrast(suggestion, other).toFixed(2)}:1).`,
      suggestion,
    };
    return false;
  };
  check('brand', 'White text', '#ffffff', `on ${values.brand}`, -1);
  const surface = values.surface ?? DEFAULT_COLOURS.surface;
  // A refused text colour is not used, so the backgrounds are checked against the default text.
  const text = check(
    'text',
    'This text colour',
    surface,
    `(${values.text}) on the card background`,
    -1,
  )
    ? (values.text ?? DEFAULT_COLOURS.text)
    : DEFAULT_COLOURS.text;
  check('surface', 'The text colour', text, `on this background (${values.surface})`, 1);
  check('accent', 'The text colour', text, `on this tint (${values.accent})`, 1);
  return { colours, problems };
}

const HELP = {
  script:
    'Paste this where the guide should appear, for example in a WordPress "Custom HTML" block. Your site must allow this one script.',
  iframe:
    'Paste this into your site\'s embed option (SharePoint: the "Embed" web part). The frame works with a fixed height; the resize line makes it fit its content on sites that allow one script.',
  prerendered:
    'Paste this where the guide should appear. The text shows without JavaScript, in the same HTML on every site, with your local contact added at its end. The script lines make it interactive without redrawing it: given the dist folder, the autoloader (with hints for the files it needs); given one uploaded file, ambitions-elements-hydrate.js, so upload that file beside ambitions-elements.js. Pasted HTML contains <style> elements, so a site whose Content-Security-Policy forbids inline styles will show it unstyled.',
  ssr: 'This page runs in your browser and cannot pre-render the HTML. Run this command on a computer with Node.js 20 or later, then paste what it prints. The text shows even without JavaScript; add <script type="module" src=".../dist/cdn/ambitions-elements-hydrate.js"></script> (the script tag of the first option with "-hydrate" added) as well to make it interactive without redrawing it. Pasted HTML contains <style> elements, so a site whose Content-Security-Policy forbids inline styles will show it unstyled.',
};

/** The colour fields: the hex typed (or picked) and the swatch, which shows the colour in use. */
const COLOUR_FIELDS = Object.keys(DEFAULT_COLOURS);

/** The addresses listed in a `sources` value, as the elements read them (spaces or commas). */
const sourceList = (value) => value.split(/[\s,]+/).filter(Boolean);

function setUp(form, preload) {
  const $ = (id) => document.getElementById(id);
  const options = $('options');
  const snippet = $('snippet');
  const preview = $('preview');
  const copied = $('copied');
  /** The sources the person asked to check (the preview reads only these), by element. */
  let checkedSources = '';

  function renderOptions() {
    const tag = form.element.value;
    options.replaceChildren();
    checkedSources = '';
    for (const [name, isBoolean] of attributesOf(tag)) {
      const [label, hint] = LABELS[name] ?? [name];
      const id = `attr-${name}`;
      const choices = CHOICES[name]?.(tag);
      const input = document.createElement(choices ? 'select' : 'input');
      input.id = id;
      input.dataset.attribute = name;
      const labelEl = document.createElement('label');
      labelEl.htmlFor = id;
      labelEl.textContent = label;
      const row = document.createElement('div');
      const start = STARTING_VALUES[tag]?.[name] ?? '';
      if (choices) {
        for (const [value, words] of choices) input.add(new Option(words, value));
        input.value = start || choices[0][0];
        row.append(labelEl, input);
      } else if (isBoolean) {
        input.type = 'checkbox';
        row.className = 'check';
        row.append(input, labelEl);
      } else {
        input.type = 'text';
        input.value = start;
        row.append(labelEl, input);
      }
      const described = [];
      if (hint) {
        const hintEl = document.createElement('p');
        hintEl.className = 'hint';
        hintEl.id = `${id}-hint`;
        hintEl.textContent = hint;
        described.push(hintEl.id);
        row.append(hintEl);
      }
      if (name === 'sources') row.append(...checkControls(input, described));
      if (described.length) input.setAttribute('aria-describedby', described.join(' '));
      options.append(row);
    }
  }

  /**
   * The "Check" button under `sources`: nothing is fetched while typing; the button says which
   * addresses it will ask, and only a press hands them to the preview.
   */
  function checkControls(input, described) {
    const what = document.createElement('p');
    what.id = 'check-sources-what';
    what.className = 'hint';
    what.setAttribute('aria-live', 'polite');
    described.push(what.id);
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'check-sources';
    button.textContent = 'Check these files';
    button.setAttribute('aria-describedby', what.id);
    const describe = () => {
      const urls = sourceList(input.value);
      const checked = checkedSources === input.value.trim() && urls.length > 0;
      button.disabled = urls.length === 0;
      what.textContent = !urls.length
        ? 'Nothing is fetched: no address yet.'
        : checked
          ? `Checked: the preview shows what ${urls.length === 1 ? 'this file gives' : 'these files give'}.`
          : `Check fetches ${urls.length === 1 ? 'this file' : `these ${urls.length} files`} once, from this browser, to show ${urls.length === 1 ? 'it' : 'them'} in the preview: ${urls.join(', ')}. Nothing is fetched before you press it.`;
    };
    input.addEventListener('input', describe);
    button.addEventListener('click', () => {
      checkedSources = input.value.trim();
      describe();
      update();
    });
    describe();
    return [button, what];
  }

  /** Shows (or clears) a field's note under it, linked to it for screen readers. */
  function note(input, text) {
    const id = `${input.id}-note`;
    let p = document.getElementById(id);
    if (!p && text) {
      p = document.createElement('p');
      p.id = id;
      p.className = 'problem';
      p.setAttribute('aria-live', 'polite');
      (input.closest('.colour') ? input.parentElement : input).after(p);
      input.setAttribute(
        'aria-describedby',
        [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '),
      );
    }
    if (p) p.textContent = text ?? '';
  }

  /**
   * The chosen colours checked: a typed value that is not a colour, or one under 4.5:1, is
   * refused and said why (with a passing shade to use); the swatch shows the colour in use.
   */
  function colourChoice() {
    const values = {};
    const typed = {};
    for (const field of COLOUR_FIELDS) {
      typed[field] = form[field].value.trim().toLowerCase();
      if (/^#[0-9a-f]{6}$/.test(typed[field])) values[field] = typed[field];
    }
    const { colours, problems } = checkColours(values);
    for (const field of COLOUR_FIELDS) {
      const p = $(`${field}-problem`);
      const notColour = !(field in values) && typed[field] !== '';
      const problem = notColour
        ? {
            message: `"${typed[field]}" is not a colour this page can use, so it is left out. Type it as # and six digits or letters a-f, for example #6b2c91, or pick one with the swatch.`,
          }
        : problems[field];
      form[field].setAttribute('aria-invalid', String(!!problem));
      form[field].setAttribute('aria-describedby', `${field}-hint ${field}-problem`);
      // The swatch is the colour the elements get: never a refused one.
      const used = colours.find(([token]) => token === `--ambitions-color-${field}`)?.[1];
      $(`${field}-swatch`).value = used ?? DEFAULT_COLOURS[field];
      if (!problem) {
        if (p.textContent) p.replaceChildren();
        continue;
      }
      if (p.dataset.shown === problem.message && p.textContent) continue;
      p.dataset.shown = problem.message;
      if (!problem.suggestion) {
        p.replaceChildren(problem.message);
        continue;
      }
      const use = document.createElement('button');
      use.type = 'button';
      use.className = 'use-shade';
      use.textContent = `Use ${problem.suggestion}`;
      use.addEventListener('click', () => {
        form[field].value = problem.suggestion;
        update();
        form[field].focus();
      });
      p.replaceChildren(problem.message, ' ', use);
    }
    return colours;
  }

  function choice() {
    const attributes = [];
    for (const input of options.querySelectorAll('[data-attribute]')) {
      const name = input.dataset.attribute;
      if (input.type === 'checkbox') {
        if (input.checked) attributes.push([name, '']);
      } else if (name === 'contact-url') {
        const website = checkWebsite(input.value);
        note(input, website.note);
        if (website.value) attributes.push([name, website.value]);
      } else if (input.value.trim() !== '') attributes.push([name, input.value.trim()]);
    }
    const colours = colourChoice();
    const file = checkFileAddress(form.base.value);
    note(form.base, file.note);
    return {
      tag: form.element.value,
      attributes,
      colours,
      base: file.value ?? (file.note ? 'YOUR-FILE-ADDRESS/grab-and-go-guide.js' : '.'),
      resize: form.resize.checked,
      hydrate: form.hydrate.checked,
      preload,
    };
  }

  /** The pre-rendered snippet once its prebuilt file is here (it loads once per file). */
  function showPrerendered(current) {
    const file = prerenderedFile(current);
    const shown = (text, note = '') => {
      snippet.value = text;
      $('prerendered-note').textContent = note;
    };
    if (!file) {
      shown('', 'Choose an item from 1 to 10 for its pre-rendered HTML.');
      return;
    }
    snippet.value = 'Loading the pre-rendered HTML…';
    loadPrebuilt(file).then((prebuilt) => {
      // Only if the person has not changed the choice meanwhile.
      if (form.kind.value !== 'prerendered' || prerenderedFile(choice()) !== file) return;
      if (prebuilt instanceof Error) {
        shown(
          '',
          `This page could not load the prebuilt HTML (${prebuilt.message}). Choose "Pre-rendered HTML made with Node.js" instead.`,
        );
        return;
      }
      const { code, leftOut } = prerenderedSnippet(choice(), prebuilt);
      shown(
        code,
        leftOut.length
          ? `Left out: ${leftOut.join(', ')}. The prebuilt HTML has the default settings; for these, choose "Pre-rendered HTML made with Node.js".`
          : '',
      );
    });
  }

  /**
   * The preview: the chosen element(s), kept from one keystroke to the next (only changed
   * attributes change), with `sources` only as last checked, so typing never fetches.
   */
  function showPreview(current) {
    const tags = tagsOf(current.tag);
    const shown = [...preview.children];
    if (shown.map((el) => el.localName).join() !== tags.join())
      preview.replaceChildren(...tags.map((tag) => document.createElement(tag)));
    for (const element of preview.children) {
      const wanted = new Map(
        current.attributes.filter(
          ([name]) => name !== 'sources' && hasAttribute(element.localName, name),
        ),
      );
      if (checkedSources && hasAttribute(element.localName, 'sources'))
        wanted.set('sources', checkedSources);
      for (const { name } of [...element.attributes])
        if (!wanted.has(name) && name !== 'style') element.removeAttribute(name);
      for (const [name, value] of wanted)
        if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
      element.removeAttribute('style');
      for (const [token, colour] of current.colours) element.style.setProperty(token, colour);
    }
  }

  function update() {
    const current = choice();
    const kind = form.kind.value;
    const combined = current.tag === MAP_AND_EXPLORER;
    $('prerendered-note').textContent =
      combined && kind !== 'script'
        ? 'The map and case studies together come as the script tag and elements only: choose "Script tag and element", or one element for the other ways.'
        : '';
    if (kind === 'prerendered' && !combined) showPrerendered(current);
    else snippet.value = snippetFor(kind, current);
    $('snippet-help').textContent = HELP[kind];
    $('resize-option').hidden = kind !== 'iframe';
    $('hydrate-option').hidden = kind !== 'prerendered';
    const hosted = hostedAt(current.base, current.tag, current.attributes);
    $('base-resolved').textContent =
      kind === 'ssr' || (kind === 'prerendered' && !current.hydrate)
        ? 'The pre-rendered HTML loads no file; add the script tag for it to become interactive.'
        : kind === 'prerendered'
          ? `The script line loads ${prerenderedSnippet(current, '').code.match(/<script[^>]* src="([^"]+)"/)?.[1]}.`
          : kind === 'iframe'
            ? hosted.dist
              ? `The frame loads ${hosted.dist}/embed/index.html: copy the whole dist folder to that address.`
              : "The iframe needs the whole dist folder on your site, not the one file: give the folder's address."
            : hosted.dist && preload?.[current.tag]
              ? `The code loads ${hosted.dist}/cdn/ambitions-elements-autoloader.js, which loads only this element's files from that folder: copy the whole dist folder to ${hosted.dist}.`
              : `The code loads ${hosted.script}: upload the file ${hosted.script.split('/').pop()} from the package's dist/cdn folder there.`;
    $('site-file').value = siteFileFor(current);
    $('site-file-section').hidden = kind !== 'iframe' || $('site-file').value === '';
    copied.textContent = '';
    showPreview(current);
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
  // Picking with a swatch writes the hex in the field (which is checked like a typed one).
  for (const field of COLOUR_FIELDS)
    $(`${field}-swatch`).addEventListener('input', (event) => {
      event.stopPropagation();
      form[field].value = event.target.value;
      update();
    });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.element.addEventListener('change', () => {
    renderOptions();
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('change', (event) => {
    if (event.target !== form.element && !event.target.id?.endsWith('-swatch')) update();
  });
  renderOptions();
  update();
}

const form = document.getElementById('builder-form');
if (form) {
  // The script runs: the page is served, not opened as a file (that note is for file://).
  document.getElementById('needs-server')?.setAttribute('hidden', '');
  Promise.all(
    tagsOf(MAP_AND_EXPLORER)
      .concat(['grab-and-go-guide', 'foundation-card', 'self-check-quiz'])
      .map((tag) => customElements.whenDefined(tag)),
  ).then(async () => {
    // The files each element needs up front, from the build; without it, the one-file snippet.
    const preload = await fetch(new URL('../dist/cdn/preload.json', import.meta.url))
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => undefined);
    setUp(form, preload);
  });
}
