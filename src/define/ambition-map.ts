import { AmbitionMap } from '../components/ambition-map/ambition-map.js';
import { define } from './define.js';

define('ambition-map', AmbitionMap);

/** The class, from the module that defines it (island frameworks import it from here). */
export { AmbitionMap };

declare global {
  interface HTMLElementTagNameMap {
    'ambition-map': AmbitionMap;
  }
}
