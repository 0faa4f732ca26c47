// The pages `npm run bench` loads. Every load page carries the same measuring script (below),
// which reports through window.__bench once every card's text is in the DOM and the page is quiet.
import { attribution, foundations, guideIntro } from '../../dist/content/index.js';
import { renderElement } from '../../dist/ssr/index.js';

const esc = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
/** Rich text (strings and { text, href } links) as HTML. */
const rich = (parts) =>
  parts
    .map((p) => (typeof p === 'string' ? esc(p) : `<a href="${esc(p.href)}">${esc(p.text)}</a>`))
    .join('');

/** The texts whose presence means "every card is in the DOM": each item's What paragraph. */
export const cardTexts = foundations.map((f) => f.what);

const measure = `<script>
(() => {
  const r = { fcp: null, lcp: 0, cls: 0, longTasks: 0, blocking: 0, textReady: null, bundleLoaded: 0, defined: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') r.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) r.lcp = Math.max(r.lcp, e.startTime); }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) r.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) { r.longTasks++; r.blocking += Math.max(0, e.duration - 50); } }).observe({ type: 'longtask', buffered: true });
  const texts = ${JSON.stringify(cardTexts)};
  const deepText = (root) => { let t = ''; const walk = (n) => { if (n.nodeType === 3) t += n.data; if (n.shadowRoot) walk(n.shadowRoot); for (const c of n.childNodes) walk(c); }; walk(root); return t; };
  const check = () => {
    const t = deepText(document.body).replace(/\\s+/g, ' ');
    if (texts.every((x) => t.includes(x))) { r.textReady = performance.now(); return; }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  // Where the time goes on the script variants: the bundle's download, then its evaluation.
  customElements.whenDefined('grab-and-go-guide').then(() => {
    r.defined = performance.now();
    const e = performance.getEntriesByType('resource').find((x) => x.name.includes('/cdn/ambitions-elements'));
    r.bundleLoaded = e ? e.responseEnd : null;
  });
  window.__bench = r;
})();
</script>`;

const page = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${measure}${head}
<style>body{margin:0;padding:16px;font-family:system-ui,sans-serif;max-width:1200px}</style>
</head><body>${body}</body></html>`;

/** (1) The limit: the same text as plain HTML with CSS like the elements'. */
export function staticPage() {
  const css = `<style>
.root{color:#212b32;line-height:1.5;font-size:max(1em,16px)}
h2,h3{margin:0 0 .5em;line-height:1.3;font-weight:600}p,ul{margin:0 0 1em}a{color:#005eb8}
.cards{display:grid;gap:1em;grid-template-columns:repeat(auto-fill,minmax(min(100%,20em),1fr));list-style:none;padding:0}
.card{background:#fff;border:1px solid #d8dde0;border-top:.3em solid #005eb8;border-radius:4px;padding:1em;height:100%;box-sizing:border-box}
.card h3{display:flex;gap:.5em;font-size:1.25em}.number{background:#005eb8;color:#fff;border-radius:999px;min-width:1.6em;text-align:center}
.label{font-weight:600;margin-bottom:.25em}footer{font-size:.875em;border-top:1px solid #d8dde0;padding-top:1em}
</style>`;
  const cards = foundations
    .map(
      (
        f,
      ) => `<li><article class="card"><h3><span class="number">${f.number}</span>${esc(f.title)}</h3>
<p class="label">What</p><p>${esc(f.what)}</p>
<p class="label">Ask</p><ul>${f.ask.map((q) => `<li>${esc(q)}</li>`).join('')}</ul>
<p class="label">Example in action</p><ul>${f.examples.map((e) => `<li>${rich(e)}</li>`).join('')}</ul></article></li>`,
    )
    .join('\n');
  const body = `<section class="root"><h2>${esc(guideIntro.title)}</h2><p>${rich(guideIntro.lead)}</p>
${guideIntro.paragraphs.map((p) => `<p>${rich(p)}</p>`).join('\n')}
<ul class="cards">${cards}</ul>
<footer><p>${esc(attribution.title)}, ${esc(attribution.authors.join(', '))}. ${esc(attribution.organisation)}.</p></footer></section>`;
  return page('static', css, body);
}

const bundle = '<script type="module" src="/dist/cdn/ambitions-elements.js"></script>';

/** (2) Client-rendered from the CDN bundle. */
export const clientPage = () => page('client', bundle, '<grab-and-go-guide></grab-and-go-guide>');

/** (3) Pre-rendered declarative shadow DOM, hydrated by the bundle with hydration support. */
export async function ssrPage() {
  const hydrating = bundle.replace('ambitions-elements.js', 'ambitions-elements-hydrate.js');
  return page('ssr', hydrating, await renderElement('grab-and-go-guide', {}));
}

/** For the profile of (3): the same pre-rendered HTML with no script at all (hydrates nothing). */
export async function ssrNoScriptPage() {
  return page('ssr-no-js', '', await renderElement('grab-and-go-guide', {}));
}

/** Interaction and scale pages: the bundle, then a module script the bench calls into. */
export const blankPage = () => page('blank', bundle, '<main id="host"></main>');
