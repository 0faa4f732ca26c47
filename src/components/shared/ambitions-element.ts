import { LitElement, type PropertyDeclaration, type PropertyDeclarations } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { ContentOverride } from '../../content/types.js';
import { applyContentOverride, type LocalContent } from '../../engine/local-content.js';
import { followHostFont } from './host-font.js';
import { toHeadingLevel, type HeadingLevel } from './heading.js';

/** The local-content checks once loaded (see loadLocalContent). */
let checks: typeof import('./on-demand.js') | undefined;
let loading: Promise<unknown> | undefined;

/**
 * Loads the local-content checks (the override validator, the content-src loader) the first time
 * a host sets local content, so a page without any never downloads them. Never rejects: if they
 * cannot load, one warning says so and every element shows the guide's text.
 */
const loadLocalContent = (): Promise<unknown> =>
  (loading ??= import('./on-demand.js').then(
    (module) => (checks = module),
    () => console.warn('ambitions-elements: local content could not be checked, so it is ignored.'),
  ));

/**
 * Whether our copy of Lit hydrates. Lit reads `litElementHydrateSupport` once, when its module
 * runs (just before this one), so read it then too: a copy of the support that another script on
 * the page adds later does not make our Lit hydrate.
 */
const hydrates = !!(globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport;

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

/** The colour tokens a host sets, with the default each element falls back to. */
const COLOUR_TOKENS: Readonly<Record<string, string>> = {
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

/** A pristine instance of each element class (never connected): where defaults are read. */
const pristine = new WeakMap<object, Record<string, unknown>>();

/**
 * The base of every element: Lit plus what all of them share: telling the web editor about bad
 * input once, in the console, naming the attribute or field; local content (`content`,
 * `content-src`); interface strings that a translation or the override can replace; and going
 * back to the default when an attribute is removed (Lit would set a text property to null, which
 * no render expects).
 */
export class AmbitionsElement extends LitElement {
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    contentSrc: { attribute: 'content-src' },
    allowedContentOrigins: { attribute: 'allowed-content-origins' },
  };

  static {
    // Internal state, declared here so the API docs do not list it as an attribute.
    this.createProperty('fetched', { state: true });
  }

  private readonly warned = new Set<string>();

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (value === null) {
      const ctor = this.constructor as typeof AmbitionsElement;
      for (const [key, options] of ctor.elementProperties as Map<string, PropertyDeclaration>) {
        const attribute =
          typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
        if (attribute !== name || options.type === Boolean || options.attribute === false) continue;
        if (!pristine.has(ctor))
          pristine.set(ctor, new ctor() as unknown as Record<string, unknown>);
        (this as unknown as Record<string, unknown>)[key] = pristine.get(ctor)![key];
        return;
      }
    }
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * Local content (an object, see docs/local-content.md): local examples and
   * case studies, replaced item text, the local contact, interface strings. Validated; a bad one
   * is ignored with one console warning. Wins over `content-src`.
   */
  content?: unknown;

  /**
   * URL of a JSON file with local content, on this page's own site (or an origin listed in
   * `allowed-content-origins`). Used when the `content` property is not set.
   */
  contentSrc = '';

  /** Other origins `content-src` may load from, space separated, e.g. `https://cdn.example.org`. */
  allowedContentOrigins = '';

  private fetched?: unknown;
  private requested = '';
  private resolved?: [unknown, LocalContent];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    followHostFont(this);
    // Fetches content-src when it (or allowed-content-origins) changes. `checks` is in by then:
    // scheduleUpdate waited for it once content-src was set.
    this.addController({
      hostUpdate: () => {
        const src = (this.contentSrc ?? '').trim();
        const allowed = this.allowedContentOrigins ?? '';
        const key = `${src} ${allowed}`;
        if (!checks || key === this.requested || typeof location === 'undefined') return;
        this.requested = key;
        this.fetched = undefined;
        if (!src) return;
        const checked = checks.checkContentSrc(src, allowed, document.baseURI);
        if ('error' in checked) return this.warnOnce('content-src', checked.error);
        void checks.loadContentSrc(checked.url).then((result) => {
          if (this.requested !== key) return; // the attribute changed meanwhile
          if ('error' in result)
            this.warnOnce('content-src', `${result.error} The guide's text is shown.`);
          else this.fetched = result.value;
        });
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof document !== 'undefined') this.checkHostMarkup();
  }

  /**
   * What a web editor may get wrong in the markup, said once in the console: an attribute that
   * is not one of ours (with the nearest one), a colour token that is not a colour (the default is
   * used instead), and the same element pasted twice with the same settings.
   */
  private checkHostMarkup(): void {
    const known = [...((this.constructor as typeof LitElement).observedAttributes ?? [])];
    for (const { name } of [...this.attributes]) {
      if (known.includes(name) || GLOBAL_ATTRIBUTE.test(name)) continue;
      const near = nearestAttribute(name, known);
      this.warnOnce(
        name,
        `not an attribute of this element, so it is ignored. ${near ? `Did you mean "${near}"?` : `Its attributes: ${known.join(', ')}.`}`,
      );
    }
    const style = getComputedStyle(this);
    for (const [token, fallback] of Object.entries(COLOUR_TOKENS)) {
      const value = style.getPropertyValue(token).trim();
      if (!value || CSS.supports('color', value)) continue;
      this.warnOnce(token, `"${value}" is not a colour, so the default ${fallback} is used.`);
      this.style.setProperty(token, fallback);
    }
    const key = settingsOf(this);
    const copies = [...document.querySelectorAll(this.localName)].filter(
      (other) => other !== this && other instanceof AmbitionsElement && settingsOf(other) === key,
    );
    if (copies.length && !reportedCopies.has(key)) {
      reportedCopies.add(key);
      console.warn(
        `<${this.localName}> is on this page ${copies.length + 1} times with the same settings: was the code pasted twice? Remove the copies you do not want.`,
      );
    }
  }

  /**
   * Pre-rendered HTML (declarative shadow DOM) on a page that loaded a bundle without Lit's
   * hydration support: Lit would render a second copy after the first, so start from an empty
   * root. With hydration support (ambitions-elements-hydrate.js) the pre-rendered nodes are kept.
   */
  protected override createRenderRoot() {
    if (!hydrates) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /**
   * Warns once per field for this element instance, e.g.
   * `<foundation-card> foundation: "99" is not an item; use 1-10 or a slug such as "leadership".`
   */
  protected warnOnce(field: string, message: string): void {
    const key = `${field}\u0000${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}> ${field}: ${message}`);
  }

  /**
   * The level of this element's heading, read from its `heading-level` value: 2-6, or `fallback`
   * with one warning naming the attribute. Every element reads its level here, so all seven
   * accept, refuse and warn alike.
   */
  protected headingLevelOf(value: number | string, fallback: HeadingLevel): HeadingLevel {
    const level = toHeadingLevel(value, fallback);
    if (String(level) !== String(value).trim())
      this.warnOnce('heading-level', `"${value}" is not 2-6; using ${fallback}.`);
    return level;
  }

  /** The guide's content with the host's valid override applied (the guide's own when none). */
  protected get local(): LocalContent {
    return this.resolve()[1];
  }

  /** Local content waits for its checks: the first render with it shows the local text. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return checks || (this.content == null && !this.contentSrc)
      ? super.scheduleUpdate()
      : loadLocalContent().then(() => super.scheduleUpdate());
  }

  private resolve(): [unknown, LocalContent] {
    const source = this.content ?? this.fetched;
    if (this.resolved && this.resolved[0] === source) return this.resolved;
    let value: ContentOverride | undefined;
    if (source != null) {
      // Read outside an update while the checks load: the guide's own, not remembered.
      if (!checks) return [source, applyContentOverride()];
      const parsed = checks.validateContentOverride(source);
      if (parsed.ok) value = parsed.value;
      else
        this.warnOnce(
          this.content == null ? 'content-src' : 'content',
          `ignored, the guide's text is shown. ${parsed.errors.join('; ')}`,
        );
    }
    return (this.resolved = [source, applyContentOverride(value)]);
  }

  /**
   * An interface string: the override's `strings[id]`, else the registered translation for the
   * current locale (`@lit/localize`), else the English given here.
   */
  protected t(id: string, english: string): string {
    return this.local.strings[id] ?? msg(english, { id });
  }
}
