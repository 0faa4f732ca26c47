import { isFoundationId } from './answers.js';
import { evidenceMatrix, getAmbition, getFoundation, isSafeHref } from '../content/index.js';
import type { AmbitionId, Foundation, FoundationId } from '../content/index.js';
import { getStage, type SelfCheckSummary, type StageId } from './stages.js';

/** What is chosen on the map: an Ambition (column), an item (row) or one pair (cell). */
export type MapSelection =
  | { readonly kind: 'ambition'; readonly ambition: AmbitionId }
  | { readonly kind: 'foundation'; readonly foundation: FoundationId }
  | { readonly kind: 'cell'; readonly foundation: FoundationId; readonly ambition: AmbitionId };

/**
 * Reads a `selected` attribute: "A6" (an Ambition), "7" or a slug (an item), "7:A6" (a pair).
 * Anything else is undefined. A bare number is always an item: Ambitions carry their "A".
 */
export function parseMapSelection(value: unknown): MapSelection | undefined {
  if (typeof value !== 'string') return undefined;
  const [first, second, extra] = value.trim().split(':');
  const pair = second !== undefined;
  const ambition = /^a[1-6]$/i.test((second ?? first).trim())
    ? getAmbition(second ?? first)!.id
    : undefined;
  const foundation = pair || !ambition ? getFoundation(first)?.id : undefined;
  if (extra !== undefined || (pair && !(foundation && ambition))) return undefined;
  return foundation && ambition
    ? { kind: 'cell', foundation, ambition }
    : foundation
      ? { kind: 'foundation', foundation }
      : ambition && { kind: 'ambition', ambition };
}

/** The `selected` string for a selection: "A6", "7" or "7:A6" (the inverse of the parser). */
export function formatMapSelection(selection: MapSelection): string {
  const { foundation, ambition } = selection as {
    foundation?: FoundationId;
    ambition?: AmbitionId;
  };
  return [foundation && getFoundation(foundation)!.number, ambition].filter(Boolean).join(':');
}

/**
 * How an item relates to an Ambition on the map: a count of the report's case studies, or, for
 * items 9 and 10 (no case studies), the guide authors' own link, under every Ambition: the report
 * added them as themes "invaluable to realising the Ambitions" (line 373).
 */
export function mapLink(
  foundation: Foundation,
  ambition: AmbitionId,
): { readonly count: number; readonly authorsLink: boolean } {
  const count = evidenceMatrix()[foundation.id][ambition];
  return {
    count,
    authorsLink: foundation.addedByGuide && count === 0 && foundation.ambitions.includes(ambition),
  };
}

/** A heat level 0-4 for a count: 0, 1, 2, 3, 4 or more. */
export function heatLevel(count: number): 0 | 1 | 2 | 3 | 4 {
  return Math.min(Math.max(Math.floor(count) || 0, 0), 4) as 0 | 1 | 2 | 3 | 4;
}

/**
 * Each item's stage from a self-check summary, or the reasons it was refused. Entries for unknown
 * items or with unknown stages are dropped (and reported); an absent stage means "not answered".
 */
export function stagesFromSummary(value: unknown): {
  readonly stages: ReadonlyMap<FoundationId, StageId>;
  readonly errors: readonly string[];
} {
  const stages = new Map<FoundationId, StageId>();
  const items = (value as SelfCheckSummary | null)?.items;
  if (typeof value !== 'object' || !Array.isArray(items)) {
    return { stages, errors: ['expected an object with an "items" array'] };
  }
  const errors: string[] = [];
  items.forEach((entry: unknown, index) => {
    const { foundation, stage } = (entry ?? {}) as { foundation?: unknown; stage?: unknown };
    if (!isFoundationId(foundation))
      errors.push(`items[${index}].foundation: "${String(foundation)}" is not an item`);
    else if (stage !== undefined && !getStage(stage))
      errors.push(`items[${index}].stage: "${String(stage)}" is not a stage`);
    else if (stage !== undefined) stages.set(foundation, stage as StageId);
  });
  return { stages, errors };
}

/**
 * Fills an `item-href` template ("#item-{number}", "/guide/{id}") for an item. Only fragments,
 * same-site paths and http(s)/mailto survive; anything else (javascript:, data:) gives undefined.
 */
export function fillItemHref(
  template: unknown,
  foundation: Pick<Foundation, 'number' | 'id'>,
): string | undefined {
  if (typeof template !== 'string' || template.trim() === '') return undefined;
  const href = template
    .trim()
    .replace(/\{number\}/g, String(foundation.number))
    .replace(/\{id\}/g, foundation.id);
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\s\u0000-\u001f\u007f\\]/.test(href)) return undefined;
  if (/^(#|\/(?!\/)|\.{1,2}\/|\?)/.test(href)) return href;
  return isSafeHref(href) ? href : undefined;
}
