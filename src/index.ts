// The package's main entry: element classes, the content API and types. No side effects:
// importing this registers nothing (use `ambitions-elements/define/<tag>` for that).
export * from './content/index.js';
export { define } from './define/define.js';
export * from './engine/index.js';
export { AmbitionMap, AmbitionMapSelectEvent } from './components/ambition-map/ambition-map.js';
export type { AmbitionMapSelectDetail } from './components/ambition-map/ambition-map.js';
export { CaseStudyExplorer } from './components/case-study-explorer/case-study-explorer.js';
