// The package's main entry: element classes, the content API and types. No side effects:
// importing this registers nothing (use `ambitions-elements/define/<tag>` for that).
export * from './content/index.js';
export { define } from './define/define.js';
export * from './engine/index.js';
export {
  SelfCheckQuiz,
  SelfCheckChangeEvent,
  SelfCheckCompleteEvent,
} from './components/self-check-quiz/self-check-quiz.js';
export type {
  ImportOutcome,
  KnowledgeScore,
} from './components/self-check-quiz/self-check-quiz.js';
