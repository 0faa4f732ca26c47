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
  /** Our words (not the source's), shown after the link, where its text does not say where it goes. */
  readonly note?: string;
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
  /**
   * Derived by this package, not the guide's text: for items 1-8 the Ambitions the report's case
   * studies under the item are tagged with (shown as "Ambitions linked in the report's case
   * studies"). Items 9 and 10 have no case studies; they hold all six, as the report added them as
   * themes "invaluable to realising the Ambitions" (line 373), so the self-check counts them once
   * toward every Ambition. They are never shown with A6 as their only Ambition:
   * `ambitionsInReport` says in the report's words how it relates them to the Ambitions.
   */
  readonly ambitions: readonly AmbitionId[];
  /** Items 9 and 10: the report's own words on how they relate to the Ambitions. */
  readonly ambitionsInReport?: ReportQuote;
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

/**
 * Words quoted verbatim from the report *Realising the Ambitions* (2023). `line` is the line of
 * `realising-the-ambitions-report.txt` (the report's text, in the project's shared reference
 * folder) where the quote starts, `toLine` where it ends when the extraction split its paragraph.
 * " … " marks words left out; nothing else is changed (a content test checks every quote).
 */
export interface ReportQuote {
  readonly text: string;
  readonly line: number;
  readonly toLine?: number;
}

/** A titled quote from the report's findings: `title` is the report's list item or heading. */
export interface FindingItem extends ReportQuote {
  readonly title: string;
  /**
   * True where `text` is from elsewhere in the report and was paired with `title` by us (the
   * report's 5.1 lists explain none of their items): shown, if at all, as our pairing.
   */
  readonly pairedByUs?: boolean;
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

/** The report the case studies and findings come from (not the guide; no licence is stated for it). */
export interface ReportReference {
  readonly title: string;
  readonly authors: readonly string[];
  readonly year: number;
  readonly publisher: string;
  /** The Open University's page for the project the report belongs to. */
  readonly url: string;
  /** Says plainly that the report's own text carries no licence this package can pass on. */
  readonly licenceNote: string;
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
  /** The report the case studies, findings and quiz questions come from. */
  readonly report: ReportReference;
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

/** Report 5.1: the three-stage model the report's analysis uses, in its own words. */
export interface UnderstandInterpretImplement {
  /** Why the report uses the model (section 3, Methods). */
  readonly model: ReportQuote;
  readonly understand: ReportQuote;
  readonly interpret: ReportQuote;
  readonly implement: ReportQuote;
  /** "implementation was not a one-off process": continuous redesign, evaluation, collaboration. */
  readonly continuous: ReportQuote;
}

/** Report 5.2: Ambition 6 and what community means, beyond the four understandings. */
export interface AmbitionSixFindings {
  /** How people understood Ambition 6, in four main ways. */
  readonly understand: ReportQuote;
  /** The shift towards "communities who care". */
  readonly communitiesWhoCare: ReportQuote;
  /** Interpret: communities as a source of value and a resource. */
  readonly interpretValue: ReportQuote;
  /** Interpret: community seen as external, so Ambition 6 as beyond one's remit. */
  readonly interpretOutsideRemit: ReportQuote;
  /** Interpret: clinical leadership versus valuing community expertise; "with and for". */
  readonly interpretWithAndFor: ReportQuote;
  /** Interpret: recognising one's own communities. */
  readonly interpretOwnCommunities: ReportQuote;
  /** The barriers people met in work on Ambition 6. */
  readonly barriers: ReportQuote;
  /** What helped work on Ambition 6. */
  readonly facilitators: ReportQuote;
}

/** Report 5.4: answers to research questions 1 and 3 that bear on practice, and the app wish. */
export interface PracticeInsights {
  /** Question 1: how people understand the Framework. */
  readonly understanding: ReportQuote;
  /** Question 1: the order of the Ambitions, and Ambition 6 first. */
  readonly ambitionOrder: ReportQuote;
  /** Question 3: operationalising the Ambitions takes time. */
  readonly takesTime: ReportQuote;
  /** Question 3: tenacity and existing networks against setbacks. */
  readonly setbacks: ReportQuote;
  /** Question 3: measuring progress beyond gap analysis; valuing national indicators (NACEL). */
  readonly measuringProgress: ReportQuote;
  /** Question 3: expecting more system-level work from ICSs and ICBs. */
  readonly systemLevel: ReportQuote;
  /** The participants' wish for easy information and an app. */
  readonly appWish: ReportQuote;
}

/** What the report says about its case studies (section 4 and its limitations). */
export interface CaseStudyNote {
  /** Not evaluated, so not "best practice"; some are composites. */
  readonly notEvaluated: ReportQuote;
  /** Where they came from: mostly palliative care and hospice settings. */
  readonly whereFrom: ReportQuote;
}
