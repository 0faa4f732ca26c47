import { LitElement, type PropertyDeclaration, type PropertyDeclarations } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { ContentOverride } from '../../content/types.js';
import { applyContentOverride, type LocalContent } from '../../engine/local-content.js';
import { followHostFont } from './host-font.js';
import { toHeadingLevel, type HeadingLevel } from './heading.js';
import { CURLY_QUOTE } from './curly-quotes.js';
import { contrastWithWhite } from './contrast.js';

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
 * The quick test of the markup (see checkHostMarkup): attributes that are never a mistake
 * without loading the full list (src/components/shared/markup-checks.ts has it), and the colour
 * tokens a host sets. A value that starts with a curly quote, or a brand colour too light for
 * the white text on it, loads the checks too (the snippet pasted through a rich-text editor).
 */
const PLAIN_ATTRIBUTE =
  /^(id|class|style|slot|lang|dir|hidden|title|role|defer-hydration|aria-.*|data-.*)$/;
const COLOUR_TOKENS = ['brand', 'accent', 'text', 'surface', 'border', 'link']
  .map((name) => `--ambitions-color-${name}`)
  .concat('--ambitions-focus-color');

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
  /** The markup checks while they load (see checkHostMarkup). */
  private checking?: Promise<unknown>;

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
  /** Whether content-src is followed (on-demand.ts, once the checks are in and it was set). */
  private followsSrc = false;
  private resolved?: [unknown, LocalContent];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    followHostFont(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof document !== 'undefined') this.checkHostMarkup();
  }

  /**
   * What a web editor may get wrong in the markup (an attribute that is not one of ours, a colour
   * token that is not a colour, the same element pasted twice) is said once in the console by
   * markup-checks.ts. This quick test loads it only when something may be wrong, so a page whose
   * markup is right never downloads the messages. Only a colour token that is not a colour makes
   * the first render wait for it (scheduleUpdate), so the default that replaces it is there from
   * the first paint; for anything else it is said after the render, which never waits on a
   * download for a message (issue 31 review: with the builder's brand colour the guide took
   * over its fallback and showed nothing for 270 ms on a phone).
   */
  private checkHostMarkup(): void {
    const known = [...((this.constructor as typeof LitElement).observedAttributes ?? [])];
    const style = getComputedStyle(this);
    const brand = style.getPropertyValue('--ambitions-color-brand').trim();
    const notColour = COLOUR_TOKENS.some((token) => {
      const value = style.getPropertyValue(token).trim();
      return value && !CSS.supports('color', value);
    });
    if (
      notColour ||
      [...this.attributes].some(
        ({ name, value }) =>
          (!known.includes(name) && !PLAIN_ATTRIBUTE.test(name)) || CURLY_QUOTE.test(value[0]!),
      ) ||
      // A brand colour white text is hard to read on: markup-checks.ts says so.
      (brand && contrastWithWhite(brand) < 4.5) ||
      document.querySelectorAll(this.localName).length > 1
    ) {
      const checking = import('./markup-checks.js').then(
        (checks) =>
          checks.checkHostMarkup(
            this,
            known,
            (field, message) => this.warnOnce(field, message),
            (other) => other instanceof AmbitionsElement,
          ),
        () => {}, // the checks could not load: the page is shown as it is
      );
      if (notColour) this.checking = checking;
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

  /**
   * The guide's content with the host's valid override applied (the guide's own when none).
   * Public for the render files (`q.local.adapted`); not part of the API. @internal
   */
  get local(): LocalContent {
    return this.resolve()[1];
  }

  /** Local content waits for its checks: the first render with it shows the local text. */
  /** Markup checks that are loading are waited for too (see checkHostMarkup). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const checking = this.checking;
    this.checking = undefined;
    if (checking) return checking.then(() => this.scheduleUpdate());
    if (checks || (this.content == null && !this.contentSrc)) return this.updateNow();
    return loadLocalContent().then(() => this.updateNow());
  }

  /** Updates, following content-src from now on once it is set and the checks are in. */
  private updateNow(): void | Promise<unknown> {
    if (checks && this.contentSrc && !this.followsSrc) {
      this.followsSrc = true;
      checks.followContentSrc(
        this,
        (value) => (this.fetched = value),
        (message) => this.warnOnce('content-src', message),
      );
    }
    return super.scheduleUpdate();
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
   * current locale (`@lit/localize`), else the English given here. Public for the render files
   * (`q.t('next', 'Next')`); not part of the API. @internal
   */
  t(id: string, english: string): string {
    return this.local.strings[id] ?? msg(english, { id });
  }
}
