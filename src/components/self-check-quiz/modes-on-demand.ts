import { html } from 'lit';
import { lazyModule, type LazyModule } from '../shared/lazy-module.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/*
 * Two modes load only when a quiz has them, so a page with the usual self-check or a meeting
 * downloads neither: knowledge mode (render-knowledge.ts with the question generator,
 * engine/knowledge.ts, and the report's case-study listings: about 3.5 KB gz) and the member view
 * (render-member.ts with the member code: about 3.3 KB gz). What a knowledge quiz and a member's
 * phone download is budgeted in scripts/size.mjs ("page:knowledge", "page:member").
 */

export const knowledgeMode = lazyModule(
  () => import('./render-knowledge.js'),
  '<self-check-quiz> mode="knowledge": the questions could not load.',
);

export const memberMode = lazyModule(
  () => import('./render-member.js'),
  '<self-check-quiz> mode="member": the member view could not load.',
);

/**
 * While a mode loads: a line saying so (or that it could not load); the quiz redraws when the
 * load settles. Not once it failed: the redraw would ask again, its settled promise would redraw
 * again, and the page would never rest.
 */
export function loadingLine(q: SelfCheckQuiz, mode: LazyModule<unknown>, what: string) {
  if (!mode.failed) void mode.load().then(() => q.requestUpdate());
  return html`<p>
    ${
      mode.failed
        ? `The ${what} could not load. Check the connection, then reload the page.`
        : `Loading the ${what}…`
    }
  </p>`;
}
