import { CaseStudyExplorer } from '../components/case-study-explorer/case-study-explorer.js';
import { define } from './define.js';

define('case-study-explorer', CaseStudyExplorer);

/** The class, from the module that defines it (island frameworks import it from here). */
export { CaseStudyExplorer };

declare global {
  interface HTMLElementTagNameMap {
    'case-study-explorer': CaseStudyExplorer;
  }
}
