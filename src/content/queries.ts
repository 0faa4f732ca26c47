import { ambitions } from './ambitions.js';
import { foundations } from './foundations.js';
import type { Ambition, Foundation } from './types.js';

/*
 * Lookups used by elements whose attributes arrive as untrusted strings
 * (`foundation="3"`, `ambition="a6"`). They never throw: a bad attribute
 * should render a fallback, not break the host page.
 */

/** A number or string as a trimmed lower-case key; anything else as '' (which matches nothing). */
const keyOf = (value: unknown): string =>
  typeof value === 'number' || typeof value === 'string' ? String(value).trim().toLowerCase() : '';

/** An item by number (3), numeric string ("3", " 3 ") or slug; otherwise undefined. */
export function getFoundation(idOrNumber: string | number): Foundation | undefined {
  const key = keyOf(idOrNumber);
  return foundations.find((f) => f.id === key || (/^\d\d?$/.test(key) && f.number === +key));
}

/** An Ambition by id ("A6"), lower-case id ("a6") or number ("6", 6); otherwise undefined. */
export function getAmbition(id: string | number): Ambition | undefined {
  const match = /^a?([1-6])$/.exec(keyOf(id));
  return match ? ambitions[+match[1] - 1] : undefined;
}
