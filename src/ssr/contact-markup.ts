/**
 * The guide's local contact as light-DOM children for its `contact` slot: pre-rendered HTML
 * whose shadow content is then the same for every site, so it can ship prebuilt (dist/prerendered/)
 * and a site adds only these lines. The same rows, words and link rules as the guide's own
 * rendering of the contact-* attributes (grab-and-go-guide.ts renderContactDetails): a `tel:` link
 * from the digits and + of the phone, `mailto:` only when it is a safe link, the website only when
 * it is an http(s) address; everything escaped. No Lit, no DOM: the CLI and the snippet builder
 * (in the browser) both use it.
 */
import { isSafeHref } from '../content/safe-href.js';

/** The contact fields, as the guide's attributes name them. */
export const CONTACT_ATTRIBUTES = {
  'contact-name': 'name',
  'contact-phone': 'phone',
  'contact-email': 'email',
  'contact-url': 'url',
} as const;

export type LightContact = Partial<Record<'name' | 'phone' | 'email' | 'url', string>>;

/** The row labels; English as the guide's defaults. */
export const CONTACT_LABELS = { phone: 'Phone', email: 'Email', website: 'Website' };

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** True when the guide would show this website address as a link (it shows no other). */
export function isContactUrl(url: string): boolean {
  return /^https?:/i.test(url) && isSafeHref(url);
}

/**
 * `<ul slot="contact" class="ambitions-contact">` with a row per given field, or '' when none is
 * given. A website that is not an http(s) address is left out (callers that can say so refuse it
 * first, as the CLI does).
 */
export function contactMarkup(contact: LightContact, labels = CONTACT_LABELS): string {
  const name = contact.name?.trim() ?? '';
  const phone = contact.phone?.trim() ?? '';
  const email = contact.email?.trim() ?? '';
  const url = contact.url?.trim() ?? '';
  const website = isContactUrl(url) ? url : '';
  const tel = phone.replace(/[^\d+]/g, '');
  const mailto = `mailto:${email}`;
  const rows: string[] = [];
  // The name in bold, as the guide's own .contact-name: <b>, since ::slotted reaches only the list.
  if (name) rows.push(`<b>${escapeHtml(name)}</b>`);
  const link = (text: string, href: string | false) =>
    href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
  if (phone) rows.push(`${escapeHtml(labels.phone)}: ${link(phone, tel && `tel:${tel}`)}`);
  if (email) rows.push(`${escapeHtml(labels.email)}: ${link(email, isSafeHref(mailto) && mailto)}`);
  if (website) rows.push(`${escapeHtml(labels.website)}: ${link(website, website)}`);
  if (!rows.length) return '';
  return `<ul slot="contact" class="ambitions-contact">${rows.map((row) => `<li>${row}</li>`).join('')}</ul>`;
}

/**
 * Pre-rendered guide HTML with the contact put in as light-DOM children, before its closing tag
 * (after the declarative shadow root template, where a browser's parser expects children).
 */
export function withContact(prerendered: string, contact: LightContact): string {
  const markup = contactMarkup(contact);
  if (!markup) return prerendered;
  const end = prerendered.lastIndexOf('</grab-and-go-guide>');
  if (end < 0) return prerendered;
  return `${prerendered.slice(0, end)}${markup}${prerendered.slice(end)}`;
}
