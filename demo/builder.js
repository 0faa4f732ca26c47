// The snippet builder (demo/builder.html): the options of each element come from the element's
// own attribute declarations (Lit's `elementProperties`), so a new attribute shows up here without
// touching this file. No inline script or style: the page works under a strict CSP.
import { CONTACT_ATTRIBUTES, withContact } from '../dist/ssr/contact-markup.js';

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
  'max-steps',
  'minutes-per-item',
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

/** The fallback link written inside a tag: shown until the element upgrades, hidden after. */
export function fallbackFor(tag) {
  return `<a href="${GUIDE_PAGE}">${FALLBACK_TEXT[tag] ?? FALLBACK_TEXT['grab-and-go-guide']}</a>`;
}

/**
 * Where the code loads from, given what the person typed: the address of the one file
 * (`.../ambitions-elements.js`, as a media library gives it) or of the package's `dist` folder.
 * `script` is the file's address; `dist` the folder (undefined when only the file is known:
 * the iframe needs the folder's embed page).
 */
export function hostedAt(base) {
  const value = base.trim() || '.';
  if (/\.m?js(\?.*)?$/i.test(value)) {
    const dist = value.match(/^(.*)\/cdn\/ambitions-elements\.js$/i)?.[1];
    return { script: value, dist };
  }
  const dist = value.replace(/\/+$/, '');
  return { script: `${dist}/cdn/ambitions-elements.js`, dist };
}

/** The snippet of one kind for a choice `{ tag, attributes: [[name, value]], colours: [[token, colour]], base, resize }`. */
export function snippetFor(kind, choice) {
  const { tag, attributes, colours, base } = choice;
  const hosted = hostedAt(base);
  const dist = hosted.dist ?? 'YOUR-DIST-FOLDER';
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
  return `${loaderFor(tag, hosted, choice.preload)}\n${style}<${tag}${attrs}>\n  ${fallbackFor(tag)}\n</${tag}>`;
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
  const hints = preload[tag].map(
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
  const hosted = hostedAt(choice.base);
  const hydrating = hosted.script.replace(/(\.m?js)(\?.*)?$/i, '-hydrate$1$2');
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

/**
 * A web address as the person typed it, made usable: `www.example.org` gets `https://`, anything
 * that is not an http(s) address is left out with a reason. Returns `{ value?, note? }`.
 */
export function checkWebsite(typed) {
  const value = typed.trim();
  if (!value || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value)) return { value: value || undefined };
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i.test(value)) {
    const fixed = `https://${value}`;
    return {
      value: fixed,
      note: `Written in the code as ${fixed}: a web address starts with https://.`,
    };
  }
  return {
    note: 'This is not a web address, so it is left out of the code. Type it as your browser shows it, for example https://www.example.org.uk/contact.',
  };
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

function setUp(form, preload) {
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

  /** Shows (or clears) a field's note under it, linked to it for screen readers. */
  function note(input, text) {
    const id = `${input.id}-note`;
    let p = document.getElementById(id);
    if (!p && text) {
      p = document.createElement('p');
      p.id = id;
      p.className = 'problem';
      p.setAttribute('aria-live', 'polite');
      input.after(p);
      input.setAttribute(
        'aria-describedby',
        [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '),
      );
    }
    if (p) p.textContent = text ?? '';
  }

  /** The chosen colours checked for contrast; refused ones say why and offer a passing shade. */
  function colourChoice() {
    const values = {};
    for (const field of Object.keys(DEFAULT_COLOURS))
      values[field] = form[field].value.toLowerCase();
    const { colours, problems } = checkColours(values);
    for (const field of Object.keys(DEFAULT_COLOURS)) {
      const p = $(`${field}-problem`);
      const problem = problems[field];
      form[field].setAttribute('aria-invalid', String(!!problem));
      form[field].setAttribute('aria-describedby', `${field}-problem`);
      if (!problem) {
        if (p.textContent) p.replaceChildren();
        continue;
      }
      if (p.dataset.shown === problem.message && p.textContent) continue;
      p.dataset.shown = problem.message;
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
    for (const input of options.querySelectorAll('input[data-attribute]')) {
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
    return {
      tag: form.element.value,
      attributes,
      colours,
      base: form.base.value.trim() || '.',
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

  function update() {
    const current = choice();
    const kind = form.kind.value;
    $('prerendered-note').textContent = '';
    if (kind === 'prerendered') showPrerendered(current);
    else snippet.value = snippetFor(kind, current);
    $('snippet-help').textContent = HELP[kind];
    $('resize-option').hidden = kind !== 'iframe';
    $('hydrate-option').hidden = kind !== 'prerendered';
    const hosted = hostedAt(current.base);
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
              : `The code loads ${hosted.script}.`;
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
  ).then(async () => {
    // The files each element needs up front, from the build; without it, the one-file snippet.
    const preload = await fetch(new URL('../dist/cdn/preload.json', import.meta.url))
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => undefined);
    setUp(form, preload);
  });
}
