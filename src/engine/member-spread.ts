import type { Foundation, FoundationId } from '../content/index.js';
import { withAnswer, type Answers, type Spread } from './answers.js';
import { decodeMemberCode, type MemberRatings } from './member-code.js';
import { isSplit } from './spread-rule.js';
import { getStage, stages, type StageId } from './stages.js';

/**
 * Gathering members' ratings on the meeting screen, and how they spread per item. Pure: the
 * meeting screen keeps a `Gathering` and replaces it with what these functions return.
 */

/** One member gathered: their code (standard form, grouped), ratings and optional first name. */
export interface GatheredMember {
  readonly code: string;
  readonly ratings: MemberRatings;
  readonly name?: string;
  /** How they were added, for the screen's list: typed, a file, the camera, a picture's QR code. */
  readonly from: 'typed' | 'file' | 'scanned' | 'picture';
}

export type Gathering = readonly GatheredMember[];

export type AddOutcome =
  | { readonly ok: true; readonly gathering: Gathering; readonly member: GatheredMember }
  | {
      readonly ok: false;
      readonly error: string;
      /** Set when the code is already in: the number (1-based) of the member it matches. */
      readonly duplicateOf?: number;
    };

/**
 * Adds the member whose code is `text`. Refuses a code that does not read (with the reason) and a
 * code already gathered (`duplicateOf`), since the same code typed or dropped twice would count one
 * voice twice. Two people who chose exactly the same stages and gave no name do get the same code:
 * `sameAnswersAgain` adds it anyway, once the facilitator has checked that it is another person.
 */
export function addMember(
  gathering: Gathering,
  text: unknown,
  from: GatheredMember['from'] = 'typed',
  sameAnswersAgain = false,
): AddOutcome {
  const read = decodeMemberCode(text);
  if (!read.ok) return read;
  const index = gathering.findIndex((m) => m.code === read.code);
  if (index >= 0 && !sameAnswersAgain)
    return {
      ok: false,
      error: `This code is already in, as member ${index + 1}. The same code twice would count one voice twice.`,
      duplicateOf: index + 1,
    };
  const member: GatheredMember = { code: read.code, ...read.value, from };
  return { ok: true, gathering: [...gathering, member], member };
}

/** The gathering without the member at `index` (0-based); unchanged when there is none. */
export function removeMember(gathering: Gathering, index: number): Gathering {
  return gathering.filter((_, i) => i !== index);
}

/** How the members' stages spread on one item. */
export interface ItemSpread {
  readonly foundation: FoundationId;
  /** Members per stage, every stage present (0 when none chose it). */
  readonly counts: Readonly<Record<StageId, number>>;
  /** Members who did not rate this item. */
  readonly notRated: number;
  /** Members who rated it. */
  readonly rated: number;
  /**
   * Stages between the lowest and the highest rating (0 when all agree or fewer than two rated):
   * the stages' values (0-4) highest minus lowest.
   */
  readonly range: number;
  /** How many different stages were chosen. */
  readonly distinct: number;
  /** FAR_APART_STAGES or more between two members: worth talking about first. */
  readonly farApart: boolean;
}

/** A spread as the result keeps it: members per stage, only the stages someone chose. */
export function keptSpread(spread: ItemSpread): Spread {
  return Object.fromEntries(
    stages.filter((s) => spread.counts[s.id]).map((s) => [s.id, spread.counts[s.id]]),
  );
}

/**
 * The answers with every item's spread from the gathering: counts and "not rated" per item, the
 * agreed stage and notes untouched. With nobody gathered, the spread is cleared.
 */
export function withSpread(
  answers: Answers,
  members: Gathering,
  items: readonly Foundation[],
): Answers {
  let next = answers;
  for (const item of items) {
    const spread = itemSpread(members, item.id);
    next = withAnswer(next, item.id, {
      spread: spread.rated ? keptSpread(spread) : undefined,
      spreadNotRated: spread.rated ? spread.notRated : undefined,
    });
  }
  return next;
}

export { displayName, FAR_APART_STAGES, isSplit } from './spread-rule.js';

/** The spread of `members`' ratings on one item. */
export function itemSpread(members: Gathering, foundation: FoundationId): ItemSpread {
  const counts = Object.fromEntries(stages.map((s) => [s.id, 0])) as Record<StageId, number>;
  const values: number[] = [];
  for (const m of members) {
    const stage = getStage(m.ratings[foundation]);
    if (!stage) continue;
    counts[stage.id]++;
    values.push(stage.value);
  }
  const range = values.length ? Math.max(...values) - Math.min(...values) : 0;
  return {
    foundation,
    counts,
    notRated: members.length - values.length,
    rated: values.length,
    range,
    distinct: new Set(values).size,
    farApart: isSplit(counts),
  };
}

/**
 * The items with their spread, the most divided first: by range, then by how many different
 * stages were chosen, then in the guide's order. Items nobody rated come last.
 */
export function itemsBySpread(
  members: Gathering,
  items: readonly Foundation[],
): { readonly item: Foundation; readonly spread: ItemSpread }[] {
  return items
    .map((item, order) => ({ item, order, spread: itemSpread(members, item.id) }))
    .sort(
      (a, b) =>
        Number(b.spread.rated > 0) - Number(a.spread.rated > 0) ||
        b.spread.range - a.spread.range ||
        b.spread.distinct - a.spread.distinct ||
        a.order - b.order,
    )
    .map(({ item, spread }) => ({ item, spread }));
}
