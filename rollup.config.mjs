import { readdirSync, readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates, terserOptions } from './scripts/minify.mjs';
import { thirdPartyNotices } from './scripts/notices.mjs';

/** Every registration file is its own public entry (`ambitions-elements/define/<tag>`). */
const defineEntries = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `src/define/${file}`);

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
      minifyTemplates(),
      nodeResolve({ exportConditions: ['production'] }),
      scriptTypescript('dist/cdn'),
      terser(terserOptions),
      // After terser, which drops Lit's @license comments: Lit's BSD-3-Clause notice stays.
      thirdPartyNotices('ambitions-elements (MIT AND CC-BY-4.0)'),
    ],
  })),
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
