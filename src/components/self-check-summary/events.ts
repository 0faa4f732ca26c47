import type { SystemSummary } from '../../engine/index.js';

/**
 * Fired when the lead changes what the summary shows: files added, a team name written in, the
 * round, the comparison round, the organisation filter or "Hide team names". `detail` is the summary.
 */
export class SummaryChangeEvent extends Event {
  constructor(readonly detail: SystemSummary) {
    super('ambitions-summary-change', { bubbles: true, composed: true });
  }
}

/** What `addFiles()` did with the files it was given. */
export interface AddFilesOutcome {
  /** Results added (a combined file can add several). */
  readonly added: number;
  /** Results already there (the same result, or the same organisation, team and date): counted once. */
  readonly duplicates: number;
  /** Files that could not be used, each with a plain reason. */
  readonly rejected: readonly { readonly name: string; readonly reason: string }[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ambitions-summary-change': SummaryChangeEvent;
  }
}
