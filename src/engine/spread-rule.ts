import type { Spread } from './answers.js';
import { stages } from './stages.js';

/*
 * The one rule for "far apart", in a module of its own: the results, the printout, the CSV and the
 * summary use it without downloading the member codes' reader (member-code.ts), which only the
 * meeting screen's gathering needs; and a member's first name as screens show it. member-spread.ts
 * re-exports both.
 */

/**
 * "Far apart": at least two members are two or more stages apart on the item (e.g. one says
 * "understanding", another "implementing"). Neighbouring stages are a matter of wording; two
 * stages apart means members see the work differently.
 */
export const FAR_APART_STAGES = 2;

/**
 * The one rule for "far apart" (the meeting screen, the results, the printout and the summary
 * all use it): in a kept spread, the highest stage chosen is FAR_APART_STAGES or more above the
 * lowest. False for no spread or a single member.
 */
export function isSplit(spread: Spread | undefined): boolean {
  const values = stages.filter((s) => (spread?.[s.id] ?? 0) > 0).map((s) => s.value);
  return values.length > 1 && Math.max(...values) - Math.min(...values) >= FAR_APART_STAGES;
}

/** A code's first name for the screen: "ANNE-MARIE" -> "Anne-Marie". */
export function displayName(name: string | undefined): string {
  return (name ?? '').toLowerCase().replace(/(^|[\s'-])([a-z])/g, (_, p, c) => p + c.toUpperCase());
}
