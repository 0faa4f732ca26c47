import { links } from './links.js';
import type { RichText } from './types.js';

/** The guide's front matter and closing lines, as printed on its two pages. */
export interface GuideIntro {
  /** The guide's heading. */
  readonly title: string;
  /** "This is your Grab-and-Go Guide for ..." with the framework linked. */
  readonly lead: RichText;
  /** The two introductory paragraphs. */
  readonly paragraphs: readonly RichText[];
  /** Printed above the space for a local contact. */
  readonly contactPrompt: string;
  /** The guide's footnote (authors, funder, links, guidelines caveat). */
  readonly footnote: RichText;
  /** The guide's version line. */
  readonly version: string;
}

const FRAMEWORK_TITLE =
  'Ambitions for Palliative and End of Life Care: A national framework for local action 2021-2026';

/**
 * Verbatim from report section 5.3. The guide marks the framework link with a
 * lone "↗"; here the framework's title carries the link instead, so the link
 * text says where it goes (WCAG 2.4.4). No words change.
 */
export const guideIntro: GuideIntro = /*#__PURE__*/ Object.freeze({
  title: 'Small Steps, Big Vision',
  lead: Object.freeze([
    'This is your Grab-and-Go Guide for the ',
    Object.freeze({ text: FRAMEWORK_TITLE, href: links.framework }),
  ]),
  paragraphs: Object.freeze([
    Object.freeze([
      'The framework provides a vision and guidance around six ambitions and eight foundations to improve care. Launched in 2015, it is supported by ',
      Object.freeze({ text: 'over 30 partners', href: links.framework }),
      ' and embedded in the ',
      Object.freeze({ text: 'statutory guidance for ICBs', href: links.statutoryGuidance }),
      ' linked to the Health and Care Act 2022. Based on in-depth research conducted at The Open University, this guide focuses on the foundations necessary for realising the vision.',
    ]),
    Object.freeze([
      'For each item, this guide provides: a description, prompts to get you thinking, and examples in action. You can use this guide for your own reflection, to facilitate team discussions, or in work with partners and across systems. We have added two areas to focus on (9&10) to promote collaborative and cross-sector working. This guide helps you to identify areas you can act on - a starting block to turn small steps into the big vision.',
    ]),
  ]),
  contactPrompt:
    'Interested in knowing more? Link up with your local ICB or palliative care team. Your local contact is:',
  // The printed "Footnote:" label is left to the element's heading.
  footnote: Object.freeze([
    'This guide has been developed by Dr Erica Borgstrom, Claire Henry MBE, Dr Joanne Jordan and Dr Una St Ledger of Open Thanatology at The Open University. Marie Curie funded this research. For more information project findings and outputs, visit: ',
    Object.freeze({ text: links.guideShortLink, href: links.guideShortLink }),
    '. For more resources about the Ambitions, check ',
    Object.freeze({ text: 'FutureNHS', href: links.futureNhs }),
    '. This guide does not replace statutory or ',
    Object.freeze({ text: 'NICE guidelines', href: links.niceEndOfLife }),
    '.',
  ]),
  version: 'Version 1 - March 1 2023 - Creative commons CC-BY',
});
