import { CommunityLens } from '../components/community-lens/community-lens.js';
import { define } from './define.js';

define('community-lens', CommunityLens);

declare global {
  interface HTMLElementTagNameMap {
    'community-lens': CommunityLens;
  }
}
