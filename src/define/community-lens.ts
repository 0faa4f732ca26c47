import { CommunityLens } from '../components/community-lens/community-lens.js';
import { define } from './define.js';

define('community-lens', CommunityLens);

/** The class, from the module that defines it (island frameworks import it from here). */
export { CommunityLens };

declare global {
  interface HTMLElementTagNameMap {
    'community-lens': CommunityLens;
  }
}
