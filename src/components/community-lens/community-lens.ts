import { html } from 'lit';
import {
  addedItemsQuotes,
  caseStudiesFor,
  ambitionSix,
  findings,
  getAmbition,
  getFoundation,
} from '../../content/index.js';
import { baseStyles } from '../../styles/tokens.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { renderCompactAttribution, renderReportCredit } from '../shared/attribution.js';
import { levelBelow, renderHeading } from '../shared/heading.js';
import { lensStyles } from './community-lens.styles.js';

/**
 * Prompts for a team's own reflection, written by the makers of this package (not the report's
 * words, and shown as ours). Each follows one of the report's 5.2 findings it sits under.
 */
const OUR_PROMPTS: readonly string[] = [
  'Which of these four understandings is closest to how your team talks about community?',
  'Which communities are you and your colleagues already part of?',
  'Who already does this work near you, and have you asked them what would help?',
];

/** The report text's line of the first of the five recommendations (section 7, lines 560-564). */
const RECOMMENDATIONS_LINE = 560;

/**
 * Ambition 6 ("Each community is prepared to help") as the report explores it in section 5.2:
 * how people understood and interpreted community, what they found hard and what helped, the case
 * studies that address Ambition 6, the guide's items 9 and 10, and the report's recommendations. A reading view: no state, nothing stored.
 *
 * @summary The report's section 5.2 on community, with the Ambition 6 case studies and items 9-10.
 * @customElement community-lens
 * @csspart base - The outermost box.
 * @csspart root - Deprecated: the old name of `base`, kept for one version (0.x); use `base`.
 * @csspart heading - The element's heading.
 * @csspart section - Each section (understandings, interpretations, hard, helped, case studies, guide items, recommendations, prompts).
 * @csspart section-heading - Each section's heading.
 * @csspart source - Where a section's words come from (report section or guide item).
 * @csspart quote - A passage quoted from the report.
 * @csspart report-credit - The credit to the report the quotes and case studies come from.
 * @csspart case-study - Each case study.
 * @csspart case-study-title - Each case study's heading.
 * @csspart item-title - The heading of each of the guide's items 9 and 10.
 * @csspart recommendations - The report's five recommendations (section 7).
 * @csspart prompts - Our own reflection prompts (marked as ours).
 * @csspart attribution - The guide's attribution line.
 * @cssprop [--ambitions-color-brand=#005eb8] - Accent colour for the quote borders.
 */
export class CommunityLens extends AmbitionsElement {
  static override styles = [baseStyles, lensStyles];

  static override properties = {
    headingLevel: { attribute: 'heading-level' },
  };

  /** Heading level (2-6) of the element's heading; sections sit one level below. */
  headingLevel: number | string = 2;

  override render() {
    const level = this.headingLevelOf(this.headingLevel, 2);
    const below = levelBelow(level);
    const inner = levelBelow(below);
    const a6 = getAmbition('A6')!;
    const { understandings, caseStudies: fiveTwo } = findings.community;
    const tagged = caseStudiesFor({ ambition: 'A6' });
    const section = (title: string, source: string, body: unknown) =>
      html`<section class="section" part="section">
        ${renderHeading(below, title, 'section-heading')}
        <p class="source" part="source">${source}</p>
        ${body}
      </section>`;
    const quote = (text: string, line: number) =>
      html`<blockquote part="quote" data-line=${line}><p>${text}</p></blockquote>`;
    return html`<div class="root" part="root base">
      ${renderHeading(level, `Ambition 6: ${a6.title}`, 'heading')}
      ${quote(ambitionSix.understand.text, ambitionSix.understand.line)}
      ${section(
        'How people understood community',
        'The report, section 5.2',
        html`<dl class="understandings">
          ${understandings.map(
            (u) =>
              html`<dt>${u.title}</dt>
                <dd>${u.text}</dd>`,
          )}
        </dl>`,
      )}
      ${section(
        'How people interpreted community',
        'The report, section 5.2 (Interpret)',
        html`${[
          ambitionSix.interpretValue,
          ambitionSix.interpretOutsideRemit,
          ambitionSix.interpretWithAndFor,
          ambitionSix.interpretOwnCommunities,
        ].map((q) => quote(q.text, q.line))}`,
      )}
      ${section(
        'What people found hard',
        'The report, section 5.2',
        quote(ambitionSix.barriers.text, ambitionSix.barriers.line),
      )}
      ${section(
        'What helped',
        'The report, section 5.2',
        quote(ambitionSix.facilitators.text, ambitionSix.facilitators.line),
      )}
      ${section(
        'Case studies',
        `The report’s examples: ${fiveTwo.length} from section 5.2 and the ${tagged.length} case studies of section 4 tagged Ambition 6. In the report’s words, they “have not been evaluated by the research team”.`,
        html`<ul class="list">
          ${fiveTwo.map(
            (c) =>
              html`<li part="case-study">
                ${renderHeading(inner, c.title, 'case-study-title')}
                <p>${c.text}</p>
              </li>`,
          )}
          ${tagged.map(
            (c) =>
              html`<li part="case-study">
                ${renderHeading(inner, c.title, 'case-study-title')}
                ${c.summary !== c.title ? html`<p>${c.summary}</p>` : ''}
                <p class="meta">Item ${getFoundation(c.foundation)!.number}</p>
              </li>`,
          )}
        </ul>`,
      )}
      ${section(
        'From the guide: items 9 and 10',
        `The Grab-and-Go Guide. Its authors added these two items as themes people found “${addedItemsQuotes.invaluable.text}” that “${addedItemsQuotes.foreground.text}” (the report, section 5.3).`,
        html`${[9, 10].map((n) => {
          const f = getFoundation(n)!;
          return html`<div class="item">
            ${renderHeading(inner, `${f.number}. ${f.title}`, 'item-title')}
            <p>${f.what}</p>
            <ul>
              ${f.ask.map((q) => html`<li>${q}</li>`)}
            </ul>
          </div>`;
        })}`,
      )}
      ${section(
        'The report’s recommendations',
        'The report, section 7 (Recommendations), in its words.',
        html`<ol class="recommendations" part="recommendations">
          ${findings.recommendations.map(
            (r, i) => html`<li data-line=${RECOMMENDATIONS_LINE + i}>${r}</li>`,
          )}
        </ol>`,
      )}
      <section class="section prompts" part="section prompts">
        ${renderHeading(below, 'Questions to talk about', 'section-heading')}
        <p class="source" part="source">
          Written by the makers of this website component, not by the report’s authors.
        </p>
        <ul>
          ${OUR_PROMPTS.map((p) => html`<li>${p}</li>`)}
        </ul>
      </section>
      ${renderCompactAttribution(this.local.adapted)} ${renderReportCredit()}
    </div>`;
  }
}
