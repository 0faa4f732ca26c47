// "Publish your examples": builds an organisation's examples file from the form, checks it as
// every explorer will (validateLocalExamples, the package's own validator), previews it in a
// real <case-study-explorer> and offers it as a download. Nothing leaves the page; nothing is
// stored. The example fieldsets are built once each and never rebuilt, so nothing typed is lost.
import {
  ambitions,
  foundations,
  LOCAL_EXAMPLES_FORMAT,
  LOCAL_EXAMPLES_VERSION,
  validateLocalExamples,
} from '../dist/content/index.js';

const form = document.getElementById('publish-form');
const list = document.getElementById('examples');
const status = document.getElementById('check-status');
const problems = document.getElementById('problems');
const download = document.getElementById('download');
const preview = document.getElementById('preview');
const $ = (id) => document.getElementById(id);
$('date').value = new Date().toISOString().slice(0, 10);

let next = 1;

/** A labelled control inside `parent`; returns the control. */
function field(parent, id, label, tag = 'input', type = 'text') {
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const control = document.createElement(tag);
  control.id = id;
  if (tag === 'input') control.type = type;
  parent.append(l, control);
  return control;
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
  field(set, `title-${n}`, 'Title');
  field(set, `summary-${n}`, 'What you did (a few sentences)', 'textarea');
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
  field(set, `link-${n}`, 'Link to read more (optional)', 'input', 'url');
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
  return {
    format: LOCAL_EXAMPLES_FORMAT,
    version: LOCAL_EXAMPLES_VERSION,
    organisation: { name: value('org-name'), url: value('org-url') },
    region: value('region'),
    date: value('date'),
    contact: optional([
      ['name', value('contact-name')],
      ['email', value('contact-email')],
      ['phone', value('contact-phone')],
      ['url', value('contact-url')],
    ]),
    examples: [...list.children].map((set) => {
      const id = set.querySelector('input').id.split('-')[1];
      const checked = (name) =>
        [...set.querySelectorAll(`input[name="${name}-${id}"]:checked`)].map((i) => i.value);
      return {
        title: value(`title-${id}`),
        summary: value(`summary-${id}`),
        items: checked('items').map(Number),
        ambitions: checked('ambitions'),
        ...optional([['link', value(`link-${id}`)]]),
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
addExample();
update();
