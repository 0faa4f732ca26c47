import { CaseStudyExplorer } from '../components/case-study-explorer/case-study-explorer.js';
import { define } from './define.js';

define('case-study-explorer', CaseStudyExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'case-study-explorer': CaseStudyExplorer;
  }
}
