import type { Ambition } from './types.js';

/**
 * The six Ambitions, in the framework's official wording. The report paraphrases
 * some of them (notably Ambition 6), so these titles come from the framework
 * itself, not from the report's text.
 */
export const ambitions = [
  { id: 'A1', number: 1, title: 'Each person is seen as an individual' },
  { id: 'A2', number: 2, title: 'Each person gets fair access to care' },
  { id: 'A3', number: 3, title: 'Maximising comfort and wellbeing' },
  { id: 'A4', number: 4, title: 'Care is coordinated' },
  { id: 'A5', number: 5, title: 'All staff are prepared to care' },
  { id: 'A6', number: 6, title: 'Each community is prepared to help' },
] as const satisfies readonly Ambition[];
