import { FoundationCard } from '../components/foundation-card/foundation-card.js';
import { define } from './define.js';

define('foundation-card', FoundationCard);

/** The class, from the module that defines it (island frameworks import it from here). */
export { FoundationCard };

declare global {
  interface HTMLElementTagNameMap {
    'foundation-card': FoundationCard;
  }
}
