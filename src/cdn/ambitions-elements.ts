// The script-tag bundle (dist/cdn/ambitions-elements.js): every element, all the guide's content,
// Lit included. Pages that paste pre-rendered HTML (declarative shadow DOM) use
// ambitions-elements-hydrate.js instead, which adopts that HTML rather than rendering it again.
// First, before Lit runs: markup on the page may have taken Lit's global names.
import './lit-globals.js';
import '../define/all.js';
