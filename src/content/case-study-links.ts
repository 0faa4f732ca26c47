import { deepFreeze } from './freeze.js';
import type { FoundationId, ReportQuote } from './types.js';

/*
 * Where the report *Realising the Ambitions* (2023) relates one of its section 4 examples to more
 * than the item it lists it under. The knowledge quiz asks under which item the report lists an
 * example (a fact of the report), and never offers as a wrong answer an item these support.
 * Every `text` is the report's words at `line` of realising-the-ambitions-report.txt (a content
 * test checks each one).
 */

/** A sentence of an item's introduction in section 4 that relates its examples to another item. */
export interface SectionStatement extends ReportQuote {
  /** The item whose introduction says it. */
  readonly section: FoundationId;
  /** The other item it names. */
  readonly also: FoundationId;
}

/** An example's own words that name another item (derived by us: the words are the report's). */
export interface ExampleAlsoNames extends ReportQuote {
  /** The case study's id (`<slug>-<n>`, see case-studies.ts). */
  readonly caseStudy: string;
  readonly also: FoundationId;
}

/** The report's own statements, shown in the quiz's explanations in its words. */
export const sectionStatements: readonly SectionStatement[] = /*#__PURE__*/ deepFreeze([
  {
    section: 'personalised-care-planning',
    also: 'education-and-training',
    text: 'Case studies mentioned the role of education, communication skills, and infrastructure to support personalised care planning.',
    line: 121,
  },
  {
    section: 'shared-records',
    also: 'personalised-care-planning',
    text: 'Many of these examples also related to personalised care planning.',
    line: 130,
  },
]);

/**
 * Derived by us, not the report's classification: where an example's own words name another item
 * ("Carers involved" names item 4), so a reader who answers that item is not told they are wrong.
 */
export const examplesAlsoName: readonly ExampleAlsoNames[] = /*#__PURE__*/ deepFreeze([
  {
    caseStudy: 'personalised-care-planning-1',
    also: 'education-and-training',
    text: 'providing training',
    line: 123,
  },
  {
    caseStudy: 'personalised-care-planning-4',
    also: 'evidence-and-information',
    text: 'codes in data systems',
    line: 126,
  },
  {
    caseStudy: 'shared-records-1',
    also: 'personalised-care-planning',
    text: 'personalised recommendations',
    line: 132,
  },
  {
    caseStudy: 'shared-records-2',
    also: 'personalised-care-planning',
    text: 'personalised recommendation',
    line: 133,
  },
  {
    caseStudy: 'shared-records-3',
    also: 'evidence-and-information',
    text: 'Summary Care Data',
    line: 135,
  },
  {
    caseStudy: 'shared-records-3',
    also: 'education-and-training',
    text: 'Roll out with training',
    line: 135,
  },
  {
    caseStudy: 'shared-records-4',
    also: 'evidence-and-information',
    text: 'performance data',
    line: 136,
  },
  {
    caseStudy: 'evidence-and-information-1',
    also: 'involving-supporting-and-caring',
    text: 'the dying person and those important to them',
    line: 152,
  },
  {
    caseStudy: 'evidence-and-information-4',
    also: 'involving-supporting-and-caring',
    text: 'give bereaved people a voice',
    line: 155,
  },
  {
    caseStudy: 'involving-supporting-and-caring-4',
    also: 'education-and-training',
    text: 'fully trained local people',
    line: 170,
  },
  {
    caseStudy: 'involving-supporting-and-caring-5',
    also: 'evidence-and-information',
    text: 'data relating to carers experience',
    line: 171,
  },
  {
    caseStudy: 'access-24-7-1',
    also: 'involving-supporting-and-caring',
    text: 'families',
    line: 188,
  },
  {
    caseStudy: 'access-24-7-3',
    also: 'education-and-training',
    text: 'trained to recognise',
    line: 190,
  },
  {
    caseStudy: 'access-24-7-3',
    also: 'collaboration-and-partnership-working',
    text: 'work closely with ward staff',
    line: 190,
  },
  {
    caseStudy: 'access-24-7-4',
    also: 'shared-records',
    text: 'electronic version of the palliative care Kardex',
    line: 191,
  },
  {
    caseStudy: 'access-24-7-4',
    also: 'collaboration-and-partnership-working',
    text: 'palliative care pharmacy network',
    line: 191,
  },
  {
    caseStudy: 'co-design-1',
    also: 'involving-supporting-and-caring',
    text: 'Carers forums',
    line: 197,
  },
  { caseStudy: 'co-design-1', also: 'leadership', text: 'strategy development', line: 197 },
  {
    caseStudy: 'co-design-1',
    also: 'collaboration-and-partnership-working',
    text: 'working across system',
    line: 197,
  },
  {
    caseStudy: 'co-design-2',
    also: 'involving-supporting-and-caring',
    text: 'Carers involved',
    line: 198,
  },
  { caseStudy: 'leadership-1', also: 'sharing-learning', text: 'showcasing', line: 204 },
  {
    caseStudy: 'leadership-2',
    also: 'collaboration-and-partnership-working',
    text: 'to reduce siloed working',
    line: 205,
  },
]);

/** The page of the report where each item's case studies start (its contents, lines 25-32). */
export const caseStudyPages: Readonly<Partial<Record<FoundationId, number>>> =
  /*#__PURE__*/ Object.freeze({
    'personalised-care-planning': 6,
    'shared-records': 6,
    'evidence-and-information': 7,
    'involving-supporting-and-caring': 7,
    'education-and-training': 7,
    'access-24-7': 8,
    'co-design': 8,
    leadership: 8,
  });
