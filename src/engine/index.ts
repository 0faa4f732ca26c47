// Pure logic shared by the elements: no Lit, no DOM. Public as `ambitions-elements/engine`.
export * from './stages.js';
export * from './grid-navigation.js';
export * from './case-study-filter.js';
export * from './ambition-map.js';
export {
  isFoundationId,
  MAX_NOTES_LENGTH,
  sanitiseAnswers,
  withAnswer,
  type Answer,
  type Answers,
} from './answers.js';
export * from './scoring.js';
export * from './knowledge.js';
export * from './result-file.js';
export * from './result-date.js';
export * from './plan.js';
export * from './result-csv.js';
export * from './result-format.js';
export * from './storage.js';
export * from './round.js';
export * from './earlier-round.js';
export * from './trend.js';
export * from './local-content.js';
export * from './exchange.js';
export * from './exchange-fetch.js';
export * from './meeting-words.js';
export * from './summary-read.js';
export * from './summary.js';
export * from './summary-trend.js';
export * from './summary-board.js';
export * from './summary-rollup.js';
export * from './member-code.js';
export * from './member-spread.js';
