/**
 * Server rendering (Node): an element with its attributes as HTML with declarative shadow DOM,
 * so a host can paste content that is readable before and without JavaScript. When the hydrating
 * CDN bundle (cdn/ambitions-elements-hydrate.js) loads later, the element hydrates instead of
 * rendering again.
 */
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ELEMENT_TAGS, describeElement } from '../components/shared/element-attributes.js';
import {
  CONTACT_ATTRIBUTES,
  type LightContact,
  isContactUrl,
  withContact,
} from './contact-markup.js';

/**
 * @lit-labs/ssr is an optional peer dependency (browser users never need it, and it brings
 * server-only packages), so it is loaded here with one line saying what to install if missing.
 * The elements are registered after it, once its DOM shim is in place.
 */
export const SSR_MISSING =
  'ambitions-elements/ssr needs @lit-labs/ssr: run `npm install @lit-labs/ssr@^4`.';
const [{ render }, { collectResult }] = await Promise.all([
  import('@lit-labs/ssr'),
  import('@lit-labs/ssr/lib/render-result.js'),
]).catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_MODULE_NOT_FOUND' && String(error).includes('@lit-labs/ssr'))
    throw new Error(SSR_MISSING, { cause: error });
  throw error;
});
await import('../define/all.js');
// Knowledge mode loads on demand in a browser; on the server it is in before anything renders, so a
// pre-rendered knowledge quiz shows its questions (and hydrates to the same markup).
await (await import('../components/self-check-quiz/modes-on-demand.js')).knowledgeMode.load();

export { ELEMENT_TAGS };
export { contactMarkup, withContact, type LightContact } from './contact-markup.js';

/** Attribute values by name; `true` sets a boolean attribute, `false` leaves it out. */
export type SsrAttributes = Readonly<Record<string, string | boolean>>;

export class SsrInputError extends Error {}

/**
 * Renders `<tag ...attributes>` to an HTML string. Only the element's own attributes are
 * accepted (names come from its declarations, never from the caller), values are escaped.
 * The guide's contact-* attributes become light-DOM children in its `contact` slot
 * (contact-markup.ts), so its shadow content is the same for every site: the prebuilt
 * dist/prerendered/grab-and-go-guide.html plus those lines. Throws SsrInputError naming the bad
 * tag or attribute, or a contact-url that is not an http(s) address.
 */
export async function renderElement(tag: string, requested: SsrAttributes = {}): Promise<string> {
  const ctor = customElements.get(tag);
  if (!ctor || !(ELEMENT_TAGS as readonly string[]).includes(tag)) {
    throw new SsrInputError(`Unknown element "${tag}"; choose one of ${ELEMENT_TAGS.join(', ')}.`);
  }
  const attributes: Record<string, string | boolean> = { ...requested };
  const contact: LightContact = {};
  if (tag === 'grab-and-go-guide') {
    for (const [name, field] of Object.entries(CONTACT_ATTRIBUTES)) {
      const value = attributes[name];
      delete attributes[name];
      if (typeof value === 'string') contact[field] = value;
    }
    if (contact.url?.trim() && !isContactUrl(contact.url.trim())) {
      throw new SsrInputError(
        `contact-url "${contact.url}" is not an http or https address (for example https://www.example.org/contact).`,
      );
    }
  }
  const known = describeElement(ctor);
  // A template strings array built by hand: names are static (checked above), values are bound
  // so the renderer escapes them.
  const strings: string[] = [''];
  const values: unknown[] = [];
  const text = (part: string) => (strings[strings.length - 1] += part);
  const bind = (value: unknown) => {
    values.push(value);
    strings.push('');
  };
  text('<');
  bind(unsafeStatic(tag));
  for (const [name, value] of Object.entries(attributes)) {
    if (!known.attributes.has(name)) {
      const list = [...known.attributes].join(', ') || 'none';
      throw new SsrInputError(`<${tag}> has no attribute "${name}"; its attributes: ${list}.`);
    }
    if (value === false) continue;
    text(' ');
    bind(unsafeStatic(name));
    text('="');
    bind(value === true ? '' : String(value));
    text('"');
  }
  text('></');
  bind(unsafeStatic(tag));
  text('>');
  const template = Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
  const rendered = await collectResult(render(staticHtml(template, ...values)));
  return withContact(tidy(rendered), contact);
}

/**
 * Drops the markers of the one-off outer template (the element hydrates from the markers inside
 * its own shadow root, never from these) so the pasted HTML starts and ends with the element.
 */
function tidy(rendered: string): string {
  return rendered
    .replace(/^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->\s*$/, '')
    .replace(/^(<[a-z-]+) {2,}/, '$1 ');
}
