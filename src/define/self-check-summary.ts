import { SelfCheckSummary } from '../components/self-check-summary/self-check-summary.js';
import { define } from './define.js';

define('self-check-summary', SelfCheckSummary);

/** The class, from the module that defines it (island frameworks import it from here). */
export { SelfCheckSummary };

declare global {
  interface HTMLElementTagNameMap {
    'self-check-summary': SelfCheckSummary;
  }
}
