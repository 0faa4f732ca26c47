import { FoundationCard } from '../components/foundation-card/foundation-card.js';
import { define } from './define.js';

define('foundation-card', FoundationCard);

declare global {
  interface HTMLElementTagNameMap {
    'foundation-card': FoundationCard;
  }
}
