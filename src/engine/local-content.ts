// From the modules themselves, not the content index: the script-tag build's shared `core` chunk
// takes in every module this file imports (rollup.config.mjs), and the index imports them all.
import { foundations } from '../content/foundations.js';
import { getFoundation } from '../content/queries.js';
import type {
  CaseStudy,
  ContentOverride,
  Foundation,
  FoundationId,
  FoundationOverride,
  LocalCaseStudy,
  LocalContact,
  RichText,
} from '../content/index.js';

/** A guide item with a host's local changes applied. */
export interface LocalFoundation extends Foundation {
  /** Examples the host added, shown after the guide's and marked "Local example". */
  readonly localExamples: readonly RichText[];
  /** Case studies the host added for this item, marked local. */
  readonly localCaseStudies: readonly LocalCaseStudy[];
  /** True when the host replaced any of the guide's text for this item. */
  readonly changed: boolean;
}

/** The guide's content as this page shows it: foundations with overrides applied. */
export interface LocalContent {
  readonly foundations: readonly LocalFoundation[];
  readonly contact: LocalContact;
  /** Interface strings by id that replace ours (from the override's `strings`). */
  readonly strings: Readonly<Record<string, string>>;
  /** True when anything was changed or added: the attribution then says so. */
  readonly adapted: boolean;
}

const none: readonly never[] = [];

/**
 * Applies an already validated override (see `validateContentOverride`) to the guide. Pure: the
 * guide's own data is never changed; without an override the guide comes back unchanged.
 */
export function applyContentOverride(override?: ContentOverride): LocalContent {
  const byId = new Map(override?.foundations?.map((o) => [getFoundation(o.id)?.id, o]));
  const list = foundations.map((f): LocalFoundation => {
    const o: Partial<FoundationOverride> = byId.get(f.id) ?? {};
    return {
      ...f,
      title: o.title ?? f.title,
      what: o.what ?? f.what,
      ask: o.ask ?? f.ask,
      examples: o.examples ?? f.examples,
      localExamples: o.localExamples ?? none,
      localCaseStudies: o.localCaseStudies ?? none,
      changed: [o.title, o.what, o.ask, o.examples].some((v) => v !== undefined),
    };
  });
  const contact = override?.contact ?? {};
  const strings = override?.strings ?? {};
  return {
    foundations: list,
    contact,
    strings,
    adapted:
      list.some((f) => f.changed || f.localExamples.length || f.localCaseStudies.length) ||
      Object.values(contact).some(Boolean) ||
      Object.keys(strings).length > 0,
  };
}

/** One item of resolved content by number or slug, like `getFoundation`. */
export function getLocalFoundation(
  content: LocalContent,
  id: FoundationId | number | string,
): LocalFoundation | undefined {
  const slug = getFoundation(id)?.id;
  return content.foundations.find((f) => f.id === slug);
}

/** A host's case study in the guide's case-study shape, marked `local`. */
export interface LocalCaseStudyEntry extends CaseStudy {
  readonly local: true;
}

/** Every local case study of the resolved content, attached to its item, ready to filter. */
export function localCaseStudies(content: LocalContent): readonly LocalCaseStudyEntry[] {
  return content.foundations.flatMap((f) =>
    f.localCaseStudies.map((c, i) => ({
      id: `local-${f.id}-${i + 1}`,
      foundation: f.id,
      title: c.title,
      summary: c.summary,
      ambitions: c.ambitions ?? f.ambitions,
      local: true as const,
    })),
  );
}
