import { html } from 'lit';
import type { KnowledgeQuestion } from '../../engine/index.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/*
 * Knowledge mode (render-knowledge.ts and the question generator, engine/knowledge.ts, with the
 * report's case-study listings) is loaded only when a quiz has `mode="knowledge"`, as the member
 * view is: a page with the usual self-check or a meeting downloads none of it (about 3.5 KB gz).
 */

let view: typeof import('./render-knowledge.js') | undefined;
let loading: Promise<unknown> | undefined;
let failed = false;

/** Starts loading knowledge mode (once); settles when it is in, or could not load. */
export const loadKnowledge = (): Promise<unknown> =>
  (loading ??= import('./render-knowledge.js').then(
    (module) => (view = module),
    () => {
      failed = true;
      console.warn('<self-check-quiz> mode="knowledge": the questions could not load.');
    },
  ));

/** True once knowledge mode is in (or failed to load: nothing more to wait for). */
export const knowledgeSettled = (): boolean => !!view || failed;

/** The questions for `count` and `seed`; none until knowledge mode is in. */
export const questionsOf = (count: number, seed: number): readonly KnowledgeQuestion[] =>
  view ? view.generateQuestions(count, seed) : [];

/** Knowledge mode's screen, or a line saying it is loading (or could not load). */
export function renderKnowledgeOnDemand(q: SelfCheckQuiz) {
  if (view) return view.renderKnowledge(q);
  void loadKnowledge().then(() => q.requestUpdate());
  return html`<p>
    ${
      failed
        ? 'The knowledge quiz could not load. Check the connection, then reload the page.'
        : 'Loading the knowledge quiz…'
    }
  </p>`;
}
