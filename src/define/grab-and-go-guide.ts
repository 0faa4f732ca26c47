import { GrabAndGoGuide } from '../components/grab-and-go-guide/grab-and-go-guide.js';
import { define } from './define.js';

define('grab-and-go-guide', GrabAndGoGuide);

/** The class, from the module that defines it (island frameworks import it from here). */
export { GrabAndGoGuide };

declare global {
  interface HTMLElementTagNameMap {
    'grab-and-go-guide': GrabAndGoGuide;
  }
}
