/**
 * Types of the guide's content. Everything here is plain data: no DOM, no Lit,
 * so it can be imported in Node, in a service worker or on a server.
 */

/** The six Ambitions of the framework, A1 to A6. */
export type AmbitionId = 'A1' | 'A2' | 'A3' | 'A4' | 'A5' | 'A6';

/** The slugs of the guide's ten items, in the guide's order. */
export type FoundationId =
  | 'personalised-care-planning'
  | 'shared-records'
  | 'evidence-and-information'
  | 'involving-supporting-and-caring'
  | 'education-and-training'
  | 'access-24-7'
  | 'co-design'
  | 'leadership'
  | 'collaboration-and-partnership-working'
  | 'sharing-learning';

/** A link inside rich text. `href` is always https or mailto. */
export interface TextLink {
  readonly text: string;
  readonly href: string;
}

/** One run of rich text: a plain string or a link. Never HTML. */
export type RichTextPart = string | TextLink;

/** A paragraph of rich text: an array of runs rendered in order. */
export type RichText = readonly RichTextPart[];

export interface Ambition {
  readonly id: AmbitionId;
  readonly number: 1 | 2 | 3 | 4 | 5 | 6;
  /** Official wording from the framework (not the report's paraphrases). */
  readonly title: string;
}

export interface Foundation {
  readonly id: FoundationId;
  /** The guide's item number, 1-10. */
  readonly number: number;
  readonly title: string;
  /** The guide's "What": how the foundation is defined and understood. */
  readonly what: string;
  /** The guide's "Ask": one prompt question per entry, verbatim. */
  readonly ask: readonly string[];
  /** The guide's "Example in action": one entry per example sentence. */
  readonly examples: readonly RichText[];
  /** Ambitions this item contributes to: from the case-study tags (items 1-8), A6 for 9 and 10. */
  readonly ambitions: readonly AmbitionId[];
  /** True for items 9 and 10: added by the guide's authors, not framework foundations. */
  readonly addedByGuide: boolean;
}

export interface CaseStudy {
  /** Stable id: `<foundation slug>-<n>`, n counting from 1 within the foundation. */
  readonly id: string;
  /** The foundation (items 1-8) whose section of the report lists it. */
  readonly foundation: FoundationId;
  /** The bold lead words of the bullet (or its link text where it has no bold words). */
  readonly title: string;
  /** The rest of the bullet, verbatim. */
  readonly summary: string;
  /** The report's tags exactly; "A1-6" is all six. */
  readonly ambitions: readonly AmbitionId[];
}

/** A titled group of short statements taken from the report's findings. */
export interface FindingItem {
  readonly title: string;
  readonly text: string;
}

export interface Findings {
  /** 5.1: what held people back. */
  readonly barriers: readonly FindingItem[];
  /** 5.1: what helped. */
  readonly facilitators: readonly FindingItem[];
  /** 5.4 question 2: strategic, statements, complementary. */
  readonly approaches: readonly FindingItem[];
  /** 5.2: the four understandings of community (Ambition 6). */
  readonly community: {
    readonly understandings: readonly FindingItem[];
    readonly caseStudies: readonly FindingItem[];
  };
  /** 5.4 question 4. */
  readonly challenges: readonly FindingItem[];
  readonly opportunities: readonly FindingItem[];
  /** Section 7, the five recommendations, verbatim. */
  readonly recommendations: readonly string[];
}

export interface Attribution {
  readonly title: string;
  readonly version: string;
  /** ISO date of the guide's version. */
  readonly date: string;
  readonly authors: readonly string[];
  readonly organisation: string;
  readonly funder: string;
  readonly sourceUrl: string;
  readonly licence: { readonly name: string; readonly url: string };
  readonly frameworkTitle: string;
  readonly frameworkUrl: string;
  /** Says the guide was adapted into interactive components. */
  readonly adaptedNote: string;
  /** Says no endorsement is implied. */
  readonly endorsementNote: string;
  /** "This guide does not replace statutory or NICE guidelines." */
  readonly guidelinesNote: string;
}

/** Either a value or the reasons it was refused; each error names the field's path. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly string[] };

/* ------------------------------------------------------------------------- */
/* Host overrides: the JSON a site may supply to localise or extend content.  */
/* Validated by `validateContentOverride` (override.ts) before any use.       */
/* ------------------------------------------------------------------------- */

/** A case study a host adds for its own area; shown marked as local. */
export interface LocalCaseStudy {
  readonly title: string;
  readonly summary: string;
  readonly ambitions?: readonly AmbitionId[];
}

/** Local changes to one of the guide's items. */
export interface FoundationOverride {
  /** Which item: its number 1-10 or its slug. */
  readonly id: FoundationId | number;
  readonly title?: string;
  readonly what?: string;
  readonly ask?: readonly string[];
  /** Replaces the guide's examples (marked as changed locally). */
  readonly examples?: readonly RichText[];
  /** Added after the guide's examples, marked local. */
  readonly localExamples?: readonly RichText[];
  readonly localCaseStudies?: readonly LocalCaseStudy[];
}

/** The "Your local contact is:" block. */
export interface LocalContact {
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
}

export interface ContentOverride {
  readonly foundations?: readonly FoundationOverride[];
  readonly contact?: LocalContact;
  /** Interface strings by key (labels, headings, translations). */
  readonly strings?: Readonly<Record<string, string>>;
}
