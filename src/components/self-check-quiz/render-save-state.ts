import { html } from 'lit';
import { button } from './screen-helpers.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * Whether what is on screen is saved, shown next to the controls (not only in the status line),
 * with "Save on this device" where it is not. Nothing is stored until the person chooses it; until
 * then, leaving the page with work on it makes the browser ask first.
 */
export function renderSaveState(q: SelfCheckQuiz) {
  if (q.noStorage)
    return html`<span class="save-state" part="save-state"
      >Kept only while this page is open</span
    >`;
  if (q.storage.saving)
    return html`<span
      class="save-state saved"
      part="save-state"
      tabindex="-1"
      data-focus="save-state-done"
      >${q.storage.unsaved ? 'Saving on this device…' : '✓ Saved on this device'}</span
    >`;
  return html`<span class="save-state unsaved" part="save-state">Not saved</span>
    ${saveOnDevice(q, 'save-state-done', 'save-state')}`;
}

/**
 * "Save on this device" (its focus key `key`): saving starts, and focus goes to the control now
 * in its place (`next`).
 */
export const saveOnDevice = (q: SelfCheckQuiz, next: string, key: string) =>
  button(
    'Save on this device',
    (e) => {
      q.keepFocus(next, e);
      q.storage.save(true);
    },
    '',
    false,
    key,
  );

/** The sentence that says how the work is kept (ours). */
export function savingSentence(q: SelfCheckQuiz) {
  if (q.noStorage)
    return 'Your work is kept only while this page is open: download a copy to keep it.';
  return q.storage.saving
    ? 'Saved on this device as you go (this browser only), and exported with your answers.'
    : 'Not saved yet: nothing is stored until you choose "Save on this device". Until then, the browser asks before you leave this page, so nothing is lost by mistake.';
}
