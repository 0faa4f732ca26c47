/**
 * JSX typings for React 19, which passes props to custom elements natively (properties where
 * the element has one, attributes otherwise, `on<event-name>` props as event listeners).
 * Types only: `import type {} from 'ambitions-elements/react';` once in a React project makes
 * `<foundation-card foundation="3" />` and the other elements type-check in TSX.
 * Register the elements as usual (`import 'ambitions-elements/define/foundation-card';`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  AmbitionMap,
  AmbitionMapSelectEvent,
} from '../components/ambition-map/ambition-map.js';
import type { CaseStudyExplorer } from '../components/case-study-explorer/case-study-explorer.js';
import type {
  CardToggleEvent,
  FoundationCard,
} from '../components/foundation-card/foundation-card.js';
import type { GrabAndGoGuide } from '../components/grab-and-go-guide/grab-and-go-guide.js';
import type {
  SelfCheckChangeEvent,
  SelfCheckCompleteEvent,
} from '../components/self-check-quiz/events.js';
import type { SelfCheckQuiz } from '../components/self-check-quiz/self-check-quiz.js';
import type { SummaryChangeEvent } from '../components/self-check-summary/events.js';
import type { SelfCheckSummary } from '../components/self-check-summary/self-check-summary.js';

/** React's own props for an element (`className`, `id`, `ref`, `key`, ARIA...) plus ours. */
export type ElementProps<E extends HTMLElement, A> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  A &
  LocalContentProps & { class?: string };

/** Local content, on every element (see the README's "Local content and translations"). */
export interface LocalContentProps {
  content?: unknown;
  'content-src'?: string;
  'allowed-content-origins'?: string;
}

type HeadingLevel = 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';

export interface FoundationCardProps {
  foundation?: string | number;
  'heading-level'?: HeadingLevel;
  collapsible?: boolean;
  open?: boolean;
  'onambitions-card-toggle'?: (event: CardToggleEvent) => void;
}

export interface GrabAndGoGuideProps {
  foundations?: string;
  'heading-level'?: HeadingLevel;
  collapsible?: boolean;
  'contact-name'?: string;
  'contact-phone'?: string;
  'contact-email'?: string;
  'contact-url'?: string;
}

export interface SelfCheckQuizProps {
  mode?: 'reflect' | 'knowledge';
  foundations?: string;
  'storage-key'?: string;
  'no-storage'?: boolean;
  questions?: number | string;
  seed?: string;
  'heading-level'?: HeadingLevel;
  'item-href'?: string;
  name?: string;
  'onambitions-self-check-change'?: (event: SelfCheckChangeEvent) => void;
  'onambitions-self-check-complete'?: (event: SelfCheckCompleteEvent) => void;
}

export interface AmbitionMapProps {
  view?: 'map' | 'table';
  selected?: string;
  'item-href'?: string;
  'heading-level'?: HeadingLevel;
  'onambitions-map-select'?: (event: AmbitionMapSelectEvent) => void;
}

export interface CaseStudyExplorerProps {
  foundation?: string;
  ambition?: string;
  query?: string;
  'heading-level'?: HeadingLevel;
}

export interface SelfCheckSummaryProps {
  round?: string;
  'compare-round'?: string;
  'hide-names'?: boolean;
  'heading-level'?: HeadingLevel;
  'onambitions-summary-change'?: (event: SummaryChangeEvent) => void;
}

export interface AmbitionsIntrinsicElements {
  'foundation-card': ElementProps<FoundationCard, FoundationCardProps>;
  'grab-and-go-guide': ElementProps<GrabAndGoGuide, GrabAndGoGuideProps>;
  'self-check-quiz': ElementProps<SelfCheckQuiz, SelfCheckQuizProps>;
  'ambition-map': ElementProps<AmbitionMap, AmbitionMapProps>;
  'case-study-explorer': ElementProps<CaseStudyExplorer, CaseStudyExplorerProps>;
  'self-check-summary': ElementProps<SelfCheckSummary, SelfCheckSummaryProps>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends AmbitionsIntrinsicElements {}
  }
}
