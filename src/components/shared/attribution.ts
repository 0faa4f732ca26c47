import { html, nothing, type TemplateResult } from 'lit';
import {
  attribution,
  guideLicence,
  guideOrganisation,
  guideSourceUrl,
  guideTitle,
  report,
} from '../../content/attribution.js';

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
    From <a href=${guideSourceUrl}>${guideTitle}</a> (${guideOrganisation}),
    <a href=${guideLicence.url}>${guideLicence.name}</a>, adapted.
    ${locallyChanged ? 'Some text was changed locally by this website.' : nothing}
  </p>`;
}

/** "Smith, Jones and Brown" from a list of names. */
const listNames = (names: readonly string[]) =>
  `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * Credits the report wherever its case studies or findings show: they are the report's, not the
 * guide's, and the report states no licence for them (so none is claimed).
 */
export function renderReportCredit(): TemplateResult {
  return html`<p part="report-credit" class="attribution report-credit">
    Case studies and findings from the report
    <a href=${report.url}><cite>${report.title.split(':')[0]}</cite></a> by
    ${listNames(report.authors.map((name) => name.slice(name.indexOf(' ') + 1)))}
    (${report.publisher}, ${report.year}).
  </p>`;
}

/**
 * The full attribution block: authors, funder, version and date, licence, notes, and the report.
 * `guidelinesNote` is false where the guide's own footnote already carries that line.
 */
export function renderFullAttribution(
  locallyChanged = false,
  guidelinesNote = true,
): TemplateResult {
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
    <p>
      The case studies and findings come from the report
      <a href=${report.url}><cite>${report.title}</cite></a> by ${listNames(report.authors)}
      (${report.publisher}, ${report.year}). ${report.licenceNote}
    </p>
    ${guidelinesNote ? html`<p><strong>${attribution.guidelinesNote}</strong></p>` : nothing}
  </div>`;
}
