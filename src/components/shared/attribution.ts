import { html, nothing, type TemplateResult } from 'lit';
import {
  attribution,
  guideLicence,
  guideOrganisation,
  guideTitle,
} from '../../content/attribution.js';
import { links } from '../../content/links.js';

/** "1 March 2023" from the ISO date, without Intl (its output differs between engines). */
function formatGuideDate(iso: string): string {
  const months =
    'January February March April May June July August September October November December'.split(
      ' ',
    );
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[month - 1]} ${year}`;
}

/**
 * One line under a lone card: the guide's title linked to its source, the licence linked.
 * `locallyChanged` adds the CC BY "changes were made" note when a host overrode text.
 */
export function renderCompactAttribution(locallyChanged = false): TemplateResult {
  return html`<p part="attribution" class="attribution">
    From <a href=${links.project}>${guideTitle}</a> (${guideOrganisation}),
    <a href=${guideLicence.url}>${guideLicence.name}</a>, adapted.
    ${locallyChanged ? 'Some text was changed locally by this website.' : nothing}
  </p>`;
}

/** The full attribution block: authors, funder, version and date, licence, notes. */
export function renderFullAttribution(locallyChanged = false): TemplateResult {
  return html`<div part="attribution" class="attribution">
    <p>
      <a href=${attribution.sourceUrl}>${attribution.title}</a>, version ${attribution.version},
      ${formatGuideDate(attribution.date)}, by ${attribution.authors.join(', ')}
      (${attribution.organisation}). Funded by ${attribution.funder}. Licensed under
      <a href=${attribution.licence.url}>${attribution.licence.name}</a>.
    </p>
    <p>
      ${attribution.adaptedNote}
      ${locallyChanged ? 'This website has changed or added some text locally.' : nothing}
      ${attribution.endorsementNote}
    </p>
    <p><strong>${attribution.guidelinesNote}</strong></p>
  </div>`;
}
