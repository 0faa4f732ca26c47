import { html, type PropertyValues } from 'lit';
import { getLocalFoundation, type LocalFoundation } from '../../engine/local-content.js';
import { ambitionBadgeStyles } from '../../styles/ambition-badges.js';
import { baseStyles } from '../../styles/tokens.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { cardStyles } from './foundation-card.styles.js';
import { renderReportCredit } from '../shared/attribution.js';
import { CardToggleEvent, renderCard } from './render-card.js';

export { CardToggleEvent, type CardToggleDetail } from './render-card.js';

/**
 * One item of the Grab-and-Go Guide: its number and title, What, Ask, Example in action, then,
 * set apart as ours, the Ambitions the report's case studies link it to (items 9 and 10 have no
 * case studies: their note quotes the report on why they were added), with the attribution.
 *
 * @summary One item of the "Small Steps, Big Vision" guide, brandable and printable.
 * @customElement foundation-card
 *
 * @csspart base - The outer box.
 * @csspart card - Deprecated: the old name of `base`, kept for one version (0.x); use `base`.
 * @csspart header - The box around the number and title.
 * @csspart heading - The card's heading element.
 * @csspart number - The item's number.
 * @csspart title - The item's title.
 * @csspart toggle - The show/hide control of a collapsible card (a native `<summary>`: it works before and without scripts).
 * @csspart body - What, Ask and Example in action (what a collapsible card hides).
 * @csspart what - The "What" section.
 * @csspart ask - The "Ask" section.
 * @csspart examples - The "Example in action" section.
 * @csspart label - A section's heading (What, Ask, Example in action, Ambitions).
 * @csspart list - A list inside a section.
 * @csspart link - A link in the guide's text.
 * @csspart link-note - A note beside a link in the guide's text.
 * @csspart ambitions - Set apart from the guide's text: the Ambitions the report's case studies link this item to (items 1-8; items 9 and 10 have none, and their added-note quotes the report instead).
 * @csspart added-note - The note on items 9 and 10 that the guide's authors added them, with the report's words on why (never Ambition 6 alone).
 * @csspart ambitions-note - Under item 3's Ambitions: why Ambition 6 is listed (one case study tagged "A1-6").
 * @csspart attribution - The compact attribution line (not shown inside `<grab-and-go-guide>`).
 * @csspart report-credit - The credit to the report the Ambitions links come from (not shown inside `<grab-and-go-guide>`, whose footer credits it).
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

  /** Item number (1-10) or slug, e.g. `3` or `evidence-and-information`. */
  foundation: string | number = '';

  /** Heading level (2-6) of the card's title, so it fits the host page's outline. */
  headingLevel: number | string = 3;

  /** Hide What, Ask and Example in action behind a show/hide control (native `<details>`). */
  collapsible = false;

  /** Whether a collapsible card shows its content. Reflected. */
  open = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('foundation') && !this.item) {
      const given = String(this.foundation ?? '').trim();
      this.warnOnce(
        'foundation',
        `${given ? `"${given}" is not an item of the guide` : 'no item given'}; use a number from 1 to 10 or a slug such as "leadership".`,
      );
    }
  }

  private get item(): LocalFoundation | undefined {
    return getLocalFoundation(this.local, this.foundation ?? '');
  }

  /**
   * The `<details>` opened or closed. When the reader did it, `open` follows and the event fires;
   * when a script set `open`, the two already agree and nothing fires.
   */
  private toggled(event: Event): void {
    const { open } = event.target as HTMLDetailsElement;
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(new CardToggleEvent({ open, foundation: this.item!.id }));
  }

  /**
   * Pre-rendered HTML: a reader may have opened the native `<details>` before the script came
   * (hydration keeps the DOM as it is), so `open` starts from what the reader sees.
   */
  protected override firstUpdated(): void {
    const details = this.renderRoot.querySelector('details');
    if (details) this.open = details.open;
  }

  override render() {
    const item = this.item;
    if (!item) {
      return html`<div class="root" part="card base">
        <p class="notice" part="notice" role="note">
          ${this.t(
            'card-notice',
            'This guide card could not be shown: choose an item from 1 to 10 (for example foundation="1" or foundation="leadership").',
          )}
        </p>
      </div>`;
    }
    return renderCard({
      item,
      level: this.headingLevelOf(this.headingLevel, 3),
      collapsible: this.collapsible,
      open: this.open,
      inGuide: false,
      adapted: this.local.adapted,
      t: (id, english) => this.t(id, english),
      onToggle: this.toggled,
      reportCredit: renderReportCredit(),
    });
  }
}
