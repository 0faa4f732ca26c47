import { html, nothing } from 'lit';
import { ambitions, type FoundationId } from '../../content/index.js';
// Imported from its module, not the index, so the guide's build can copy it into the guide's file
// (rollup.config.mjs, guideCopiesCardTemplate).
import { ambitionsNotes } from '../../content/ambitions-notes.js';
import type { LocalFoundation } from '../../engine/local-content.js';
import { renderCompactAttribution } from '../shared/attribution.js';
import { levelBelow, renderHeading, type HeadingLevel } from '../shared/heading.js';
import { renderRichText } from '../shared/rich-text.js';

/** What `ambitions-card-toggle` carries: the new state and the item's slug. */
export interface CardToggleDetail {
  readonly open: boolean;
  readonly foundation: FoundationId;
}

/** Fired when the reader opens or closes a collapsible item (never when a script sets `open`). */
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

/** Everything one item's markup depends on, whoever renders it. */
export interface CardOptions {
  readonly item: LocalFoundation;
  /** The item title's heading level; section labels sit one below. */
  readonly level: HeadingLevel;
  /** What, Ask and Example in action in a native `<details>` (readable before and without scripts). */
  readonly collapsible: boolean;
  /** Whether that `<details>` starts open (a lone card's `open`; the guide's items start closed). */
  readonly open: boolean;
  /**
   * Inside `<grab-and-go-guide>`'s own shadow root: every part is named `card-...` (the guide has
   * parts of its own called `header`, `title`, `label`), the print layout is the handout's (`.g`)
   * and the guide's footnote carries the one full attribution, so the item has none.
   */
  readonly inGuide: boolean;
  /** Whether a host's local content changed the guide's text (the attribution says so). */
  readonly adapted: boolean;
  /** An interface string by id, in the element's language (the element's `t`). */
  readonly t: (id: string, english: string) => string;
  /** The `<details>`' `toggle` listener (the event fires for the reader and for scripts alike). */
  readonly onToggle: (event: Event) => void;
  /**
   * A lone card's credit to the report its Ambitions come from, after the attribution (the guide
   * credits the report in its footer). Passed in so the guide does not download it.
   */
  readonly reportCredit?: unknown;
}

/** The host's local examples and case studies, each marked as local. */
function renderLocal({ item, inGuide, t }: CardOptions) {
  const p = inGuide ? 'card-' : '';
  const label = (text: string) =>
    html`<span class="local-label" part="${p}local-label">${text}</span>`;
  if (!item.localExamples.length && !item.localCaseStudies.length) return nothing;
  return html`<ul class="local" part="${p}local ${p}list">
    ${item.localExamples.map(
      (e) => html`<li>${label(t('local-example', 'Local example'))} ${renderRichText(e)}</li>`,
    )}
    ${item.localCaseStudies.map(
      (c) =>
        html`<li>
          ${label(t('local-case-study', 'Local case study'))}
          <strong>${c.title}</strong>: ${c.summary}
        </li>`,
    )}
  </ul>`;
}

/**
 * One item of the guide: its number and title, What, Ask, Example in action, then, set apart as
 * ours, the Ambitions the report's case studies link it to (items 9 and 10 have none: their note
 * quotes the report on why they were added). `<foundation-card>` renders one in its shadow root,
 * `<grab-and-go-guide>` renders its items side by side in its own, with one stylesheet for all.
 */
export function renderCard(options: CardOptions) {
  const { item, level, collapsible, inGuide, t } = options;
  const p = inGuide ? 'card-' : '';
  const sub = levelBelow(level);
  // Unique inside one shadow root, which in the guide holds up to ten items.
  const titleId = `${p}title-${item.number}`;
  const body = html`<div class="body" part="${p}body">
    <section part="${p}what">
      ${renderHeading(sub, t('what', 'What'), `${p}label`)}
      <p>${item.what}</p>
    </section>
    <section part="${p}ask">
      ${renderHeading(sub, t('ask', 'Ask'), `${p}label`)}
      <ul part="${p}list">
        ${item.ask.map((q) => html`<li>${q}</li>`)}
      </ul>
    </section>
    <section part="${p}examples">
      ${renderHeading(sub, t('examples', 'Example in action'), `${p}label`)}
      <ul part="${p}list">
        ${item.examples.map((e) => html`<li>${renderRichText(e)}</li>`)}
      </ul>
      ${renderLocal(options)}
    </section>
  </div>`;
  return html`<article
    class="root card ${inGuide ? 'g' : ''}"
    part=${inGuide ? 'card' : 'card base'}
    aria-labelledby=${titleId}
  >
    <div part="${p}header">
      ${renderHeading(
        level,
        html`<span class="number" part="${p}number"
            ><span class="visually-hidden">${t('item', 'Item')} </span>${item.number}</span
          >
          <span part="${p}title">${item.title}</span>`,
        `${p}heading`,
        titleId,
      )}
    </div>
    ${
      item.addedByGuide
        ? html`<p class="added-note" part="${p}added-note">
            ${t('added-note', "Added by the guide's authors: not one of the framework's eight foundations.")}
            The report says they reflect themes people found “${item.ambitionsInReport!.text}”.
          </p>`
        : nothing
    }
    ${
      collapsible
        ? html`<details ?open=${options.open} @toggle=${options.onToggle}>
            <summary class="toggle" part="${p}toggle">
              <span class="chevron" aria-hidden="true"></span>${t(
                'toggle-body',
                'What, Ask and Example in action',
              )}<span class="visually-hidden">: ${item.title}</span>
            </summary>
            ${body}
          </details>`
        : body
    }
    ${
      item.addedByGuide
        ? nothing
        : html`<section class="ambitions" part="${p}ambitions">
            ${renderHeading(sub, t('ambitions', "Ambitions linked in the report's case studies"), `${p}label`)}
            <ul part="${p}list">
              ${item.ambitions.map(
                // The six Ambitions are listed in order: "A3" is ambitions[2].
                (id) =>
                  html`<li>
                    <span class="ambition-id">${id}</span> ${ambitions[+id[1] - 1].title}
                  </li>`,
              )}
            </ul>
            ${
              ambitionsNotes[item.id]
                ? html`<p class="ambitions-note" part="${p}ambitions-note">
                    ${ambitionsNotes[item.id]}
                  </p>`
                : nothing
            }
          </section>`
    }
    ${inGuide ? nothing : html`${renderCompactAttribution(options.adapted)} ${options.reportCredit ?? nothing}`}
  </article>`;
}
