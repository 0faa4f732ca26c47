// Pure logic shared by the elements: no Lit, no DOM. Public as `ambitions-elements/engine`.
export * from './stages.js';
