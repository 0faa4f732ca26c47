import { ambitions } from './ambitions.js';
import { caseStudies } from './case-studies.js';
import { foundations } from './foundations.js';
import type { Ambition, AmbitionId, CaseStudy, Foundation, FoundationId } from './types.js';

/*
 * Lookups used by elements whose attributes arrive as untrusted strings
 * (`foundation="3"`, `ambition="a6"`). They never throw: a bad attribute
 * should render a fallback, not break the host page.
 */

/** An item by number (3), numeric string ("3", " 3 ") or slug; otherwise undefined. */
export function getFoundation(idOrNumber: string | number): Foundation | undefined {
  if (typeof idOrNumber === 'number') {
    return Number.isInteger(idOrNumber)
      ? foundations.find((f) => f.number === idOrNumber)
      : undefined;
  }
  if (typeof idOrNumber !== 'string') return undefined;
  const key = idOrNumber.trim().toLowerCase();
  if (/^\d{1,2}$/.test(key)) return foundations.find((f) => f.number === Number(key));
  return foundations.find((f) => f.id === key);
}

/** An Ambition by id ("A6"), lower-case id ("a6") or number ("6", 6); otherwise undefined. */
export function getAmbition(id: string | number): Ambition | undefined {
  if (typeof id === 'number') return ambitions.find((a) => a.number === id);
  if (typeof id !== 'string') return undefined;
  const match = /^a?([1-6])$/i.exec(id.trim());
  return match ? ambitions.find((a) => a.number === Number(match[1])) : undefined;
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
  if (matrix) return matrix;
  const rows = {} as Record<FoundationId, Record<AmbitionId, number>>;
  for (const f of foundations) {
    const row = {} as Record<AmbitionId, number>;
    for (const a of ambitions) row[a.id] = 0;
    rows[f.id] = row;
  }
  for (const c of caseStudies) for (const a of c.ambitions) rows[c.foundation][a] += 1;
  for (const f of foundations) Object.freeze(rows[f.id]);
  matrix = Object.freeze(rows);
  return matrix;
}
