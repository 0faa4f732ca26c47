import { readMemberFile } from '../../engine/member-code.js';
import {
  addMember,
  displayName,
  itemsBySpread,
  removeMember,
  withSpread,
  type GatheredMember,
  type Gathering,
} from '../../engine/member-spread.js';
import { gatheredCount, gatherState, type GatherState } from './gathering.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/*
 * What the gathering panel does: add members (typed, from files, scanned), remove one, order the
 * items by spread. Loaded with the panel (gather-panel.ts), never in a quiz's first download.
 */

/** The members changed: the answers take the new spread, and the count is announced. */
function changed(q: SelfCheckQuiz, s: GatherState, members: Gathering, said?: string) {
  s.before ??= q._answers;
  s.members = members;
  s.order = undefined;
  s.spread = withSpread({}, members, q.items);
  q.changed(withSpread(q._answers, members, q.items));
  q.announce(said ?? gatheredCount(members.length));
}

/**
 * Adds the member whose code is `text`. A refused code stays where it was typed, with the reason
 * shown and announced. True when added.
 */
export function gather(
  q: SelfCheckQuiz,
  text: string,
  from: GatheredMember['from'],
  sameAnswersAgain = false,
): boolean {
  const s = gatherState(q);
  const outcome = addMember(s.members, text, from, sameAnswersAgain);
  s.duplicate = undefined;
  if (!outcome.ok) {
    s.problem = outcome.error;
    if (outcome.duplicateOf) s.duplicate = { text, from };
    q.announce(outcome.error);
    q.requestUpdate();
    return false;
  }
  s.problem = '';
  s.open = true;
  if (from === 'typed') s.draft = '';
  const who = outcome.member.name ? ` (${displayName(outcome.member.name)})` : '';
  changed(
    q,
    s,
    outcome.gathering,
    `Member ${outcome.gathering.length}${who} added. ${gatheredCount(outcome.gathering.length)}.`,
  );
  return true;
}

/** Removes member `index` (0-based). */
export function ungather(q: SelfCheckQuiz, index: number): void {
  const s = gatherState(q);
  s.problem = '';
  s.duplicate = undefined;
  const left = removeMember(s.members, index);
  changed(q, s, left, `Member ${index + 1} removed. ${gatheredCount(left.length)}.`);
}

/** Reads members' files (or files holding a code); each refused one is named with its reason. */
export async function gatherFiles(q: SelfCheckQuiz, files: readonly File[]): Promise<void> {
  const problems: string[] = [];
  for (const file of files) {
    if (file.size > 100_000) {
      problems.push(`${file.name}: not a member’s ratings file (too large).`);
      continue;
    }
    const read = readMemberFile(await file.text());
    if (!read.ok) problems.push(`${file.name}: ${read.error}`);
    else if (!gather(q, read.code, 'file'))
      problems.push(`${file.name}: ${gatherState(q).problem}`);
  }
  const s = gatherState(q);
  s.problem = problems.join(' ');
  if (problems.length) {
    s.duplicate = undefined;
    q.announce(s.problem);
  }
  q.requestUpdate();
}

/**
 * Orders the items by spread (the most divided first) for this meeting, or back to the guide's
 * order. The order is taken once, when asked: a member added later does not reshuffle the items.
 */
export function orderBySpread(q: SelfCheckQuiz, on: boolean): void {
  const s = gatherState(q);
  s.order = undefined;
  if (on) s.order = itemsBySpread(s.members, q.items).map(({ item }) => item.id);
  q.announce(
    on ? 'Items ordered by spread, the most divided first.' : 'Items in the guide’s order.',
  );
  q.requestUpdate();
}
