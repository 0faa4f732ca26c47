import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import MagicString from 'magic-string';
import { englishOnly } from './scripts/english-only.mjs';
import { decoderBeside, jsqrModule } from './scripts/jsqr-module.mjs';
import { minifyTemplates, terserTwice } from './scripts/minify.mjs';
import { thirdPartyNotices } from './scripts/notices.mjs';

/** Every registration file is its own public entry (`ambitions-elements/define/<tag>`). */
const defineEntries = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `src/define/${file}`);

/** Registration files named after their tag (define.ts, define-all.ts, all.ts are helpers). */
const tags = readdirSync('src/define')
  .filter((file) => /^[a-z]+-[a-z-]+\.ts$/.test(file) && file !== 'define-all.ts')
  .map((file) => file.replace(/\.ts$/, ''));

/** `foundation-card` -> `FoundationCard`, as src/define/define.ts names the exported classes. */
const className = (tag) => tag.replace(/(^|-)(.)/g, (_, __, c) => c.toUpperCase());

/**
 * The tags an element renders in its shadow root, read from its registration file, which
 * registers them with it (the guide imports './foundation-card.js'): the autoloader registers
 * them from the same file, so the nested elements never wait for a second download.
 */
const rendersTags = (tag) =>
  [...readFileSync(`src/define/${tag}.ts`, 'utf8').matchAll(/^import '\.\/([a-z-]+)\.js';$/gm)].map(
    (match) => match[1],
  );

/**
 * `elements/<tag>.js` for the autoloader: the element's class and those of the elements it
 * renders, exported by tag (`export const elements = { tag: Class }`), and the guarded `define`
 * the loader registers them with.
 */
const elementEntries = {
  name: 'element-entries',
  resolveId: (id) => (id.startsWith('element:') ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith('\0element:')) return null;
    const own = id.slice('\0element:'.length);
    const all = [...rendersTags(own), own];
    const file = (tag) => resolve(`src/components/${tag}/${tag}.ts`);
    return [
      ...all.map((tag) => `import { ${className(tag)} } from ${JSON.stringify(file(tag))};`),
      `export const elements = { ${all.map((tag) => `'${tag}': ${className(tag)}`).join(', ')} };`,
      `export { define } from ${JSON.stringify(resolve('src/define/define.ts'))};`,
    ].join('\n');
  },
};

/**
 * What every element runs besides Lit, as one shared chunk, `chunks/core.js`: the base element
 * class and its helpers, the tokens, the guide's text (its items, Ambitions, attribution). A
 * manual chunk takes in every module its modules import that no other manual chunk holds, so
 * these files import content modules directly, never the content index (which imports them all).
 */
const core = [
  'components/shared/ambitions-element',
  'components/shared/attribution',
  'components/shared/heading',
  'components/shared/rich-text',
  'define/define',
  'styles/tokens',
].map((path) => resolve(`src/${path}.ts`));

/**
 * The shared chunk named by us, which a README may quote: `chunks/core.js`, everything every
 * element runs: Lit's core modules (with @lit/localize's, where a build has them) and our core
 * above. One file rather than two (Lit, ours), because every element loads both: one response
 * and one gzip dictionary for both saves 0.3 KB gz on every page (measured, issue 18). Lit's
 * directives stay out (only the summary uses one, live; only hydration uses the hydration helpers).
 * The rest is left to rollup, which groups modules by the set of elements that use them, so a
 * page never downloads code that only another element uses; `chunkName` names those chunks.
 */
function sharedChunk(id) {
  const lit =
    /[\\/]node_modules[\\/](lit|lit-element|@lit[\\/](reactive-element|localize))[\\/](?!directives[\\/])/.test(
      id,
    ) || /[\\/]node_modules[\\/]lit-html[\\/](lit-html|static|is-server)\.js$/.test(id);
  if (lit || core.includes(id)) return 'core';
  // The pre-rendered controls' note (four elements): its own chunk, since merged as a small chunk
  // it took the map's and the explorer's exchange-sources code to the quiz and the summary.
  if (/[\\/]src[\\/](styles|components[\\/]shared)[\\/]needs-script\.ts$/.test(id))
    return 'needs-script';
  // Lit's directive base, used by the summary and by hydration: a chunk of its own, as it was
  // before core took in Lit. Left to rollup, the small-chunk merge below puts it into the map's
  // and explorer's exchange code, which the summary and every pre-rendered page would then load.
  return /[\\/]node_modules[\\/]lit-html[\\/]directive\.js$/.test(id) ? 'directive' : undefined;
}

/**
 * Rollup's own chunks are named after a module in them, which a release may change (preload.json
 * always lists them); named here: Lit's hydration support, loaded only for pre-rendered pages.
 */
function chunkName(chunk) {
  const holds = (path) => chunk.moduleIds.some((id) => id.endsWith(path));
  if (holds('/@lit-labs/ssr-client/lit-element-hydrate-support.js')) return 'hydrate-support';
  return chunk.name;
}

/**
 * The card's template and styles (render-card.ts, foundation-card.styles.ts, ambition-badges.ts),
 * which only <foundation-card> and <grab-and-go-guide> use, go into each of their entry files,
 * a copy in each, rather than into a chunk of their own: the guide-only page, the path most
 * sites take, then downloads three files, not four, and the guide's styles and the card's styles
 * compress as one (guide page 20,615 -> about 20,050 B gz, issue 31). A page with both elements
 * downloads the template twice (about 2 KB gz); each copy only renders markup, with no state.
 * A module imported by the guide's component (or by a copy) is loaded again under the id
 * `<file>?guide-copy`, as the TypeScript and template-minifying plugins made it.
 */
const COPIED_INTO_GUIDE =
  /[\\/]src[\\/](components[\\/]foundation-card[\\/](render-card|foundation-card\.styles)|styles[\\/]ambition-badges|content[\\/]ambitions-notes)\.ts$/;
const COPY = '?guide-copy';
const guideCopiesCardTemplate = {
  name: 'guide-copies-card-template',
  async resolveId(source, importer) {
    if (!importer) return null;
    const copying = importer.endsWith(COPY);
    const from = copying ? importer.slice(0, -COPY.length) : importer;
    if (!copying && !/[\\/]src[\\/]components[\\/]grab-and-go-guide[\\/]/.test(from)) return null;
    const resolved = await this.resolve(source, from, { skipSelf: true });
    if (!resolved || resolved.external || !COPIED_INTO_GUIDE.test(resolved.id)) return resolved;
    return `${resolved.id}${COPY}`;
  },
  async load(id) {
    if (!id.endsWith(COPY)) return null;
    const { code } = await this.load({ id: id.slice(0, -COPY.length) });
    return { code, map: { mappings: '' } };
  },
};

/** `file` and every chunk it imports statically, in `chunks` (file name -> chunk), entry first. */
function upFront(chunks, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of chunks[file].imports) upFront(chunks, imported, seen);
  return seen;
}

/**
 * `preload.json`: for each tag, the files its page needs up front (its entry and every chunk that
 * imports statically, paths relative to dist/cdn), for `<link rel="modulepreload">` hints; and
 * what a pre-rendered page adds to them.
 */
const preloadHints = {
  name: 'preload-hints',
  // The loader gets each tag's chunks too (its `CHUNKS` placeholder), to request them at once.
  renderChunk(code, chunk, _, { chunks }) {
    if (chunk.fileName !== 'ambitions-elements-autoloader.js') return null;
    const placeholder = `JSON.parse('{"__chunks__":0}')`;
    if (!code.includes(placeholder)) this.error('the autoloader lost its CHUNKS placeholder');
    const names = (tag) =>
      [...upFront(chunks, `elements/${tag}.js`)]
        .filter((file) => file.startsWith('chunks/'))
        .map((file) => file.slice('chunks/'.length, -'.js'.length));
    const text = new MagicString(code);
    text.replace(placeholder, JSON.stringify(Object.fromEntries(tags.map((t) => [t, names(t)]))));
    return { code: text.toString(), map: text.generateMap({ hires: true }) };
  },
  generateBundle(_, bundle) {
    const hints = Object.fromEntries(
      tags.map((tag) => [tag, [...upFront(bundle, `elements/${tag}.js`)]]),
    );
    // Pre-rendered pages also load Lit's hydration support: under `hydration`, a key no tag can
    // have (a custom element's name has a hyphen).
    // A page whose only element is the guide loads it from one file (the build after this one
    // writes it; the loader's ALONE names it): under `alone`, by tag.
    hints.alone = { 'grab-and-go-guide': [GUIDE_ALONE] };
    const support = Object.keys(bundle).find((file) => file === 'chunks/hydrate-support.js');
    if (support)
      hints.hydration = [...upFront(bundle, support)].filter((file) => file !== 'chunks/core.js');
    this.emitFile({
      type: 'asset',
      fileName: 'preload.json',
      source: `${JSON.stringify(hints, null, 2)}\n`,
    });
  },
};

/** The guide with Lit and the core in one file, for guide-only pages (see its build below). */
const GUIDE_ALONE = 'elements/grab-and-go-guide-alone.js';

/**
 * As package.json "sideEffects" says: only registration code (src/define, and src/cdn's guard of
 * Lit's global names, run before Lit) has side effects, so a content module an element imports
 * but never reads (case studies, findings) is left out of the CDN builds' files.
 */
const registrationSideEffects = {
  moduleSideEffects: (id) => !/[\\/]src[\\/](?!define[\\/]|cdn[\\/])/.test(id),
};

/** Keep lit (a peer dependency) out of the npm build so the host's one copy is shared. */
const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/)/.test(id);

/** Copies the embed page's static files next to its script. */
const copyEmbedAssets = {
  name: 'copy-embed-assets',
  generateBundle() {
    for (const fileName of ['index.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`) });
    }
  },
};

/** TypeScript for the browser-only builds below (no declarations: they are not imported). */
const scriptTypescript = (outDir) =>
  typescript({ tsconfig: './tsconfig.build.json', outDir, declaration: false, sourceMap: true });

/**
 * The entry of a one-file build: first the guard of Lit's global names (page markup such as
 * `id="litHtmlVersions"` would otherwise stop Lit before the element registers), then the tag's
 * registration, as in ambitions-elements.js.
 */
const oneFileEntry = (tag) => ({
  name: 'one-file-entry',
  resolveId: (id) => (id === `one-file:${tag}` ? id : null),
  load: (id) =>
    id === `one-file:${tag}`
      ? [resolve('src/cdn/lit-globals.ts'), resolve(`src/define/${tag}.ts`)]
          .map((file) => `import ${JSON.stringify(file)};`)
          .join('\n')
      : null,
});

/**
 * In the one-file builds, AmbitionsElement's `import('./on-demand.js')` (local content) gets
 * src/cdn/one-file-local-content.ts instead, which says local content is not read there: a file
 * with no folder beside it would carry the validator and loader inline (see that file for why).
 */
const oneFileWithoutLocalContent = {
  name: 'one-file-without-local-content',
  async resolveId(source, importer) {
    if (source !== './on-demand.js' || !importer?.endsWith('ambitions-element.ts')) return null;
    return resolve('src/cdn/one-file-local-content.ts');
  },
};

export default [
  {
    // The npm build: one file per module, so bundlers can tree-shake what a consumer imports.
    input: [
      'src/index.ts',
      'src/content/index.ts',
      'src/engine/index.ts',
      'src/ssr/index.ts',
      ...defineEntries,
    ],
    external: isLit,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      minifyTemplates(),
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: true }),
    ],
  },
  // The script-tag builds: self-contained (Lit included), minified, register every element; the
  // second adds Lit's hydration support for pre-rendered (declarative shadow DOM) pages.
  ...['ambitions-elements', 'ambitions-elements-hydrate'].map((name) => ({
    input: `src/cdn/${name}.ts`,
    // One file: what an npm build loads on demand (local-content checks) is inlined here.
    output: {
      file: `dist/cdn/${name}.js`,
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [
      decoderBeside(resolve('dist/cdn')),
      englishOnly(),
      minifyTemplates(),
      nodeResolve({ exportConditions: ['production'] }),
      jsqrModule(),
      scriptTypescript('dist/cdn'),
      ...terserTwice(),
      // After terser, which drops Lit's @license comments: Lit's BSD-3-Clause notice stays.
      thirdPartyNotices('ambitions-elements (MIT AND CC-BY-4.0)'),
    ],
  })),
  // One self-contained file per element, `<tag>.js` (issue 31): what a page with one element
  // uploads to a CMS media library, which takes a file, not a folder. Lit, the element, the
  // content it reads and what an npm build loads on demand, in one file, registered with the
  // guarded define(). Each file carries its own copy of Lit, so two of them on one page work side
  // by side (each registers its own tag) and pay for Lit twice: a page with several elements is
  // better served by ambitions-elements.js or the autoloader.
  ...tags.map((tag) => ({
    input: `one-file:${tag}`,
    treeshake: registrationSideEffects,
    output: {
      file: `dist/cdn/${tag}.js`,
      format: 'es',
      // The map is written beside the file but not named in it: a media library takes the one
      // file, and a `sourceMappingURL` to a map that was not uploaded is a 404 in the developer
      // tools (and 45 B gz on every page load of the guide's file).
      sourcemap: 'hidden',
      inlineDynamicImports: true,
    },
    plugins: [
      oneFileEntry(tag),
      oneFileWithoutLocalContent,
      decoderBeside(resolve('dist/cdn')),
      englishOnly(),
      minifyTemplates(),
      nodeResolve({ exportConditions: ['production'] }),
      jsqrModule(),
      scriptTypescript('dist/cdn'),
      ...terserTwice(),
      // A file that may be hosted alone: it names its packages with their copyright lines and
      // points to the full licence texts (docs/licences.md says why).
      thirdPartyNotices('ambitions-elements (MIT AND CC-BY-4.0)', {
        pointer:
          'THIRD-PARTY-LICENSES.txt beside this file in the ambitions-elements package, and https://github.com/lit/lit/blob/main/LICENSE',
      }),
    ],
  })),
  {
    // The autoloader build: the loader, one entry per element, the shared parts in chunks/.
    input: {
      'ambitions-elements-autoloader': 'src/cdn/ambitions-elements-autoloader.ts',
      ...Object.fromEntries(tags.map((tag) => [`elements/${tag}`, `element:${tag}`])),
    },
    treeshake: registrationSideEffects,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}.js`,
      // Merges chunks under about 1 KB (before minifying) into one loaded in the same cases: fewer
      // requests for a few hundred bytes more on some pages (measured: no element's page grew).
      experimentalMinChunkSize: 1000,
      manualChunks: sharedChunk,
    },
    plugins: [
      elementEntries,
      guideCopiesCardTemplate,
      englishOnly(),
      minifyTemplates(),
      nodeResolve({ exportConditions: ['production'] }),
      jsqrModule(),
      scriptTypescript('dist/cdn'),
      ...terserTwice(),
      thirdPartyNotices('ambitions-elements (MIT AND CC-BY-4.0)', {
        licenceFile: 'THIRD-PARTY-LICENSES.txt',
      }),
      preloadHints,
    ],
  },
  {
    // `elements/grab-and-go-guide-alone.js`: the guide's entry with Lit and the shared core in
    // the one file, for the autoloader on a page whose only element of ours is the guide, the
    // page most sites make (issue 31): one request after the loader instead of two, and one file
    // compresses better than two (20,008 B with the loader, under 20 KB, against 21,099 B). What
    // it loads on demand (the markup checks, local content) are chunks of its own,
    // `chunks/alone-*.js`. A page with other elements too uses elements/<tag>.js and
    // chunks/core.js; an element added later to a guide-only page then brings a second copy of
    // Lit (each registers its own tags, as two one-files do).
    input: { [GUIDE_ALONE.slice(0, -'.js'.length)]: 'element:grab-and-go-guide' },
    // The on-demand chunks import what they share from the entry itself, not from a chunk of its
    // own behind an entry that only re-exports it (one request more).
    preserveEntrySignatures: 'allow-extension',
    treeshake: registrationSideEffects,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/alone-[name].js',
      experimentalMinChunkSize: 1000,
    },
    plugins: [
      elementEntries,
      englishOnly(),
      minifyTemplates(),
      nodeResolve({ exportConditions: ['production'] }),
      scriptTypescript('dist/cdn'),
      ...terserTwice(),
      thirdPartyNotices('ambitions-elements (MIT AND CC-BY-4.0)', {
        pointer: 'THIRD-PARTY-LICENSES.txt beside this folder',
      }),
    ],
  },
  {
    // The iframe page for sites that forbid scripts: it loads the CDN bundle, then this.
    input: 'src/embed/embed.ts',
    output: { dir: 'dist/embed', format: 'es', sourcemap: true },
    plugins: [
      scriptTypescript('dist/embed'),
      terser({ ecma: 2020, module: true }),
      copyEmbedAssets,
    ],
  },
  {
    // A classic script a host may add once to resize framed elements to their content.
    input: 'src/embed/resize.ts',
    output: { file: 'dist/embed/resize.js', format: 'iife', sourcemap: true },
    plugins: [scriptTypescript('dist/embed'), terser({ ecma: 2020 })],
  },
];
