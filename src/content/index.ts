/**
 * The typed content API: the guide's text and findings as plain data, lookups,
 * and validation of host overrides. No DOM and no side effects, so it imports
 * in Node, workers and servers as well as browsers.
 */
export { ambitions } from './ambitions.js';
export { foundations } from './foundations.js';
export { caseStudies } from './case-studies.js';
export { findings } from './findings.js';
export { measuresFor, reportMeasures, smallNumberOfChanges } from './plan-sources.js';
export type { ReportMeasure, ReportQuote } from './plan-sources.js';
export { attribution, report } from './attribution.js';
export {
  understandInterpretImplement,
  ambitionSix,
  practiceInsights,
  caseStudyNote,
} from './report-insights.js';
export { guideIntro } from './guide-intro.js';
export { ambitionsNotes } from './ambitions-notes.js';
export { addedItemsQuotes, addedItemsCounting } from './added-items.js';
export { barriersAndFacilitators } from './report-lists.js';
export { sectionStatements, examplesAlsoName, caseStudyPages } from './case-study-links.js';
export type { SectionStatement, ExampleAlsoNames } from './case-study-links.js';
export type { GuideIntro } from './guide-intro.js';
export { links, additionalReading } from './links.js';
export { getFoundation, getAmbition } from './queries.js';
export { caseStudiesFor, evidenceMatrix } from './case-study-queries.js';
export type { CaseStudyFilter, EvidenceMatrix } from './case-study-queries.js';
export { validateContentOverride } from './override.js';
export { hasUserinfo, isSafeHref } from './safe-href.js';
export type * from './types.js';
export {
  validateLocalExamples,
  LOCAL_EXAMPLES_FORMAT,
  LOCAL_EXAMPLES_VERSION,
  MAX_LOCAL_EXAMPLES,
} from './local-examples.js';
export { NHS_ENGLAND_REGIONS, canonicalRegion } from './regions.js';
export type {
  LocalExamplesFile,
  LocalExample,
  ExamplesOrganisation,
  ExamplesContact,
} from './local-examples.js';
