// `defineAll(prefix)`: every element under names of your choosing. No side effects on import.
import { AmbitionMap } from '../components/ambition-map/ambition-map.js';
import { CaseStudyExplorer } from '../components/case-study-explorer/case-study-explorer.js';
import { CommunityLens } from '../components/community-lens/community-lens.js';
import { FoundationCard } from '../components/foundation-card/foundation-card.js';
import { GrabAndGoGuide } from '../components/grab-and-go-guide/grab-and-go-guide.js';
import { SelfCheckQuiz } from '../components/self-check-quiz/self-check-quiz.js';
import { SelfCheckSummary } from '../components/self-check-summary/self-check-summary.js';
import { define } from './define.js';

/**
 * Registers every element as `<prefix><tag>`, e.g. `defineAll('acme-')` gives
 * `<acme-foundation-card>`, `<acme-self-check-quiz>`... for a page where another library already
 * took one of our names. Each name gets its own subclass, so this works next to the plain
 * registration too. Never throws; returns the tags now registered by this call or before.
 *
 * The guide renders its items itself (no `<foundation-card>` inside), so `<acme-grab-and-go-guide>`
 * shows all of them whoever holds the name `foundation-card`.
 */
export function defineAll(prefix = ''): string[] {
  const classes: Record<string, CustomElementConstructor> = {
    'foundation-card': FoundationCard,
    'grab-and-go-guide': GrabAndGoGuide,
    'ambition-map': AmbitionMap,
    'case-study-explorer': CaseStudyExplorer,
    'self-check-quiz': SelfCheckQuiz,
    'self-check-summary': SelfCheckSummary,
    'community-lens': CommunityLens,
  };
  const clean = String(prefix).toLowerCase();
  return Object.entries(classes).flatMap(([tag, ctor]) => {
    const name = clean + tag;
    const existing = globalThis.customElements?.get(name);
    // Ours already (an earlier call, or the plain registration): nothing to do.
    if (existing && (existing === ctor || existing.prototype instanceof ctor)) return [name];
    const ok = define(name, clean ? class extends (ctor as typeof HTMLElement) {} : ctor);
    return ok ? [name] : [];
  });
}
