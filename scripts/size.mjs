// `npm run size`: gzip -9 sizes of what a host downloads. `-- --check` fails over budget.
// Each element is bundled in memory from its registration file the way rollup.config.mjs builds
// the CDN bundle (Lit included, minified), so the figure is "the element with everything it needs".
// The CDN bundle itself registers every element, so nothing is left out of it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates, terserOptions } from './minify.mjs';

const KB = 1024;
const budgets = { cdn: 30 * KB, 'foundation-card': 14 * KB };
// `--check` fails over any budget; `--check=foundation-card` (comma-separated keys) over those only.
const checkArg = process.argv.find((arg) => arg === '--check' || arg.startsWith('--check='));
const check = checkArg !== undefined;
const checked = (key) =>
  checkArg === '--check' || (checkArg?.slice(8).split(',') ?? []).includes(key);

const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** Minified ES bundle of one entry (a file, or a virtual module's source), in memory. */
async function bundle(entry, source) {
  const virtual = '\0size-entry';
  const plugins = [
    minifyTemplates(),
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: false }),
    terser(terserOptions),
  ];
  if (source) {
    plugins.unshift({
      name: 'virtual-entry',
      resolveId: (id) => (id === virtual ? id : null),
      load: (id) => (id === virtual ? source : null),
    });
  }
  const build = await rollup({
    input: source ? virtual : entry,
    plugins,
    // Mirror package.json "sideEffects": only registration files have side effects, so a
    // consumer's bundler drops content modules (case studies, findings) an element never reads.
    treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/](?!define[\\/])/.test(id) },
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
}

const rows = [];
const cdn = 'dist/cdn/ambitions-elements.js';
const cdnHydrate = 'dist/cdn/ambitions-elements-hydrate.js';
for (const [key, file, label] of [
  ['cdn', cdn, 'CDN bundle, every element and all content'],
  ['cdn-hydrate', cdnHydrate, 'CDN bundle for pre-rendered pages (+ hydration support)'],
]) {
  if (existsSync(file)) rows.push([key, `${label} (${file})`, gz(readFileSync(file))]);
  else console.warn(`${file} not found: run npm run build first.`);
}

// Registration files are named after their tag; define.ts, define-all.ts and all.ts are helpers.
const tags = readdirSync('src/define')
  .filter((f) => /^[a-z]+-[a-z-]+\.ts$/.test(f) && f !== 'define-all.ts')
  .map((f) => f.replace(/\.ts$/, ''));
for (const tag of tags) {
  rows.push([
    tag,
    `<${tag}> with its imports, Lit included`,
    gz(await bundle(`src/define/${tag}.ts`)),
  ]);
}
rows.push([
  'content',
  'content module alone (src/content)',
  gz(await bundle('src/content/index.ts')),
]);
rows.push([
  'lit',
  'Lit alone (LitElement, html, css, decorators used)',
  gz(
    await bundle(
      undefined,
      "import { LitElement, html, css, nothing } from 'lit';\n" +
        "import { property, state } from 'lit/decorators.js';\n" +
        'console.log(LitElement, html, css, nothing, property, state);\n',
    ),
  ),
]);

let failed = false;
for (const [key, label, size] of rows) {
  const budget = budgets[key];
  const over = budget !== undefined && size > budget;
  if (over && checked(key)) failed = true;
  const note = budget === undefined ? '' : ` (budget ${kb(budget)}${over ? ', OVER' : ''})`;
  console.log(`${kb(size).padStart(8)} gz ${String(size).padStart(6)} B  ${label}${note}`);
}
if (check && checked('cdn') && !existsSync(cdn)) failed = true;
if (check && failed) {
  console.error('size check failed: a figure is over its budget (or the CDN bundle is missing).');
  process.exit(1);
}
