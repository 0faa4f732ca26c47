import type { SelfCheckResult } from '../../engine/index.js';

/** Fired when the reader changes an answer, a note, or imports or clears answers. */
export class SelfCheckChangeEvent extends Event {
  constructor(readonly detail: SelfCheckResult) {
    super('ambitions-self-check-change', { bubbles: true, composed: true });
  }
}

/** Knowledge mode score: right answers out of questions asked. */
export interface KnowledgeScore {
  readonly correct: number;
  readonly total: number;
}

/** Fired when the reader reaches the results (reflect) or the score (knowledge). */
export class SelfCheckCompleteEvent extends Event {
  constructor(
    readonly detail: SelfCheckResult,
    readonly score?: KnowledgeScore,
  ) {
    super('ambitions-self-check-complete', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ambitions-self-check-change': SelfCheckChangeEvent;
    'ambitions-self-check-complete': SelfCheckCompleteEvent;
  }
}
