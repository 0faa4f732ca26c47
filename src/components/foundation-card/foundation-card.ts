import { html, nothing, type PropertyValues } from 'lit';
import { ambitions, type FoundationId } from '../../content/index.js';
import { getLocalFoundation, type LocalFoundation } from '../../engine/local-content.js';
import { ambitionBadgeStyles } from '../../styles/ambition-badges.js';
import { baseStyles } from '../../styles/tokens.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { renderCompactAttribution } from '../shared/attribution.js';
import { levelBelow, renderHeading, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { renderRichText } from '../shared/rich-text.js';
import { cardStyles } from './foundation-card.styles.js';

/** What `ambitions-card-toggle` carries: the new state and the item's slug. */
export interface CardToggleDetail {
  readonly open: boolean;
  readonly foundation: FoundationId;
}

/** Fired when the reader opens or closes a collapsible card (never when a script sets `open`). */
export class CardToggleEvent extends Event {
  constructor(readonly detail: CardToggleDetail) {
    super('ambitions-card-toggle', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ambitions-card-toggle': CardToggleEvent;
  }
}

/**
 * One item of the Grab-and-Go Guide: its number and title, What, Ask, Example in action, then,
 * set apart as ours, the Ambitions the report's case studies link it to (items 9 and 10 have no
 * case studies: their note quotes the report on why they were added), with the attribution.
 *
 * @summary One item of the "Small Steps, Big Vision" guide, brandable and printable.
 * @customElement foundation-card
 *
 * @csspart card - The outer box.
 * @csspart header - The box around the number and title.
 * @csspart heading - The card's heading element.
 * @csspart number - The item's number.
 * @csspart title - The item's title.
 * @csspart toggle - The show/hide button of a collapsible card.
 * @csspart body - What, Ask and Example in action (what a collapsible card hides).
 * @csspart what - The "What" section.
 * @csspart ask - The "Ask" section.
 * @csspart examples - The "Example in action" section.
 * @csspart label - A section's heading (What, Ask, Example in action, Ambitions).
 * @csspart list - A list inside a section.
 * @csspart link - A link in the guide's text.
 * @csspart ambitions - Set apart from the guide's text: the Ambitions the report's case studies link this item to (items 1-8; items 9 and 10 have none, and their added-note quotes the report instead).
 * @csspart added-note - The note on items 9 and 10 that the guide's authors added them, with the report's words on why (never Ambition 6 alone).
 * @csspart attribution - The compact attribution line (not shown inside `<grab-and-go-guide>`).
 * @csspart notice - The notice shown when `foundation` names no item.
 * @csspart local - The list of the host's local examples and case studies (marked local).
 * @csspart local-label - The "Local example" / "Local case study" label.
 *
 * @cssprop [--ambitions-color-brand=#005eb8] - Number badge, top border and toggle. White text sits on it: keep AA contrast.
 * @cssprop [--ambitions-color-text=#212b32] - Body text.
 * @cssprop [--ambitions-color-accent=#e8edee] - Tint behind the Ambitions and notes; the text colour must meet AA on it.
 * @cssprop [--ambitions-color-surface=#ffffff] - Card background.
 * @cssprop [--ambitions-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--ambitions-radius=4px] - Corner radius.
 * @cssprop [--ambitions-space=1em] - Padding and gaps.
 * @cssprop [--ambitions-focus-color=#ffeb3b] - Focus highlight.
 *
 * @fires {CardToggleEvent} ambitions-card-toggle - The reader opened or closed the card; `detail` is `{ open, foundation }` (a `CardToggleEvent`).
 */
export class FoundationCard extends AmbitionsElement {
  static override styles = [baseStyles, ambitionBadgeStyles, cardStyles];

  static override properties = {
    foundation: {},
    headingLevel: { attribute: 'heading-level' },
    collapsible: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
  };

  static {
    // Internal (see `inGuide`): declared here rather than in `properties`, which would list it in
    // the public API docs. Still reactive, so a value set before the element upgrades is kept.
    this.createProperty('inGuide', { attribute: false });
  }

  /** Item number (1-10) or slug, e.g. `3` or `evidence-and-information`. */
  foundation: string | number = '';

  /** Heading level (2-6) of the card's title, so it fits the host page's outline. */
  headingLevel: number | string = 3;

  /** Hide What, Ask and Example in action behind a show/hide button. */
  collapsible = false;

  /** Whether a collapsible card shows its content. Reflected. */
  open = false;

  /**
   * Set by `<grab-and-go-guide>`, which shows one full attribution for all its cards. Not an
   * attribute: a lone card always carries the attribution the guide's licence asks for. A property
   * binding (not a DOM lookup) so server rendering and hydration agree.
   * @internal
   */
  private inGuide = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('foundation') && !this.item) {
      const given = String(this.foundation ?? '').trim();
      this.warnOnce(
        'foundation',
        `${given ? `"${given}" is not an item of the guide` : 'no item given'}; use a number from 1 to 10 or a slug such as "leadership".`,
      );
    }
    if (
      changed.has('headingLevel') &&
      String(toHeadingLevel(this.headingLevel, 0 as HeadingLevel)) !== String(this.headingLevel)
    ) {
      this.warnOnce('heading-level', `"${this.headingLevel}" is not 2-6; using 3.`);
    }
  }

  private get item(): LocalFoundation | undefined {
    return getLocalFoundation(this.local, this.foundation ?? '');
  }

  /** The host's local examples and case studies, each marked as local. */
  private renderLocal(item: LocalFoundation) {
    const label = (text: string) =>
      html`<span class="local-label" part="local-label">${text}</span>`;
    if (!item.localExamples.length && !item.localCaseStudies.length) return nothing;
    return html`<ul class="local" part="local list">
      ${item.localExamples.map(
        (e) =>
          html`<li>${label(this.t('local-example', 'Local example'))} ${renderRichText(e)}</li>`,
      )}
      ${item.localCaseStudies.map(
        (c) =>
          html`<li>
            ${label(this.t('local-case-study', 'Local case study'))}
            <strong>${c.title}</strong>: ${c.summary}
          </li>`,
      )}
    </ul>`;
  }

  private toggle(): void {
    this.open = !this.open;
    this.dispatchEvent(new CardToggleEvent({ open: this.open, foundation: this.item!.id }));
  }

  override render() {
    const item = this.item;
    if (!item) {
      return html`<div class="root" part="card">
        <p class="notice" part="notice" role="note">
          ${this.t(
            'card-notice',
            'This guide card could not be shown: choose an item from 1 to 10 (for example foundation="1" or foundation="leadership").',
          )}
        </p>
      </div>`;
    }
    const level = toHeadingLevel(this.headingLevel);
    const sub = levelBelow(level);
    const hidden = this.collapsible && !this.open;
    const bodyId = 'body'; // ids are scoped to this shadow root
    return html`<article
      class="root card ${this.inGuide ? 'g' : ''}"
      part="card"
      aria-labelledby="title"
    >
      <div class="header" part="header">
        ${renderHeading(
          level,
          html`<span class="number" part="number"
              ><span class="visually-hidden">${this.t('item', 'Item')} </span>${item.number}</span
            >
            <span part="title">${item.title}</span>`,
          'heading',
          'title',
        )}
      </div>
      ${
        item.addedByGuide
          ? html`<p class="added-note" part="added-note">
              ${this.t('added-note', "Added by the guide's authors: not one of the framework's eight foundations.")}
              The report says they reflect themes people found “${item.ambitionsInReport!.text}”.
            </p>`
          : nothing
      }
      ${
        this.collapsible
          ? html`<button
              class="toggle"
              part="toggle"
              type="button"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls=${bodyId}
              @click=${this.toggle}
            >
              <span class="chevron" aria-hidden="true"></span>${this.t(
                'toggle-body',
                'What, Ask and Example in action',
              )}<span class="visually-hidden">: ${item.title}</span>
            </button>`
          : nothing
      }
      <div class="body" part="body" id=${bodyId} ?hidden=${hidden}>
        <section part="what">
          ${renderHeading(sub, this.t('what', 'What'), 'label')}
          <p>${item.what}</p>
        </section>
        <section part="ask">
          ${renderHeading(sub, this.t('ask', 'Ask'), 'label')}
          <ul part="list">
            ${item.ask.map((q) => html`<li>${q}</li>`)}
          </ul>
        </section>
        <section part="examples">
          ${renderHeading(sub, this.t('examples', 'Example in action'), 'label')}
          <ul part="list">
            ${item.examples.map((e) => html`<li>${renderRichText(e)}</li>`)}
          </ul>
          ${this.renderLocal(item)}
        </section>
      </div>
      ${
        item.addedByGuide
          ? nothing
          : html`<section class="ambitions" part="ambitions">
              ${renderHeading(sub, this.t('ambitions', "Ambitions linked in the report's case studies"), 'label')}
              <ul part="list">
                ${item.ambitions.map(
                  // The six Ambitions are listed in order: "A3" is ambitions[2].
                  (id) =>
                    html`<li>
                      <span class="ambition-id">${id}</span> ${ambitions[+id[1] - 1].title}
                    </li>`,
                )}
              </ul>
            </section>`
      }
      ${this.inGuide ? nothing : renderCompactAttribution(this.local.adapted)}
    </article>`;
  }
}
