// "Publish your examples": builds an organisation's examples file from the form, checks it as
// every explorer will (validateLocalExamples, the package's own validator), previews it in a
// real <case-study-explorer> and offers it as a download. Nothing leaves the page; nothing is
// stored. The example fieldsets are built once each and never rebuilt, so nothing typed is lost.
import {
  ambitions,
  canonicalRegion,
  foundations,
  getFoundation,
  LOCAL_EXAMPLES_FORMAT,
  LOCAL_EXAMPLES_VERSION,
  NHS_ENGLAND_REGIONS,
  validateLocalExamples,
} from '../dist/content/index.js';
import { checkWebsite } from './web-address.js';

const form = document.getElementById('publish-form');
const list = document.getElementById('examples');
const status = document.getElementById('check-status');
const problems = document.getElementById('problems');
const download = document.getElementById('download');
const preview = document.getElementById('preview');
const $ = (id) => document.getElementById(id);
// The script runs: the page is served, not opened as a file (that note is for file://).
$('needs-server').hidden = true;
$('date').value = new Date().toISOString().slice(0, 10);
$('regions').append(...NHS_ENGLAND_REGIONS.map((region) => new Option(region)));

/** Words under the text fields: what a reader of the explorer will see is exactly what is typed. */
const PLAIN_TEXT =
  'Plain text: shown exactly as typed. HTML tags such as <b> are not formatting here; they would show as typed.';

let next = 1;

/** A labelled control inside `parent` (with a hint under it, when given); returns the control. */
function field(parent, id, label, tag = 'input', type = 'text', hint = '') {
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const control = document.createElement(tag);
  control.id = id;
  if (tag === 'input') control.type = type;
  parent.append(l, control);
  if (hint) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.id = `${id}-hint`;
    p.textContent = hint;
    control.setAttribute('aria-describedby', p.id);
    parent.append(p);
  }
  return control;
}

/** Shows (or clears) a note under a field, linked to it for screen readers. */
function note(control, text) {
  const id = `${control.id}-note`;
  let p = document.getElementById(id);
  if (!p && text) {
    p = document.createElement('p');
    p.id = id;
    p.className = 'problem';
    p.setAttribute('aria-live', 'polite');
    (document.getElementById(`${control.id}-hint`) ?? control).after(p);
    control.setAttribute(
      'aria-describedby',
      [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '),
    );
  }
  if (p) p.textContent = text ?? '';
}

/** A web address field as the file gets it: https:// added with a note, like the builder. */
function website(id) {
  const checked = checkWebsite($(id).value, 'the file');
  note($(id), checked.note);
  return checked.value ?? $(id).value.trim();
}

/** A plain-text field: a note when what was typed looks like HTML (it will show as typed). */
function plainText(id) {
  const value = $(id).value.trim();
  const tag = /<\/?[a-z][^>]*>/i.exec(value)?.[0];
  note(
    $(id),
    tag
      ? `This looks like HTML (${tag}): explorers show it exactly as typed, angle brackets included.`
      : '',
  );
  return value;
}

/** A group of checkboxes (items or Ambitions) under a legend. */
function checkboxes(parent, name, legend, options) {
  const set = document.createElement('fieldset');
  const l = document.createElement('legend');
  l.textContent = legend;
  const box = document.createElement('div');
  box.className = 'choices';
  for (const [value, text] of options) {
    const row = document.createElement('div');
    row.className = 'check';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `${name}-${value}`;
    input.value = value;
    input.name = name;
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = text;
    row.append(input, label);
    box.append(row);
  }
  set.append(l, box);
  parent.append(set);
  return set;
}

/** Adds one example's fieldset (and focuses its title when the person asked for it). */
function addExample(focus = false) {
  const n = next++;
  const set = document.createElement('fieldset');
  set.className = 'example';
  const legend = document.createElement('legend');
  set.append(legend);
  field(set, `title-${n}`, 'Title', 'input', 'text', PLAIN_TEXT);
  field(set, `summary-${n}`, 'What you did (a few sentences)', 'textarea', 'text', PLAIN_TEXT);
  checkboxes(
    set,
    `items-${n}`,
    'Items of the guide it relates to',
    foundations.map((f) => [String(f.number), `${f.number}. ${f.title}`]),
  );
  checkboxes(
    set,
    `ambitions-${n}`,
    'Ambitions',
    ambitions.map((a) => [a.id, `${a.number}. ${a.title}`]),
  );
  field(set, `link-${n}`, 'Link to read more (optional)', 'input', 'text');
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = 'Remove this example';
  remove.addEventListener('click', () => {
    const after = set.nextElementSibling ?? set.previousElementSibling;
    set.remove();
    renumber();
    // Focus never falls to <body>: the next example's title, or the Add button.
    (after?.querySelector('input') ?? $('add-example')).focus();
    update();
  });
  set.append(remove);
  list.append(set);
  renumber();
  if (focus) set.querySelector('input').focus();
  return set;
}

/** Legends say "Example 1", "Example 2"... in order, after adding or removing. */
function renumber() {
  [...list.children].forEach((set, i) => {
    set.querySelector('legend').textContent = `Example ${i + 1}`;
    set.dataset.index = String(i);
  });
}

/** The file the form describes: only fields with something in them. */
function build() {
  const value = (id) => $(id).value.trim();
  const optional = (entries) => Object.fromEntries(entries.filter(([, v]) => v !== ''));
  const region = canonicalRegion(value('region'));
  note(
    $('region'),
    region && region !== value('region') ? `Written in the file as “${region}”.` : '',
  );
  return {
    format: LOCAL_EXAMPLES_FORMAT,
    version: LOCAL_EXAMPLES_VERSION,
    organisation: { name: plainText('org-name'), url: website('org-url') },
    region,
    date: value('date'),
    contact: optional([
      ['name', plainText('contact-name')],
      ['email', value('contact-email')],
      ['phone', value('contact-phone')],
      ['url', website('contact-url')],
    ]),
    examples: [...list.children].map((set) => {
      const id = set.querySelector('input').id.split('-')[1];
      const checked = (name) =>
        [...set.querySelectorAll(`input[name="${name}-${id}"]:checked`)].map((i) => i.value);
      return {
        title: plainText(`title-${id}`),
        summary: plainText(`summary-${id}`),
        items: checked('items').map(Number),
        ambitions: checked('ambitions'),
        ...optional([['link', website(`link-${id}`)]]),
      };
    }),
  };
}

/** The form control a validator path points at, for aria-invalid and a readable label. */
function controlFor(path) {
  const simple = {
    'organisation.name': 'org-name',
    'organisation.url': 'org-url',
    region: 'region',
    date: 'date',
    'contact.name': 'contact-name',
    'contact.email': 'contact-email',
    'contact.phone': 'contact-phone',
    'contact.url': 'contact-url',
    contact: 'contact-email',
  };
  if (simple[path]) return $(simple[path]);
  const m = /^examples\[(\d+)\]\.?(\w*)/.exec(path);
  const set = m && list.children[Number(m[1])];
  if (!set) return undefined;
  const id = set.querySelector('input').id.split('-')[1];
  const byField = { title: `title-${id}`, summary: `summary-${id}`, link: `link-${id}` };
  return byField[m[2]]
    ? $(byField[m[2]])
    : (set.querySelector(`input[name="${m[2]}-${id}"]`) ?? undefined);
}

/** The label a person sees for a path: "Example 2, Title" rather than examples[1].title. */
function labelFor(path, control) {
  const m = /^examples\[(\d+)\]/.exec(path);
  const label =
    control?.type === 'checkbox'
      ? control.closest('fieldset').querySelector('legend').textContent
      : (control?.labels?.[0]?.textContent ?? path);
  return m ? `Example ${Number(m[1]) + 1}, ${label}` : label;
}

let file;
function update() {
  file = build();
  const result = validateLocalExamples(file);
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  problems.replaceChildren(
    ...(result.ok ? [] : result.errors).map((error) => {
      const path = error.slice(0, error.indexOf(':'));
      const control = controlFor(path);
      control?.setAttribute('aria-invalid', 'true');
      const li = document.createElement('li');
      li.textContent = `${labelFor(path, control)}: ${error.slice(path.length + 2)}`;
      return li;
    }),
  );
  const n = result.ok ? 0 : result.errors.length;
  status.textContent = result.ok
    ? `The file is ready: ${file.examples.length} example${file.examples.length > 1 ? 's' : ''}.`
    : `${n} thing${n > 1 ? 's' : ''} to fill in or fix before the file can be downloaded:`;
  download.disabled = !result.ok;
  preview.exampleFiles = result.ok ? [result.value] : [];
  preview.source = result.ok ? 'file 1 given by this page' : '';
}

download.addEventListener('click', () => {
  const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'ambitions-examples.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
$('add-example').addEventListener('click', () => {
  addExample(true);
  update();
});
form.addEventListener('input', update);
form.addEventListener('change', update);

/** A validator's problems as list items, e.g. "examples[1].title: must not be empty". */
const problemItems = (errors) =>
  errors.map((error) => {
    const li = document.createElement('li');
    li.textContent = error;
    return li;
  });

/**
 * Puts a file's contents into the form, whatever its state (a hand-written file may have gaps):
 * what fits a field goes in; the check above the form says what is wrong with the file itself.
 */
function fill(json) {
  const text = (v) => (typeof v === 'string' ? v : '');
  const set = (id, v) => ($(id).value = text(v));
  set('org-name', json?.organisation?.name);
  set('org-url', json?.organisation?.url);
  set('region', json?.region);
  if (text(json?.date)) set('date', json.date);
  for (const f of ['name', 'email', 'phone', 'url']) set(`contact-${f}`, json?.contact?.[f]);
  list.replaceChildren();
  const examples = Array.isArray(json?.examples) && json.examples.length ? json.examples : [{}];
  for (const example of examples) {
    const box = addExample();
    const n = box.querySelector('input').id.split('-')[1];
    set(`title-${n}`, example?.title);
    set(`summary-${n}`, example?.summary);
    set(`link-${n}`, example?.link);
    for (const item of Array.isArray(example?.items) ? example.items : []) {
      const f = getFoundation(item);
      if (f) $(`items-${n}-${f.number}`).checked = true;
    }
    for (const a of Array.isArray(example?.ambitions) ? example.ambitions : [])
      if ($(`ambitions-${n}-${a}`)) $(`ambitions-${n}-${a}`).checked = true;
  }
  update();
}

$('open-file').addEventListener('change', async (event) => {
  const chosen = event.target.files?.[0];
  if (!chosen) return;
  const fileCheck = $('file-check');
  let json;
  try {
    json = JSON.parse(await chosen.text());
  } catch {
    fileCheck.textContent = `${chosen.name} is not an examples file: it is not JSON (an examples file starts with { and has "format": "${LOCAL_EXAMPLES_FORMAT}"). Nothing was changed in the form.`;
    $('file-problems').replaceChildren();
    return;
  }
  const result = validateLocalExamples(json);
  fileCheck.textContent = result.ok
    ? `${chosen.name} follows the format: every explorer will show its ${result.value.examples.length} example${result.value.examples.length === 1 ? '' : 's'}. It is in the form below to edit.`
    : `${chosen.name} has ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} (an explorer shows only the examples without problems, or none when the problem is in the file itself). It is in the form below, where each is named by its field:`;
  $('file-problems').replaceChildren(...problemItems(result.ok ? [] : result.errors));
  fill(json);
});

/**
 * Checks the published address as an explorer on another site reads it: no credentials, no
 * referrer, no redirect followed. A refused read is told apart from an unreachable address by a
 * second, opaque request (it succeeds when the site answered without the CORS header).
 */
$('check-published').addEventListener('click', async () => {
  const result = $('published-result');
  const url = checkWebsite($('published-url').value, 'the check').value;
  $('published-problems').replaceChildren();
  if (!url) {
    result.textContent =
      'Type the full address of your file, for example https://www.example.org.uk/ambitions-examples.json.';
    return;
  }
  result.textContent = `Checking ${url}…`;
  const init = { credentials: 'omit', redirect: 'manual', referrerPolicy: 'no-referrer' };
  let response;
  try {
    response = await fetch(url, { ...init, mode: 'cors', cache: 'no-store' });
  } catch {
    // (An opaque request must follow redirects: the platform refuses any other mode.)
    const answered = await fetch(url, {
      ...init,
      mode: 'no-cors',
      redirect: 'follow',
      cache: 'no-store',
    }).then(
      () => true,
      () => false,
    );
    result.textContent = answered
      ? `Not readable by other sites: ${url} answered, but without the header Access-Control-Allow-Origin, so browsers do not let other websites read it. Add the header as shown above. (Without it this page cannot see whether the file itself is there.)`
      : `Not reachable: nothing answered at ${url}. Check the address for typing mistakes, and that the site is up.`;
    return;
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    result.textContent = `${url} redirects to another address: explorers do not follow redirects, so give them the file's own address.`;
    return;
  }
  if (!response.ok) {
    result.textContent =
      response.status === 404
        ? `The site answered 404 (not found): there is no file at ${url}. Check the address, and that the file was uploaded there.`
        : `The site answered with an error (HTTP ${response.status}) for ${url}.`;
    return;
  }
  let json;
  try {
    json = JSON.parse(await response.text());
  } catch {
    result.textContent = `Readable by other sites, but ${url} is not an examples file (not JSON: perhaps a web page).`;
    return;
  }
  const checked = validateLocalExamples(json);
  result.textContent = checked.ok
    ? `Readable by other sites, and the file follows the format: ${checked.value.examples.length} example${checked.value.examples.length === 1 ? '' : 's'} from ${checked.value.organisation.name}. Send this address to whoever runs the explorer.`
    : `Readable by other sites, but the file has ${checked.errors.length} problem${checked.errors.length === 1 ? '' : 's'}:`;
  $('published-problems').replaceChildren(...problemItems(checked.ok ? [] : checked.errors));
});

addExample();
update();
