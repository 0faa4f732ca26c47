import { ambitions } from './ambitions.js';
import { caseStudies } from './case-studies.js';
import { foundations } from './foundations.js';
import { getAmbition, getFoundation } from './queries.js';
import type { AmbitionId, CaseStudy, FoundationId } from './types.js';

// Lookups over the report's case studies, apart from the item lookups in queries.ts so that an
// element that only shows the guide (the card, the guide) never downloads the case studies with
// them: a bundler or the autoloader's chunks keep a module whole, with everything it imports.

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
