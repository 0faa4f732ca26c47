// The package's main entry: element classes, the content API and types. No side effects:
// importing this registers nothing (use `ambitions-elements/define/<tag>` for that).
export * from './content/index.js';
export { define } from './define/define.js';
export { defineAll } from './define/define-all.js';
export * from './engine/index.js';
export { FoundationCard, CardToggleEvent } from './components/foundation-card/foundation-card.js';
export type { CardToggleDetail } from './components/foundation-card/foundation-card.js';
export { GrabAndGoGuide } from './components/grab-and-go-guide/grab-and-go-guide.js';
export { AmbitionMap, AmbitionMapSelectEvent } from './components/ambition-map/ambition-map.js';
export type { AmbitionMapSelectDetail } from './components/ambition-map/ambition-map.js';
export { CaseStudyExplorer } from './components/case-study-explorer/case-study-explorer.js';
export { CommunityLens } from './components/community-lens/community-lens.js';
export {
  SelfCheckQuiz,
  SelfCheckChangeEvent,
  SelfCheckCompleteEvent,
} from './components/self-check-quiz/self-check-quiz.js';
export type {
  ImportOutcome,
  KnowledgeScore,
} from './components/self-check-quiz/self-check-quiz.js';
export {
  SelfCheckSummary,
  SummaryChangeEvent,
} from './components/self-check-summary/self-check-summary.js';
export type { AddFilesOutcome } from './components/self-check-summary/self-check-summary.js';
// Translations of the interface strings: `configureLocalization({ sourceLocale: 'en', targetLocales,
// loadLocale })` then `setLocale('cy')`; ids and English text in docs/local-content.md.
export { configureLocalization } from '@lit/localize';
export { checkContentSrc } from './components/shared/local-content.js';
