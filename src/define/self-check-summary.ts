import { SelfCheckSummary } from '../components/self-check-summary/self-check-summary.js';
import { define } from './define.js';

define('self-check-summary', SelfCheckSummary);

declare global {
  interface HTMLElementTagNameMap {
    'self-check-summary': SelfCheckSummary;
  }
}
