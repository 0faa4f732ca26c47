import type { FoundationId } from './types.js';

/**
 * Ours, not the guide's or the report's words: why an item's derived list of Ambitions ("linked in
 * the report's case studies", `Foundation.ambitions`) looks as it does where the count alone would
 * mislead. Item 3 lists all six only because the report tags one of its case studies, the
 * self-assessment, "A1-6"; its other case studies are tagged A1 to A5. Kept out of the items'
 * data so a lone card does not carry it.
 */
export const ambitionsNotes: Readonly<Partial<Record<FoundationId, string>>> =
  /*#__PURE__*/ Object.freeze({
    'evidence-and-information':
      'Ambition 6 is listed only because one case study, the self-assessment against the Ambitions Framework, is tagged “A1-6” (all six) in the report.',
  });
