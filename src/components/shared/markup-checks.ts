// What a web editor may get wrong in the markup, said once in the console (issue 32): an attribute
// that is not one of ours (with the nearest one), a colour token that is not a colour (the default
// is used instead), and the same element pasted twice with the same settings. Loaded with import()
// by AmbitionsElement only when its quick test finds something that may be wrong, so a page whose
// markup is right never downloads the messages (issue 31: they cost every element about 0.8 KB gz).
// Also: the snippet's quotes turned curly by a rich-text editor, and a brand colour too light for
// the white text on it (both said once, naming the cause; neither changes what the host chose).

import { CURLY_QUOTE } from './curly-quotes.js';
import { contrastWithWhite } from './contrast.js';

/**
 * Attributes any element may carry (HTML's global ones, ARIA, data-*, event handlers, and
 * Lit's `defer-hydration`): never reported as unknown.
 */
const GLOBAL_ATTRIBUTE =
  /^(id|class|style|slot|part|exportparts|lang|dir|hidden|title|tabindex|role|inert|is|nonce|translate|draggable|spellcheck|contenteditable|accesskey|autofocus|enterkeyhint|inputmode|popover|itemscope|itemprop|itemtype|itemid|itemref|defer-hydration|aria-.*|data-.*|on.*|xml.*)$/;

/** How many single-letter edits turn `a` into `b` (Levenshtein distance). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length]!;
}

/**
 * The known attribute a typed one most likely meant (`contact-nmae`, `contact_phone`,
 * `contactName` -> `contact-name`), or undefined when none is close.
 */
export function nearestAttribute(typed: string, known: readonly string[]): string | undefined {
  const plain = typed.toLowerCase().replace(/[_\s]/g, '-');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = Math.min(
      editDistance(plain, name),
      editDistance(plain.replace(/-/g, ''), name.replace(/-/g, '')),
    );
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))
    ? best
    : undefined;
}

/** The default each colour token falls back to (src/styles/tokens.ts), by token. */
const COLOUR_DEFAULTS: Readonly<Record<string, string>> = {
  '--ambitions-color-brand': '#005eb8',
  '--ambitions-color-accent': '#e8edee',
  '--ambitions-color-text': '#212b32',
  '--ambitions-color-surface': '#ffffff',
  '--ambitions-color-border': '#d8dde0',
  '--ambitions-color-link': '#005eb8',
  '--ambitions-focus-color': '#ffeb3b',
};

/** An element's tag and settings (its attributes but id, class and style), as one string. */
const settingsOf = (element: Element): string =>
  `${element.localName} ${[...element.attributes]
    .filter(({ name }) => !/^(id|class|style)$/.test(name))
    .map(({ name, value }) => `${name}=${value}`)
    .sort()
    .join(' ')}`;

/** Settings pasted twice (tag and attributes) that have been reported: once per page. */
const reportedCopies = new Set<string>();

/**
 * Says what is wrong in `element`'s markup through `warn` (the element's warn-once), and sets a
 * colour token that is not a colour back to its default. `known`: the element's attributes;
 * `isOurs`: whether another element on the page is one of ours (a copy of the same settings).
 */
export function checkHostMarkup(
  element: HTMLElement,
  known: readonly string[],
  warn: (field: string, message: string) => void,
  isOurs: (other: Element) => boolean,
): void {
  // Curly quotes: in a value of ours that now starts with one ("“St"), or in the name of a
  // fragment of it the browser made an attribute of its own (`brigid’s`, `hospice”`).
  const curly = [...element.attributes]
    .filter(({ name, value }) => CURLY_QUOTE.test(known.includes(name) ? value[0]! : name))
    .map(({ name }) => name);
  const ours = curly.filter((name) => known.includes(name));
  if (curly.length)
    warn(
      (ours.length ? ours : curly).join(', '),
      `the snippet's quotes were changed to curly quotes (\u201c \u201d) by the editor it was pasted through; paste it as plain text or in the HTML view.`,
    );
  for (const { name } of [...element.attributes]) {
    // With curly quotes, the other unknown names are the rest of a split value: not reported.
    if (known.includes(name) || GLOBAL_ATTRIBUTE.test(name) || curly.length) continue;
    const near = nearestAttribute(name, known);
    warn(
      name,
      `not an attribute of this element, so it is ignored. ${near ? `Did you mean "${near}"?` : `Its attributes: ${known.join(', ')}.`}`,
    );
  }
  const style = getComputedStyle(element);
  for (const [token, fallback] of Object.entries(COLOUR_DEFAULTS)) {
    const value = style.getPropertyValue(token).trim();
    if (!value || CSS.supports('color', value)) continue;
    warn(token, `"${value}" is not a colour, so the default ${fallback} is used.`);
    element.style.setProperty(token, fallback);
  }
  // The item numbers and buttons are white text on the brand colour; the host decides the colour.
  const brand = style.getPropertyValue('--ambitions-color-brand').trim();
  const ratio = brand && CSS.supports('color', brand) ? contrastWithWhite(brand) : NaN;
  if (ratio < 4.5)
    warn(
      '--ambitions-color-brand',
      `"${brand}" has a contrast of ${ratio.toFixed(2)}:1 with white: text on it will be hard to read.`,
    );
  const key = settingsOf(element);
  const copies = [...document.querySelectorAll(element.localName)].filter(
    (other) => other !== element && isOurs(other) && settingsOf(other) === key,
  );
  if (copies.length && !reportedCopies.has(key)) {
    reportedCopies.add(key);
    console.warn(
      `<${element.localName}> is on this page ${copies.length + 1} times with the same settings: was the code pasted twice? Remove the copies you do not want.`,
    );
  }
}
