// The pages `npm run bench` loads, built from one dist/ (BENCH_DIST, default ./dist). Every load
// page carries the same measuring script (below), which reports through window.__bench once item
// 10's title is laid out and every card's text is in the DOM.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/**
 * The measuring script. "Item 10 on screen" (item10) is the first animation frame in which a text
 * node holding item 10's title, in the page or any shadow root, belongs to an element that is
 * rendered in the layout with a non-zero box (getBoundingClientRect width and height > 0) and
 * not hidden: the frame that paints it. Not "inside the viewport": on a phone the tenth item is
 * several screens down, and a reader scrolls to it. textReady: every card's What text is in the DOM.
 */
/*
 * CLS counts every layout shift: the bench makes no input, and Chrome's mobile emulation marks
 * shifts during load as if the reader had just touched the screen (hadRecentInput), so leaving
 * those out, as web-vitals does, read 0 where a phone would not (issue 31 review).
 */
const measure = (title, texts) => `<script>
(() => {
  const r = { fcp: null, lcp: 0, cls: 0, longTasks: 0, blocking: 0, item10: null, textReady: null, bundleLoaded: 0, defined: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') r.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) r.lcp = Math.max(r.lcp, e.startTime); }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) r.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) { r.longTasks++; r.blocking += Math.max(0, e.duration - 50); } }).observe({ type: 'longtask', buffered: true });
  const title = ${JSON.stringify(title)};
  const texts = ${JSON.stringify(texts)};
  // Kept cheap (it runs every frame on a slowed CPU): style sheets skipped, the walk for item 10
  // stops at its title, the full text is read only once item 10 is there.
  const walk = (n, visit) => { if (n.nodeType === 3) return visit(n); if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return false; if (n.shadowRoot && walk(n.shadowRoot, visit)) return true; for (const c of n.childNodes) if (walk(c, visit)) return true; return false; };
  const shown = (el) => { if (!el || !el.isConnected) return false; const b = el.getBoundingClientRect(); return b.width > 0 && b.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const check = (now) => {
    if (r.item10 == null && walk(document.body, (n) => n.data.includes(title) && shown(n.parentElement))) r.item10 = now;
    if (r.item10 != null && r.textReady == null) {
      let t = '';
      walk(document.body, (n) => { t += n.data; return false; });
      t = t.replace(/\\s+/g, ' ');
      if (texts.every((x) => t.includes(x))) r.textReady = now;
    }
    if (r.item10 == null || r.textReady == null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  // Where the time goes on the script variants: the scripts' download, then their evaluation.
  customElements.whenDefined('grab-and-go-guide').then(() => {
    r.defined = performance.now();
    const ends = performance.getEntriesByType('resource').filter((x) => x.name.includes('/cdn/')).map((x) => x.responseEnd);
    r.bundleLoaded = ends.length ? Math.max(...ends) : null;
  });
  window.__bench = r;
})();
</script>`;

const layout = (title, head, body, measuring = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${measuring}${head}
<style>body{margin:0;padding:16px;font-family:system-ui,sans-serif;max-width:1200px}</style>
</head><body>${body}</body></html>`;

const bundle = '<script type="module" src="/dist/cdn/ambitions-elements.js"></script>';

/** The site's footer under the guide on every measured page. */
const HOST_FOOTER =
  '<footer><p>St Example Hospice, 1 Example Road, Exampletown. Registered charity 1000000.</p><p><a href="/home.html">Home</a> · <a href="/home.html">Contact us</a></p></footer>';

/**
 * The guide as docs/web-editor.md's step 4 writes it (the README's first path), read from that
 * page so the bench measures the snippet as written: the lines that keep its place while the
 * file loads, the contact, and the fallback link. Its script line is left out: each bench page
 * loads the build it measures.
 */
const SNIPPET_GUIDE = readFileSync(new URL('../../docs/web-editor.md', import.meta.url), 'utf8')
  .split('```html')[1]
  .split('```')[0]
  .replace(/<script[^>]*><\/script>\n?/, '')
  .trim();

/** Interaction and scale pages: the one-file bundle (every element defined up front). */
export const blankPage = () => layout('blank', bundle, '<main id="host"></main>');

let staticWithoutMeasuring = '';
/**
 * Page (1), the guide's text as static HTML, without the bench's measuring script: the page
 * `npm run size` compares the pre-rendered guide's HTML with.
 */
export async function staticGuidePage(distDir) {
  if (!staticWithoutMeasuring) await benchPages(distDir);
  return staticWithoutMeasuring;
}

/**
 * The four load pages for one dist/ directory. With the per-element autoloader
 * (cdn/ambitions-elements-autoloader.js and cdn/preload.json) pages (2) and (3) use it with
 * `modulepreload` hints for the guide's files; without it (an older dist) the one-file bundles.
 */
export async function benchPages(distDir) {
  const url = (path) => pathToFileURL(join(distDir, path)).href;
  const { attribution, foundations, guideIntro } = await import(url('content/index.js'));
  const { renderElement } = await import(url('ssr/index.js'));
  const title = foundations[9].title;
  const measuring = measure(
    title,
    foundations.map((f) => f.what),
  );
  // Every measured page is a host page: its content, then the site's own footer, which moves if
  // the element grows after it is first drawn (layout shift).
  const page = (name, head, body) => layout(name, head, `${body}${HOST_FOOTER}`, measuring);

  const autoloader = join(distDir, 'cdn/ambitions-elements-autoloader.js');
  const preloadFile = join(distDir, 'cdn/preload.json');
  let scripts;
  let hydrating;
  let hydratingWithoutHints;
  let loading;
  if (existsSync(autoloader) && existsSync(preloadFile)) {
    const preload = JSON.parse(readFileSync(preloadFile, 'utf8'));
    // A guide-only page: the guide's one-file entry (`alone`), which the loader picks there.
    const files = preload.alone?.['grab-and-go-guide'] ?? preload['grab-and-go-guide'] ?? [];
    // A pre-rendered page uses the shared chunks and Lit's hydration support (`hydration`).
    const chunked = preload['grab-and-go-guide'] ?? [];
    const hydration = preload.hydration ?? [];
    const hints = (list) =>
      list.map((file) => `<link rel="modulepreload" href="/dist/cdn/${esc(file)}">`).join('');
    const loader =
      '<script type="module" src="/dist/cdn/ambitions-elements-autoloader.js"></script>';
    scripts = `${hints(files)}${loader}`;
    hydrating = `${hints([...chunked, ...hydration])}${loader}`;
    hydratingWithoutHints = loader;
    loading = `per-element autoloader + modulepreload hints for ${files.join(', ')}; (3) ${[...chunked, ...hydration].join(', ')}`;
  } else {
    scripts = bundle;
    hydrating = bundle.replace('ambitions-elements.js', 'ambitions-elements-hydrate.js');
    loading = 'one-file bundles (cdn/ambitions-elements.js; -hydrate.js for (3))';
  }

  // (1) The limit: the same text as plain HTML with CSS like the elements'.
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
  const staticBody = `<section class="root"><h2>${esc(guideIntro.title)}</h2><p>${rich(guideIntro.lead)}</p>
${guideIntro.paragraphs.map((p) => `<p>${rich(p)}</p>`).join('\n')}
<ul class="cards">${cards}</ul>
<footer><p>${esc(attribution.title)}, ${esc(attribution.authors.join(', '))}. ${esc(attribution.organisation)}.</p></footer></section>`;

  // The README's first snippet (issue 31): the guide's self-contained file, where this dist has it.
  const oneFile = existsSync(join(distDir, 'cdn/grab-and-go-guide.js'))
    ? {
        '/one-file.html': page(
          'one-file',
          '<script type="module" src="/dist/cdn/grab-and-go-guide.js"></script>',
          SNIPPET_GUIDE,
        ),
      }
    : {};

  const prerendered = await renderElement('grab-and-go-guide', {});
  staticWithoutMeasuring = layout('static', css, staticBody);
  return {
    loading,
    pages: {
      '/static.html': page('static', css, staticBody),
      // (2) Client-rendered.
      '/client.html': page('client', scripts, SNIPPET_GUIDE),
      // (3) Pre-rendered declarative shadow DOM, hydrated.
      '/ssr.html': page('ssr', hydrating, prerendered),
      // For the profile of (3): the same pre-rendered HTML with no script (hydrates nothing).
      '/ssr-no-js.html': page('ssr-no-js', '', prerendered),
      // (3) with the loader alone, no modulepreload hints (issue 31): the hints fetch ~22 KB of
      // script while the HTML is still arriving, on a link that carries both at 1.6 Mbit/s.
      ...(hydratingWithoutHints
        ? { '/ssr-no-hints.html': page('ssr-no-hints', hydratingWithoutHints, prerendered) }
        : {}),
      '/blank.html': blankPage(),
      ...oneFile,
      // The site's home page, which the warm profile loads first: small, none of our scripts.
      '/home.html': layout(
        'St Example Hospice',
        '',
        '<main><h1>St Example Hospice</h1><p>Care and support for people in our area.</p><p><a href="/gz/client.html">For professionals</a></p></main>',
      ),
    },
  };
}
