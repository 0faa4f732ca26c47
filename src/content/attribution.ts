import { links } from './links.js';
import type { Attribution, ReportReference } from './types.js';

// The pieces a lone card's one-line attribution needs, on their own so a bundle that shows only
// that line carries only these (the `attribution` object below is dropped when nothing reads it).
/** @internal */
export const guideTitle = 'Small Steps, Big Vision: Grab-and-Go Guide';
/** The guide's source as the guide itself gives it: its own short link, printed in its footnote. */
/** @internal */
export const guideSourceUrl = links.guideShortLink;
/** @internal */
export const guideOrganisation = 'Open Thanatology, The Open University';
/** @internal */
export const guideLicence = /*#__PURE__*/ Object.freeze({ name: 'CC BY 4.0', url: links.ccBy });

/**
 * The report the case studies, findings and the 5.1 and 5.2 material come from: the guide is its
 * section 5.3, but the rest of it is the report's own. Its text states CC BY 4.0 for the guide
 * only, so no licence is claimed here for the report's own words: they are quoted with credit.
 * `url` is the Open University project page (verified in the project's facts file), which hosts
 * the report and the guide.
 */
export const report: ReportReference = /*#__PURE__*/ Object.freeze({
  title:
    'Realising the Ambitions: Insights from how People Understand, Interpret and Implement the Ambitions Framework for Palliative and End of Life Care',
  authors: Object.freeze(['Erica Borgstrom', 'Claire Henry', 'Joanne Jordan', 'Una St Ledger']),
  year: 2023,
  publisher: 'The Open University',
  url: links.project,
  licenceNote:
    'The report’s own text (its case studies and findings) is quoted with credit; no licence is claimed for it.',
});

/**
 * What CC BY 4.0 asks of reuse: title, authors, source, licence and a note of
 * changes. The package's code licence is separate; the guide's text stays CC BY.
 */
export const attribution: Attribution = /*#__PURE__*/ Object.freeze({
  title: guideTitle,
  version: '1',
  date: '2023-03-01',
  authors: Object.freeze(['Erica Borgstrom', 'Claire Henry', 'Joanne Jordan', 'Una St Ledger']),
  organisation: guideOrganisation,
  funder: 'Marie Curie',
  sourceUrl: guideSourceUrl,
  licence: guideLicence,
  frameworkTitle:
    'Ambitions for Palliative and End of Life Care: a national framework for local action 2021-2026',
  frameworkUrl: links.framework,
  adaptedNote:
    'Adapted into interactive web components; the guide’s text is unchanged unless this site marks a local change.',
  endorsementNote: 'No endorsement by The Open University, Marie Curie or NHS England is implied.',
  guidelinesNote: 'This guide does not replace statutory or NICE guidelines.',
  report,
});
