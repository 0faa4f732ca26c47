// The script-tag bundle for pre-rendered pages (dist/cdn/ambitions-elements-hydrate.js): the same
// elements plus Lit's hydration support, which must come first because LitElement looks for it
// when its module runs. Hydrating keeps the pre-rendered nodes, so a choice the reader made before
// the script arrived (a quiz answer, an open card) is kept. Pages that render on the client do not
// need it and use ambitions-elements.js, 1.8 KB gz smaller.
// First, before Lit runs: markup on the page may have taken Lit's global names.
import './lit-globals.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { defineAll } from '../define/define-all.js';
import { afterFirstPaint } from './first-paint.js';

// Registering hydrates every element at once: let the pre-rendered text paint first.
afterFirstPaint().then(() => defineAll());
