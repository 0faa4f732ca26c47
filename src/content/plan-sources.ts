import { deepFreeze } from './freeze.js';
import { links } from './links.js';
import type { FoundationId } from './types.js';

/**
 * The report's words the small-steps plan relies on, each with its line in
 * `realising-the-ambitions-report.txt` so a reviewer can check it in seconds.
 */

/** A sentence quoted from the report, with the line it is on. */
export interface ReportQuote {
  readonly text: string;
  /** Where a reader finds it, in words. */
  readonly source: string;
  /** Line number in realising-the-ambitions-report.txt. */
  readonly line: number;
}

/** A measure the report names for an item, in the report's words. */
export interface ReportMeasure extends Omit<ReportQuote, 'source'> {
  readonly foundation: FoundationId;
  /** The measure's name as the report gives it. */
  readonly name: string;
  readonly href?: string;
}

/**
 * Why a plan holds only a few steps (report 5.4, question 4, on transferring learning from case
 * studies): the reason the quiz limits a plan to three items by default.
 */
export const smallNumberOfChanges: ReportQuote = /*#__PURE__*/ deepFreeze({
  source: 'Realising the Ambitions report, section 5.4 (transferring learning from case studies)',
  text: 'We found that some case studies reported successfully developing a programme of work over years. To do this they prioritised a small number of changes or innovations at any one time.',
  line: 503,
});

/**
 * Measures the report names under an item (the guide's "Example in action" for item 3, and the
 * case studies of section 4). Items not listed here have no measure named by the report.
 */
export const reportMeasures: readonly ReportMeasure[] = /*#__PURE__*/ deepFreeze([
  {
    foundation: 'evidence-and-information',
    name: 'National Audit of Care at End of Life (NACEL)',
    href: links.nacel,
    text: 'National Audit of Care at End of Life (NACEL) and local mortality data to inform action plan, including address inequities in access.',
    line: 413,
  },
  {
    foundation: 'evidence-and-information',
    name: 'Integrated Palliative Care Outcome Scale (IPOS)',
    href: links.ipos,
    text: 'The Integrated Palliative Care Outcome Scale (IPOS) for patient care.',
    line: 413,
  },
  {
    foundation: 'involving-supporting-and-caring',
    name: 'National Audit of Care at End of Life (NACEL)',
    href: links.nacel,
    text: 'National Audit of Care at End of Life (NACEL) data relating to carers experience used to review and further develop relating to the needs of carers including bereavement',
    line: 171,
  },
] as const);

/** The measures the report names for one item (none for most items). */
export function measuresFor(foundation: FoundationId): readonly ReportMeasure[] {
  return reportMeasures.filter((m) => m.foundation === foundation);
}
