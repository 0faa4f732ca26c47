import type { Foundation, FoundationId } from '../../content/index.js';
import { withAnswer, type Answers } from '../../engine/answers.js';
import type { GatheredMember, Gathering } from '../../engine/member-spread.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * The members gathered on a meeting screen (issue 28), per quiz. They live in memory only: a
 * reload forgets the codes. What the result keeps is each item's spread (counts per stage, never
 * who said what), written into the answers whenever a member is added or removed, and saved with
 * them only when the team chose to save. Nothing leaves the device.
 *
 * This module is the state, in every quiz's first download; what changes it (gather-actions.ts)
 * and the panel (gather-panel.ts) load when the facilitator opens "Gather members' ratings".
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
  /** This gathering's spread per item, as answers holding only `spread` and `spreadNotRated`. */
  spread?: Answers;
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
  return { filed, fresh: s.spread ?? {} };
}
