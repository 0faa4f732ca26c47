import { html } from 'lit';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/*
 * The member view (render-member.ts, with the member code) is loaded only when a quiz has
 * `mode="member"`, so a page with the usual self-check downloads none of it. What a member's
 * phone downloads is budgeted in scripts/size.mjs ("page:member").
 */

let view: typeof import('./render-member.js') | undefined;
let loading: Promise<unknown> | undefined;
let failed = false;

/** The member view, or a line saying it is loading (or could not load). */
export function renderMemberOnDemand(q: SelfCheckQuiz) {
  if (view) return view.renderMember(q);
  loading ??= import('./render-member.js').then(
    (module) => (view = module),
    () => {
      failed = true;
      console.warn('<self-check-quiz> mode="member": the member view could not load.');
    },
  );
  void loading?.then(() => q.requestUpdate());
  return html`<div class="root" part="root base">
    <p>
      ${
        failed
          ? 'The member view could not load. Check the connection, then reload the page.'
          : 'Loading the member view…'
      }
    </p>
  </div>`;
}
