// The autoloader (dist/cdn/ambitions-elements-autoloader.js): one small module script that knows
// every tag but downloads an element's code only when that tag is on the page, from the folder the
// loader itself was loaded from (`elements/<tag>.js`, which imports the shared `chunks/*.js`).
// A page with only the guide pays for the guide, not for the quiz and the map. The whole folder
// must be uploaded as it is built; a host that can upload one file uses ambitions-elements.js.
//
// It finds our tags in the page as it is, in what is added later (a MutationObserver on the
// document) and in our own elements' shadow roots (an element that renders another of ours).
// Pre-rendered pages (declarative shadow DOM) are detected and hydrated as
// ambitions-elements-hydrate.js does: Lit's hydration support first, registration after the
// first paint. Nothing here throws into the host page: a file that fails to load gives one
// warning naming the tag, and the tag keeps showing its fallback content.
// First, before Lit runs: markup on the page may have taken Lit's global names.
import './lit-globals.js';
import { afterFirstPaint } from './first-paint.js';

/**
 * What each `elements/<tag>.js` exports: its element and the ones it renders, by tag, and the
 * guarded `define` (src/define/define.ts) from the shared chunk, so the loader itself stays small
 * and never imports Lit (which must run after the hydration support on pre-rendered pages).
 */
interface ElementModule {
  elements: Record<string, CustomElementConstructor>;
  define: (tag: string, ctor: CustomElementConstructor) => boolean;
}

/** LitElement's hook for hydration support, looked up once when Lit's module runs. */
interface HydrateHook {
  litElementHydrateSupport?: (lit: { LitElement: unknown }) => void;
}

/**
 * Every tag that has an `elements/<tag>.js`, with the shared chunks that entry imports
 * (`chunks/<name>.js`, as preload.json lists them), written in here by the build: requested with
 * the entry, all at once, so a page without modulepreload hints waits one round trip for them
 * rather than one for the entry and another for its imports.
 */
const CHUNKS = JSON.parse('{"__chunks__":0}') as Partial<Record<string, string[]>>;

/**
 * The guide in one file with Lit and the shared core (rollup.config.mjs builds it), for a page
 * whose only element of ours is the guide: the page most sites make, one request after this
 * loader instead of two (issue 31). Chosen at the first scan that finds our elements, if the
 * page has no other and none pre-rendered (hydration needs the shared chunks); an element added
 * later then loads its own files and chunks/core.js, a second copy of Lit beside the first.
 */
const ALONE: Partial<Record<string, string>> = {
  'grab-and-go-guide': 'elements/grab-and-go-guide-alone.js',
};
/** The tag loaded from its ALONE file on this page, once decided. */
let alone: string | undefined;

const selector = Object.keys(CHUNKS).join(',');
const loads = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();
/** Lit's hydration support and the first paint, once a pre-rendered element has been seen. */
let hydration: { support: Promise<void>; painted: Promise<void> } | undefined;

/** Registered by a copy of this package (define.ts marks every class it registers). */
const isOurs = (tag: string): boolean =>
  Symbol.for('ambitions-elements.element') in (customElements.get(tag) ?? {});

/**
 * Lit's hydration support must be in place before LitElement's module runs, which is when it
 * looks for `globalThis.litElementHydrateSupport`. The support's own chunk imports Lit (it needs
 * lit-html), so Lit's module runs as part of loading it: a stand-in hook takes note of the
 * LitElement that asks, and once the support has loaded it patches that LitElement, before any
 * element class is registered (the only time the patch is read). Lit stays one shared chunk.
 */
function loadHydrationSupport(): Promise<void> {
  const hook = globalThis as HydrateHook;
  const asked: { LitElement: unknown }[] = [];
  hook.litElementHydrateSupport ??= (lit) => void asked.push(lit);
  return import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(() => {
    for (const lit of asked) hook.litElementHydrateSupport?.(lit);
  });
}

/** Downloads `<tag>`'s module (once) and registers what it exports; never rejects. */
function load(tag: string): Promise<void> {
  let loading = loads.get(tag);
  if (!loading) {
    const before = hydration;
    loading = (before?.support ?? Promise.resolve())
      .then(() =>
        Promise.all(
          (tag === alone
            ? [ALONE[tag]!]
            : [`elements/${tag}.js`, ...(CHUNKS[tag] ?? []).map((name) => `chunks/${name}.js`)]
          ).map((file) => import(new URL(file, import.meta.url).href) as Promise<unknown>),
        ),
      )
      .then(async ([entry]) => {
        const { elements, define } = entry as ElementModule;
        // Evaluated while the page paints; registering (hydrating) waits for the paint.
        await before?.painted;
        for (const [name, ctor] of Object.entries(elements)) define(name, ctor);
      })
      .catch((error: unknown) =>
        console.warn(
          `ambitions-elements: <${tag}> could not be loaded (${error}), so it shows its fallback content. Upload the whole cdn folder as built.`,
        ),
      );
    loads.set(tag, loading);
  }
  return loading;
}

/** Our elements in `root` (and `root` itself): each loaded, its shadow root watched once defined. */
function scan(root: Document | ShadowRoot | Element): void {
  const found = [...root.querySelectorAll(selector)];
  if ('matches' in root && root.matches(selector)) found.unshift(root);
  // A shadow root before registration was pre-rendered: hydrate it rather than render it again.
  // Decided before the first element module loads (Lit reads the hook once); an element
  // pre-rendered into the page after that renders afresh on the client, which also works.
  if (
    !hydration &&
    loads.size === 0 &&
    found.some((el) => el.shadowRoot && !customElements.get(el.localName))
  ) {
    // Nothing of ours runs before that paint: evaluating Lit and the elements' modules takes the
    // main thread, and the pre-rendered text can paint without them (the bench's phone profile
    // showed the paint held back by the scripts' evaluation when only registering waited).
    const painted = afterFirstPaint();
    hydration = { support: painted.then(loadHydrationSupport), painted };
  }
  const tags = new Set(found.map((el) => el.localName).filter((tag) => !isOurs(tag)));
  if (!hydration && loads.size === 0 && tags.size === 1) {
    const [only] = tags;
    if (ALONE[only!]) alone = only;
  }
  for (const el of found) {
    const tag = el.localName;
    (isOurs(tag) ? Promise.resolve() : load(tag)).then(() => {
      if (isOurs(tag) && el.shadowRoot) watch(el.shadowRoot);
    });
  }
}

/** Scans `root` now and whatever is added to it later. */
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
  }).observe(root, { childList: true, subtree: true });
  scan(root);
}

watch(document);
