// The script-tag bundle (dist/cdn/ambitions-elements.js). Hydration support comes first so that
// elements pasted as pre-rendered HTML (declarative shadow DOM) are adopted, not re-rendered:
// LitElement looks for it when its module runs.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../define/all.js';
