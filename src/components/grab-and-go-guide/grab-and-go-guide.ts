import { html, nothing, type PropertyValues } from 'lit';
import {
  ambitions,
  foundations as allFoundations,
  getFoundation,
  guideIntro,
  isSafeHref,
  type Foundation,
  type RichText,
} from '../../content/index.js';
import { getLocalFoundation } from '../../engine/local-content.js';
import { ambitionBadgeStyles } from '../../styles/ambition-badges.js';
import { baseStyles } from '../../styles/tokens.js';
import { cardStyles } from '../foundation-card/foundation-card.styles.js';
import { CardToggleEvent, renderCard } from '../foundation-card/render-card.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { CURLY_QUOTE } from '../shared/curly-quotes.js';
import { renderFullAttribution } from '../shared/attribution.js';
import { levelBelow, renderHeading } from '../shared/heading.js';
import { renderRichText } from '../shared/rich-text.js';

/** "example.org/a" from "https://example.org/a/": how a web address reads on paper. */
const bare = (url: string) =>
  url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');

/**
 * Whether a link's text already is its address: print styles then add no "(address)" after it,
 * which would print the same address twice.
 */
const showsItsAddress = (href: string, text: string): boolean => bare(href) === bare(text);

/** Rich text whose links that show their own address are marked so print adds no copy. */
const renderMarkedRichText = (parts: RichText) =>
  parts.map((part) =>
    typeof part !== 'string' && isSafeHref(part.href) && showsItsAddress(part.href, part.text)
      ? html`<a href=${part.href} part="link" class="address">${part.text}</a>`
      : renderRichText([part]),
  );
import { guideStyles } from './grab-and-go-guide.styles.js';

/**
 * The whole "Small Steps, Big Vision" Grab-and-Go Guide: its introduction and the six Ambitions,
 * the ten items as `<foundation-card>` shows them (rendered in the guide's own shadow root, with
 * one stylesheet for all ten), a local contact block and the footnote with the full attribution.
 * Prints like the original two A4 pages. Each item carries the parts `<foundation-card>` has,
 * named `card-...` here (the six listed below are the documented ones); links are `link` parts.
 *
 * @summary The whole Grab-and-Go Guide with your local contact, brandable and printable.
 * @customElement grab-and-go-guide
 *
 * @slot contact - Richer local contact details (address, opening hours, a map link), shown under "Your local contact is:".
 *
 * @csspart base - The outer box.
 * @csspart guide - Deprecated: the old name of `base`, kept for one version (0.x); use `base`.
 * @csspart header - Title and introduction.
 * @csspart heading - The guide's title (its heading element).
 * @csspart title - Deprecated: the old name of `heading`, kept for one version (0.x); use `heading`.
 * @csspart intro - The introduction's paragraphs.
 * @csspart link - A link in the guide's text.
 * @csspart link-note - A note beside a link in the guide's text.
 * @csspart added-ambitions - Set apart from the guide's text: the list of the six Ambitions, labelled as added by this tool.
 * @csspart ambitions - The list of the six Ambitions.
 * @csspart cards - The grid of cards.
 * @csspart card - Each card's box.
 * @csspart card-header - Each card's number and title box.
 * @csspart card-number - Each card's number.
 * @csspart card-title - Each card's title.
 * @csspart card-heading - Each card's heading element (around its number and title).
 * @csspart card-body - Each card's What, Ask and Example in action.
 * @csspart card-what - Each card's "What" section.
 * @csspart card-ask - Each card's "Ask" section.
 * @csspart card-examples - Each card's "Example in action" section.
 * @csspart card-label - A card section's heading (What, Ask, Example in action, Ambitions).
 * @csspart card-list - A list inside a card's section.
 * @csspart card-ambitions - Set apart from the guide's text: the Ambitions the report's case studies link a card's item to.
 * @csspart card-ambitions-note - Under item 3's Ambitions: why Ambition 6 is listed.
 * @csspart card-local - A card's list of the host's local examples and case studies.
 * @csspart card-local-label - The "Local example" / "Local case study" label in a card.
 * @csspart card-toggle - Each collapsible card's show/hide control (a native `<summary>`).
 * @csspart card-added-note - The note on items 9 and 10.
 * @csspart contact - The local contact block.
 * @csspart contact-details - The list of contact details given by attributes.
 * @csspart footnote - The footnote: the guide's credits, version and full attribution.
 * @csspart attribution - The full attribution.
 * @csspart label - A section's heading (Local contact, Footnote).
 *
 * @cssprop [--ambitions-color-brand=#005eb8] - Title rule, card borders and numbers. White text sits on it: keep AA contrast.
 * @cssprop [--ambitions-color-text=#212b32] - Body text.
 * @cssprop [--ambitions-color-accent=#e8edee] - Tint behind the contact block and notes; the text colour must meet AA on it.
 * @cssprop [--ambitions-color-surface=#ffffff] - Card background.
 * @cssprop [--ambitions-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--ambitions-radius=4px] - Corner radius.
 * @cssprop [--ambitions-space=1em] - Padding and gaps.
 * @cssprop [--ambitions-focus-color=#ffeb3b] - Focus highlight.
 *
 * @event {CardToggleEvent} ambitions-card-toggle - A reader opened or closed one of the (collapsible) cards.
 */
export class GrabAndGoGuide extends AmbitionsElement {
  static override styles = [baseStyles, ambitionBadgeStyles, cardStyles, guideStyles];

  static override properties = {
    foundations: {},
    headingLevel: { attribute: 'heading-level' },
    collapsible: { type: Boolean },
    contactName: { attribute: 'contact-name' },
    contactPhone: { attribute: 'contact-phone' },
    contactEmail: { attribute: 'contact-email' },
    contactUrl: { attribute: 'contact-url' },
  };

  /** Which items to show, in this order, e.g. `1,3,9` or `leadership,co-design`. All ten when empty. */
  foundations = '';

  /** Heading level (2-6) of the guide's title; sections and cards sit one level below. */
  headingLevel: number | string = 2;

  /** Show each card's What, Ask and Example behind a show/hide control (native `<details>`). */
  collapsible = false;

  /** Your organisation or contact person, e.g. `St Example Hospice`. */
  contactName = '';

  /** A phone number, shown as written and linked with `tel:`. */
  contactPhone = '';

  /** An email address, linked with `mailto:`. */
  contactEmail = '';

  /** A web page (http or https only). */
  contactUrl = '';

  private items: readonly Foundation[] = allFoundations;

  /**
   * The items sit in the shadow root, where a page address's `#fragment` cannot reach, so the
   * guide follows it itself: `#item-4`, `#4` or the slug (`#leadership`) scrolls to that item,
   * on load and whenever the fragment changes (an `item-href` link from the map or the quiz). An
   * element of the page's own with that id wins.
   */
  private readonly followHash = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) return;
    const item = getFoundation(id.replace(/^item-/i, ''));
    const index = item ? this.items.findIndex((f) => f.id === item.id) : -1;
    const card = this.renderRoot.querySelectorAll('[part~=card]')[index];
    if (!card) return;
    card.querySelector('details')?.setAttribute('open', '');
    card.scrollIntoView({ block: 'start' });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.followHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.followHash);
  }

  protected override firstUpdated(): void {
    this.followHash();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('foundations')) {
      const entries = String(this.foundations ?? '')
        .split(/[\s,]+/)
        .filter(Boolean);
      const found = entries.map(getFoundation);
      const bad = entries.filter((_, i) => !found[i]);
      if (bad.length) {
        this.warnOnce(
          'foundations',
          `skipped "${bad.join('", "')}": use numbers from 1 to 10 or slugs such as "leadership".`,
        );
      }
      // All ten when nothing is named; each named item once, in the order given.
      this.items = entries.length
        ? [...new Set(found.filter((f): f is Foundation => !!f))]
        : allFoundations;
    }
    const url = this.contactUrl.trim();
    if (changed.has('contactUrl') && url && !CURLY_QUOTE.test(url[0]!) && !this.safeUrl) {
      this.warnOnce('contact-url', `"${this.contactUrl}" is not an http or https address.`);
    }
  }

  /** A contact field: the attribute when set, else the local content's `contact` (attributes win). */
  private contact(attribute: string, field: 'name' | 'phone' | 'email' | 'url'): string {
    // A value the snippet's curly quotes cut short ("“St", "“01632") would show or link the wrong
    // thing (tel:01632, mailto:“...): left out; markup-checks.ts says why in the console.
    const given = attribute.trim();
    return ((!CURLY_QUOTE.test(given[0]!) && given) || this.local.contact[field]?.trim()) ?? '';
  }

  private get safeUrl(): string | undefined {
    const given = this.contact(this.contactUrl, 'url');
    // "www.hospice.org.uk/contact" as a CMS editor types it: the builder adds https:// too.
    const url = /^[\w-]+(\.[\w-]+)+(\/|$)/.test(given) ? `https://${given}` : given;
    return /^https?:/i.test(url) && isSafeHref(url) ? url : undefined;
  }

  private renderContactDetails() {
    const name = this.contact(this.contactName, 'name');
    const phone = this.contact(this.contactPhone, 'phone');
    const tel = phone.replace(/[^\d+]/g, '');
    // An address pasted with its "mailto:" would be linked as mailto:mailto:...
    const email = this.contact(this.contactEmail, 'email').replace(/^mailto:/i, '');
    const url = this.safeUrl ?? '';
    const mailto = `mailto:${email}`;
    // [shown text, label id, English label, link (none: shown as text)]
    const rows = [
      [phone, 'phone', 'Phone', tel && `tel:${tel}`],
      [email, 'email', 'Email', isSafeHref(mailto) && mailto],
      [url, 'website', 'Website', url],
    ] as const;
    if (!name && !phone && !email && !url) return nothing;
    return html`<ul class="contact-details" part="contact-details">
      ${name ? html`<li class="contact-name">${name}</li>` : nothing}
      ${rows.map(([text, id, label, href]) =>
        text
          ? html`<li>
              ${this.t(id, label)}:
              ${
                href
                  ? html`<a href=${href} class=${showsItsAddress(href, text) ? 'address' : ''}
                      >${text}</a
                    >`
                  : text
              }
            </li>`
          : nothing,
      )}
    </ul>`;
  }

  override render() {
    const level = this.headingLevelOf(this.headingLevel, 2);
    const sub = levelBelow(level);
    const details = this.renderContactDetails();
    return html`<div class="root guide" part="guide base">
      <header class="header" part="header">
        ${renderHeading(level, guideIntro.title, 'title heading')}
        <p class="lead" part="intro">${renderRichText(guideIntro.lead)}</p>
        <p part="intro">${renderRichText(guideIntro.paragraphs[0])}</p>
        <aside class="added" part="added-ambitions">
          <p class="added-label" id="added-ambitions">
            ${this.t(
              'six-ambitions-added',
              "Added by this tool, not the guide's text: the six Ambitions, in the framework's own wording.",
            )}
          </p>
          <ol class="ambitions" part="ambitions" aria-labelledby="added-ambitions">
            ${ambitions.map(
              (a) => html`<li><span class="ambition-id">${a.id}</span> ${a.title}</li>`,
            )}
          </ol>
        </aside>
        ${guideIntro.paragraphs.slice(1).map((p) => html`<p part="intro">${renderRichText(p)}</p>`)}
      </header>
      <div class="cards" part="cards">
        ${this.items.map((f) =>
          renderCard({
            item: getLocalFoundation(this.local, f.id)!,
            level: sub,
            collapsible: this.collapsible,
            open: false,
            inGuide: true,
            adapted: false,
            t: (id, english) => this.t(id, english),
            // The reader opened or closed an item (nothing else opens the guide's): the event
            // leaves the guide as a card's would, from the guide element.
            onToggle: (event) => {
              const { open } = event.target as HTMLDetailsElement;
              this.dispatchEvent(new CardToggleEvent({ open, foundation: f.id }));
            },
          }),
        )}
      </div>
      <section class="contact" part="contact">
        ${renderHeading(sub, this.t('local-contact', 'Local contact'), 'label')}
        <p>${guideIntro.contactPrompt}</p>
        ${
          details === nothing
            ? html`<slot name="contact"
                ><p class="no-contact">
                  ${this.t(
                    'no-contact',
                    // Ours; the guide's own words (line 458) are the prompt just above.
                    'This page has not named a local contact yet.',
                  )}
                </p></slot
              >`
            : html`${details}<slot name="contact"></slot>`
        }
      </section>
      <footer class="footnote" part="footnote">
        ${renderHeading(sub, this.t('footnote', 'Footnote'), 'label')}
        <p>${renderMarkedRichText(guideIntro.footnote)}</p>
        <p>${guideIntro.version}</p>
        ${renderFullAttribution(this.local.adapted, false)}
      </footer>
    </div>`;
  }
}
