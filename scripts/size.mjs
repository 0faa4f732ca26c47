// `npm run size`: gzip -9 sizes of what a host downloads. `-- --check` fails over budget.
// Each element is bundled in memory from its registration file the way rollup.config.mjs builds
// the CDN bundle (Lit included, minified), so the figure is "the element with everything it needs
// up front": its entry chunk and every chunk that imports statically. Code an element loads only
// on demand (the local-content checks, when a host sets `content` or `content-src`) is a
// chunk of its own in an npm build, listed on its own line. The CDN bundle itself registers every
// element and inlines those chunks, so nothing is left out of it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates, terserOptions } from './minify.mjs';

const KB = 1024;
// The card's budget grew by 0.25 KB for its print layout inside the two-page printed guide, and by
// 0.05 KB for the report's own words on items 9 and 10 and the label that marks the card's Ambitions
// list as derived from the report's case studies (content trust), and by 0.2 KB for the host-font
// fallback (never the browser's serif on GOV.UK-style pages) and AA links on the accent tint.
// The pre-rendered guide's HTML (dist/prerendered/grab-and-go-guide.html, what the snippet builder
// offers): 9,445 B gz with a stylesheet in each card's shadow root, 8,594 B once the guide rendered
// its items in one shadow root (issue 18); the budget fails on growth.
const budgets = {
  cdn: 30 * KB,
  'foundation-card': 14.5 * KB,
  'prerendered-guide': 8.5 * KB,
};
// `--check` fails over any budget; `--check=foundation-card` (comma-separated keys) over those only.
const checkArg = process.argv.find((arg) => arg === '--check' || arg.startsWith('--check='));
const check = checkArg !== undefined;
const checked = (key) =>
  checkArg === '--check' || (checkArg?.slice(8).split(',') ?? []).includes(key);

const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/**
 * Minified ES bundle of one entry (a file, or a virtual module's source), in memory: the gz size
 * of what loads up front (the entry chunk and its static imports, each a file of its own), and
 * of each chunk loaded on demand by `import()`, by the module it is for. With `inline`, on-demand
 * code is inlined as in the CDN bundle, so it all counts as up front.
 */
async function bundle(entry, source, inline = false) {
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
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: inline });
  await build.close();
  const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const onDemand = [...chunks.values()]
    .filter((chunk) => !upFront.has(chunk.fileName))
    .map((chunk) => [chunk.facadeModuleId ?? chunk.fileName, gz(chunk.code)]);
  const size = [...upFront].reduce((sum, name) => sum + gz(chunks.get(name).code), 0);
  return { size, onDemand };
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

// The pre-rendered guide (built by scripts/prerender.mjs), against the same text as static HTML
// (scripts/bench/pages.mjs, page (1) of `npm run bench`): issue 18 targets <= 2x in gzip bytes.
const prerenderedGuide = 'dist/prerendered/grab-and-go-guide.html';
if (existsSync(prerenderedGuide)) {
  const { staticGuidePage } = await import('./bench/pages.mjs');
  const html = readFileSync(prerenderedGuide);
  const staticBytes = gz(await staticGuidePage(resolve('dist')));
  const ratio = gz(html) / staticBytes;
  rows.push([
    'prerendered-guide',
    `pre-rendered guide HTML (${prerenderedGuide}, ${kb(html.length)} raw), ${ratio.toFixed(2)}x the static page's ${kb(staticBytes)} (target <= 2x)`,
    gz(html),
  ]);
} else console.warn(`${prerenderedGuide} not found: run npm run build first.`);

// Registration files are named after their tag; define.ts, define-all.ts and all.ts are helpers.
const tags = readdirSync('src/define')
  .filter((f) => /^[a-z]+-[a-z-]+\.ts$/.test(f) && f !== 'define-all.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const onDemand = new Map();
for (const tag of tags) {
  const { size, onDemand: chunks } = await bundle(`src/define/${tag}.ts`);
  rows.push([tag, `<${tag}> with its imports, Lit included (up front)`, size]);
  // Each on-demand chunk once, measured with <foundation-card> where it has it.
  for (const [id, bytes] of chunks) {
    if (!onDemand.has(id) || tag === 'foundation-card') onDemand.set(id, [tag, bytes]);
  }
}
for (const [id, [tag, bytes]] of onDemand) {
  const file = relative('.', id).replaceAll('\\', '/');
  const what =
    file === 'src/components/shared/on-demand.ts'
      ? `local-content checks (${file}: the override validator, the content-src loader), loaded only when content or content-src is set`
      : `${file}, loaded only when needed`;
  rows.push([`on-demand:${file}`, `  + on demand: ${what}; measured with <${tag}>`, bytes]);
}
rows.push([
  'content',
  'content module alone (src/content)',
  (await bundle('src/content/index.ts', undefined, true)).size,
]);
rows.push([
  'lit',
  'Lit alone (LitElement, html, css, nothing)',
  (
    await bundle(
      undefined,
      "import { LitElement, html, css, nothing } from 'lit';\n" +
        'console.log(LitElement, html, css, nothing);\n',
    )
  ).size,
]);

// `--breakdown`: what each element adds to the CDN bundle (the bundle of every registration minus
// the bundle without that one; the guide's cards stay with the guide), and the guide's text.
if (process.argv.includes('--breakdown')) {
  const all = (except) =>
    bundle(
      undefined,
      tags
        .filter((tag) => tag !== except)
        .map((tag) => `import './src/define/${tag}.ts';`)
        .join('\n'),
      true,
    );
  const whole = (await all()).size;
  for (const tag of tags) {
    const without = (await all(tag)).size;
    rows.push([`adds:${tag}`, `  what <${tag}> adds to the CDN bundle`, whole - without]);
  }
}

let failed = false;
for (const [key, label, size] of rows) {
  const budget = budgets[key];
  const over = budget !== undefined && size > budget;
  if (over && checked(key)) failed = true;
  const note = budget === undefined ? '' : ` (budget ${kb(budget)}${over ? ', OVER' : ''})`;
  console.log(`${kb(size).padStart(8)} gz ${String(size).padStart(6)} B  ${label}${note}`);
}
if (check && checked('cdn') && !existsSync(cdn)) failed = true;
if (check && checked('prerendered-guide') && !existsSync(prerenderedGuide)) failed = true;
if (check && failed) {
  console.error(
    'size check failed: a figure is over its budget (or the CDN bundle or pre-rendered guide is missing).',
  );
  process.exit(1);
}
