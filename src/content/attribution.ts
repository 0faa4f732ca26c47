import { links } from './links.js';
import type { Attribution } from './types.js';

// The pieces a lone card's one-line attribution needs, on their own so a bundle that shows only
// that line carries only these (the `attribution` object below is dropped when nothing reads it).
/** @internal */
export const guideTitle = 'Small Steps, Big Vision: Grab-and-Go Guide';
/** @internal */
export const guideOrganisation = 'Open Thanatology, The Open University';
/** @internal */
export const guideLicence = /*#__PURE__*/ Object.freeze({ name: 'CC BY 4.0', url: links.ccBy });

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
  sourceUrl: links.project,
  licence: guideLicence,
  frameworkTitle:
    'Ambitions for Palliative and End of Life Care: a national framework for local action 2021-2026',
  frameworkUrl: links.framework,
  adaptedNote:
    'Adapted into interactive web components; the guide’s text is unchanged unless this site marks a local change.',
  endorsementNote: 'No endorsement by The Open University, Marie Curie or NHS England is implied.',
  guidelinesNote: 'This guide does not replace statutory or NICE guidelines.',
});
