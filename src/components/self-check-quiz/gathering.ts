import type { Foundation, FoundationId } from '../../content/index.js';
import { withAnswer, type Answers } from '../../engine/answers.js';
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
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * The members gathered on a meeting screen (issue 28), per quiz. They live in memory only: a
 * reload forgets the codes. What the result keeps is each item's spread (counts per stage, never
 * who said what), written into the answers whenever a member is added or removed, and saved with
 * them only when the team chose to save. Nothing leaves the device.
 */
export interface GatherState {
  /** The panel is open (it opens itself once a member is in). */
  open: boolean;
  members: Gathering;
  /** What is in the code box: kept when a code is refused, so nothing typed is lost. */
  draft: string;
  /** Why the last code or file was refused, in a plain sentence; '' when none was. */
  problem: string;
  /** A code already in, which the facilitator may add again for another person with the same ratings. */
  duplicate?: { readonly text: string; readonly from: GatheredMember['from'] };
  /** The items' order by spread, once the facilitator asked for it; the guide's order when unset. */
  order?: readonly FoundationId[];
  /**
   * The round's answers as they were before the first member was gathered on this page: a round
   * filed as the earlier one ("Start the next round") keeps its own spread, not this meeting's.
   */
  before?: Answers;
}

const states = new WeakMap<SelfCheckQuiz, GatherState>();

/** The quiz's gathering (created empty on first use). */
export function gatherState(q: SelfCheckQuiz): GatherState {
  let s = states.get(q);
  if (!s) states.set(q, (s = { open: false, members: [], draft: '', problem: '' }));
  return s;
}

/** "1 member gathered", "3 members gathered". */
export const gatheredCount = (n: number) => `${n} member${n === 1 ? '' : 's'} gathered`;

/** The members changed: the answers take the new spread, and the count is announced. */
function changed(q: SelfCheckQuiz, s: GatherState, members: Gathering, said?: string) {
  s.before ??= q._answers;
  s.members = members;
  s.order = undefined;
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

/** The quiz's items in the order the meeting takes them (by spread, when asked). */
export function meetingOrder(
  q: SelfCheckQuiz,
  items: readonly Foundation[],
): readonly Foundation[] {
  const order = states.get(q)?.order;
  if (!order || q.mode !== 'meeting') return items;
  const rank = (f: Foundation) => {
    const i = order.indexOf(f.id);
    return i < 0 ? order.length : i;
  };
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/**
 * "Start the next round" with members gathered: the round filed keeps the spread it had before
 * this meeting's gathering (`filed`), and the new round starts with this meeting's (`fresh`).
 */
export function splitRounds(q: SelfCheckQuiz): { filed: Answers; fresh: Answers } {
  const s = states.get(q);
  if (!s?.members.length || !s.before) return { filed: q._answers, fresh: {} };
  let filed = q._answers;
  for (const f of q.items) {
    const { spread, spreadNotRated } = s.before[f.id] ?? {};
    filed = withAnswer(filed, f.id, { spread, spreadNotRated });
  }
  s.before = {};
  return { filed, fresh: withSpread({}, s.members, q.items) };
}
