import { caseStudies, getAmbition, getFoundation } from '../content/index.js';
import type { AmbitionId, CaseStudy, FoundationId } from '../content/index.js';

/**
 * Text for matching: lower case, accents and curly quotes folded, every run of anything that is
 * not a letter or digit turned into one space. "Co-design’s" and "co design's" match.
 */
export function normaliseSearch(text: unknown): string {
  return typeof text === 'string'
    ? text
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[\u0300-\u036f’‘']/g, '')
        .replace(/[^\p{L}\p{N}/]+/gu, ' ')
        .trim()
    : '';
}

export interface CaseStudyQuery {
  /** Item number, numeric string or slug; empty or absent means every item. */
  readonly foundation?: string | number;
  /** "A1"-"A6", "a1" or 1-6; empty or absent means every Ambition. */
  readonly ambition?: string | number;
  /** Free text: every word must appear in the title, summary or item title. */
  readonly text?: string;
}

export interface CaseStudyFilterResult {
  readonly items: readonly CaseStudy[];
  /** The item filter that was applied (undefined: none, or it named no item). */
  readonly foundation?: FoundationId;
  readonly ambition?: AmbitionId;
  /** Filters that named nothing real and were therefore ignored: `foundation`, `ambition`. */
  readonly ignored: readonly ('foundation' | 'ambition')[];
}

/**
 * The case studies matching every filter, in the report's order. Unlike `caseStudiesFor`, a
 * filter naming no real item or Ambition is ignored and reported in `ignored`, so an element can
 * say so and still show something useful.
 */
export function filterCaseStudies(
  query: CaseStudyQuery = {},
  source: readonly CaseStudy[] = caseStudies,
): CaseStudyFilterResult {
  const ignored: ('foundation' | 'ambition')[] = [];
  /** The id a filter names; undefined when it is empty, or names nothing (then ignored). */
  const pick = <T extends { id: string }>(
    field: 'foundation' | 'ambition',
    find: (value: string | number) => T | undefined,
  ) => {
    const value = query[field];
    if (String(value ?? '').trim() === '') return undefined;
    const found = find(value!);
    if (!found) ignored.push(field);
    return found?.id as T['id'] | undefined;
  };
  const foundation = pick('foundation', getFoundation);
  const ambition = pick('ambition', getAmbition);
  const words = normaliseSearch(query.text).split(' ').filter(Boolean);
  const items = source.filter((study) => {
    const text = words.length
      ? normaliseSearch(
          `${study.title} ${study.summary} ${getFoundation(study.foundation)?.title ?? ''}`,
        )
      : '';
    return (
      // An organisation's example may relate to several items (exchange.ts): any one matches.
      (!foundation ||
        study.foundation === foundation ||
        !!(study as { items?: readonly string[] }).items?.includes(foundation)) &&
      (!ambition || study.ambitions.includes(ambition)) &&
      words.every((word) => text.includes(word))
    );
  });
  return { items, foundation, ambition, ignored };
}
