import { ambitions } from './ambitions.js';
import { caseStudies } from './case-studies.js';
import { foundations } from './foundations.js';
import type { Ambition, AmbitionId, CaseStudy, Foundation, FoundationId } from './types.js';

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

export interface CaseStudyFilter {
  /** Item number, numeric string or slug. */
  readonly foundation?: FoundationId | number | string;
  /** "A1"-"A6", "a1" or 1-6. */
  readonly ambition?: AmbitionId | number | string;
}

/**
 * Case studies matching every given filter, in the report's order. A filter
 * that names no real item or Ambition matches nothing (an empty list), so a
 * typo never silently shows everything.
 */
export function caseStudiesFor(filter: CaseStudyFilter = {}): readonly CaseStudy[] {
  const { foundation, ambition } = filter ?? {};
  let result: readonly CaseStudy[] = caseStudies;
  if (foundation !== undefined) {
    const f = getFoundation(foundation);
    if (!f) return [];
    result = result.filter((c) => c.foundation === f.id);
  }
  if (ambition !== undefined) {
    const a = getAmbition(ambition);
    if (!a) return [];
    result = result.filter((c) => c.ambitions.includes(a.id));
  }
  return result;
}

export type EvidenceMatrix = Readonly<Record<FoundationId, Readonly<Record<AmbitionId, number>>>>;

let matrix: EvidenceMatrix | undefined;

/**
 * How many case studies link each item to each Ambition. Items 9 and 10 are
 * all zeros: the report gives them no case studies. Computed once, frozen.
 */
export function evidenceMatrix(): EvidenceMatrix {
  return (matrix ??= Object.freeze(
    Object.fromEntries(
      foundations.map((f) => [
        f.id,
        Object.freeze(
          Object.fromEntries(
            ambitions.map((a) => [
              a.id,
              caseStudies.filter((c) => c.foundation === f.id && c.ambitions.includes(a.id)).length,
            ]),
          ),
        ),
      ]),
    ) as EvidenceMatrix,
  ));
}
