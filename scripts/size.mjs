// `npm run size`: gzip -9 sizes of what a host downloads. `-- --check` fails over any budget
// (`npm run size` does, in `npm test`). Two kinds of figure:
// - through the autoloader, read from the build (dist/cdn, preload.json): per element, what its
//   page downloads before it can render; a guide-only page; the whole library.
// - each element bundled in memory from its registration file as a bundler would for an npm
//   consumer (Lit included, minified): its entry chunk and every chunk it imports statically. Code
//   an element loads only on demand (the local-content checks, when a host sets `content` or
//   `content-src`) is a chunk of its own, listed on its own line.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { decoderBeside, jsqrModule } from './jsqr-module.mjs';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates, terserTwice } from './minify.mjs';

const KB = 1024;
// Each budget is the figure measured when it was set plus a little headroom, so growth fails
// `npm test` (`npm run size` checks every budget) and an intended growth is a one-line change here
// with its reason.
const budgets = {
  // Re-measured 2026-12-07 after issues 24, 25, 27, 28, 29, 30, 31 and 32 were merged together, each
  // budget about 0.2 KB above its figure. Every element grew 0.9-1.4 KB in its shared core from
  // the base class's checks of what a web editor gets wrong (issue 32: unknown attributes with the
  // nearest known one, colour tokens that are not colours, the same element pasted twice), the
  // loader's guard against page markup taking Lit's global names (issue 25, autoloader and one-file
  // builds), bidi isolation of outside text (issue 25) and the report's own words and credits
  // (issue 24); each one-file build +0.25 KB for the guard of Lit's global names, which it lacked;
  // after the outside reviews, the quiz +0.2 KB (general notes kept, the held-back note brought into
  // view) and the summary +0.3 KB (teams named as the report or this website flagged).
  // The guide is over issue 31's 20 KB target: 21,016 B as one file, 21,864 B through
  // the autoloader (open: loading the editor-mistake checks on demand would take most of it back).
  // Issue 32 (the web editor's mistakes said in the console): every element grew for the markup
  // checks in the shared base class (an unknown attribute with the nearest known one, a colour
  // token that is not a colour, the same element pasted twice): the card is now 15.3 KB (its
  // budget was 14.5 KB); the guide a little more for following #item-N/#N/#slug; the map and the
  // explorer for the region spelling and the explorer's plain sentence with the editor's details.
  // Not measured apart from each other (no time on the shared machine). Budgets set just above.
  // The card's budget grew by 0.25 KB for its print layout inside the two-page printed guide, and by
  // 0.05 KB for the report's own words on items 9 and 10 and the label that marks the card's Ambitions
  // list as derived from the report's case studies (content trust), and by 0.2 KB for the host-font
  // fallback (never the browser's serif on GOV.UK-style pages) and AA links on the accent tint.
  // And by 0.1 KB (14,808 -> 14,887 B) when define/foundation-card.js began to export its class
  // (issue 30: island frameworks import the class from the module that defines it): measured as an
  // entry, the export keeps the class's name and binding. A consumer's bundler drops an export it
  // does not import, so what a page downloads does not change.
  // Issue 31 (speed): 15,596 B once the editor-mistake messages and the content-src fetch load on
  // demand (shared/markup-checks.ts, shared/on-demand.ts): budget lowered from 16.1 KB.
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'foundation-card': 15.6 * KB,
  // Through the autoloader (dist/cdn/ambitions-elements-autoloader.js): what the browser downloads
  // before each element can render, i.e. the loader, the element's entry and every chunk it
  // imports statically (the files preload.json lists for it). Measured 2026-12-01 (issue 18), each
  // set about 0.3 KB above: the quiz and the summary are the largest because they carry their whole
  // feature set (results chart and table, plans, meeting mode, file import/export); the card is
  // the floor every element shares (chunks/core.js: Lit, the base element class, the guide's ten
  // items). Each went down 0.3-0.7 KB when Lit and our core became one chunk and the CDN builds
  // left out @lit/localize's runtime (they cannot register a translation; scripts/english-only.mjs).
  // Issue 31: the card's template and styles are now in the card's and the guide's own entry files
  // (rollup.config.mjs, guideCopiesCardTemplate), not a chunk of their own: one file fewer, and the
  // guide's and the card's styles compress as one. Guide 20,615 -> 19,910 B, card 17,923 -> 17,630 B.
  // Issue 25 (+0.1-0.4 KB each): the loader shadows Lit's global names when page markup took them
  // (src/cdn/lit-globals.ts, about 0.35 KB); the explorer and the summary draw outside text in <bdi>
  // and flag borrowed voices; the summary hides names everywhere, lists dropped results and can
  // leave free text out of its exports.
  // Issue 31 (speed), measured 2026-12-07 and each lowered to about 0.2 KB above: the editor-mistake
  // messages (shared/markup-checks.ts, 1.1 KB gz) load only when the base class's quick test finds
  // a possible mistake, the content-src fetch is in the on-demand chunk, the hydrating loader waits
  // for a rendered frame without a PerformanceObserver, and the guide carries its copy of the A6
  // note (no chunks/directive-helpers.js on a guide page): every element -0.5 to -0.9 KB.
  // After the review fixes of 2026-12-07 (forms, meeting, summary, red team, editor checks).
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'autoloader:foundation-card': 18.8 * KB,
  // Issue 31, map and quiz under one frame: +32 B (21,067 -> 21,099 B) on every element for
  // checking the host's font in the frame after a render rather than inside each update
  // (shared/host-font.ts): a quiz answer's p95 on the phone CPU 22.6 -> 12.4 ms.
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'autoloader:grab-and-go-guide': 20.9 * KB,
  // The map, the explorer, the quiz and the summary grew by 0.5-0.65 KB for the note that takes the
  // place of their controls in pre-rendered HTML until the script runs (chunks/needs-script.js and
  // the templates that use it; issue 18).
  // Issue 28: +0.26 KB, chunks/answers.js reads and checks the members' spread (the map shares it).
  // Issue 31 (map selection under one frame on the phone CPU): +0.1 KB (30,241 -> 30,412 B) for
  // redrawing only the cells a selection changes, the details panel laid out from the next frame
  // and the dimmed cells keeping their text colour (fewer elements restyled).
  // +71 B: the loader picks the guide's one-file entry on guide-only pages (see page:guide-only).
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'autoloader:ambition-map': 30.1 * KB,
  // Issue 29 (point 5): +0.1 KB for the plain reason given to a link whose address hides
  // where it goes (a user name before the @), in the examples-file checks.
  // Issue 26: + about 0.1 KB for the shared sources reader (SourcesController, shared with the
  // map), the base class's one heading-level reader and the `base` part beside the old `root`.
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'autoloader:case-study-explorer': 28.1 * KB,
  // +71 B: the loader picks the guide's one-file entry on guide-only pages (see page:guide-only).
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'autoloader:community-lens': 29.3 * KB,
  // The quiz grew 2.1 KB for issue 27 (50,773 B measured): rounds that keep their own dates and
  // the dated "Continue this round" / "Start the next round" choice, the saved/not-saved state
  // beside the controls and the leave guard, the held-back flag and note (file version 3), the
  // progress-round-by-round table with its small SVG lines, and the projector layout and keys;
  // and 0.4 KB for the member mode's loader (issue 28: the member view is a chunk loaded only in
  // that mode, which made the quiz's shared parts a chunk of their own).
  // Issue 30 point 10 (the quiz as a full form control): +1.1 KB.
  // Issue 28, closing the members' loop (57,022 B measured 2026-12-07): each item's spread before
  // "Where are we?" and its line on the results and the printout, the "Gather members' ratings"
  // button and its loader, the spread in the answers, the file (version 4) and the CSV, the
  // next round keeping each round's own spread. The panel (chunks/gather-panel.js, 2.9 KB), the
  // code reader (chunks/member-code.js, 1.5 KB, shared with the member view), the scanning code
  // and the QR decoder are loaded on demand, not counted here.
  // Measured after merging issues 28 and 30 (57,665 B).
  // After the review fixes of 2026-12-07 (forms, meeting, summary, red team, editor checks).
  // +0.1-0.2 KB (2026-12-07, issue 26): saving in a controller with a typed status, and one
  // rule for reading result files that the quiz, its plan screen and the summary share.
  // Knowledge mode on demand (issue 26): -2.5 KB (58,880 -> 56,149 B).
  // Issue 26, second step: 56,102 B (the screens' shared pieces written once, terser run twice).
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'autoloader:self-check-quiz': 55.2 * KB,
  // Knowledge mode's page: the quiz above and chunks/render-knowledge.js (59,745 B).
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'page:knowledge': 58.9 * KB,
  // What a member's phone downloads for <self-check-quiz mode="member"> (issue 28): the quiz above,
  // the member view (chunks/render-member.js, 3.7 KB) and the QR generator (chunks/nano.js, lean-qr's
  // nano build, 2.1 KB), both loaded on demand.
  // Issue 28 (62,532 B): the quiz's growth above, and "Spell it out" for sound-alike characters.
  // Measured after merging issues 28 and 30 (63,178 B).
  // After the review fixes of 2026-12-07 (forms, meeting, summary, red team, editor checks).
  // +0.1-0.2 KB (2026-12-07, issue 26): saving in a controller with a typed status, and one
  // rule for reading result files that the quiz, its plan screen and the summary share.
  // Knowledge mode on demand (issue 26): -2.5 KB (61,757 B).
  // Issue 26, second step: 61,449 B (the member screen reuses the reflection's pieces).
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'page:member': 60.4 * KB,
  // The QR decoder (jsQR, Apache-2.0, chunks/qr-decoder.js, 46,568 B measured): downloaded only
  // when a facilitator starts scanning or reads a picture of a QR code in a browser without
  // BarcodeDetector. The check also fails if the quiz's first download (preload.json) lists it.
  'chunk:qr-decoder': 45.7 * KB,
  // Measured after merging issues 28 and 30 (105,778 B).
  // After the review fixes of 2026-12-07 (forms, meeting, summary, red team, editor checks).
  // +0.1-0.2 KB (2026-12-07, issue 26): saving in a controller with a typed status, and one
  // rule for reading result files that the quiz, its plan screen and the summary share.
  // Knowledge mode on demand (issue 26): -2.5 KB (104,266 B).
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'page:meeting-scanning': 102.2 * KB,
  // The summary grew from 41.1 to 47.7 KB (48,820 B, 2026-12-07, issue 29): the trend over rounds,
  // the board page with the report's five recommendations, the SVG/PNG charts, the roll-up reader
  // and export, removing files. A follow-up could load the board, trend and roll-up on demand
  // (they show only once results are in), which would take most of the 6.6 KB back off first load.
  // Issue 29's follow-up: +0.2-0.3 KB (52,526 B) for duplicates across roll-ups (a result's own
  // identity), "n = " per trend bar and the "Teams (n)" column, and the meeting print's page rules.
  // Issues 25/29 "Scale": about +1.3 KB for reading and counting in slices so 10,000 results
  // never freeze the page (the combined-file scanner, the stepped reader and summary, the slicer,
  // "Stop reading"). Budget set after the merge, 0.2 KB above the figure measured.
  // Issue 28: +0.6 KB for "split before agreeing" per item and the spread in the result
  // file's reader and CSV columns.
  // After the review fixes of 2026-12-07 (forms, meeting, summary, red team, editor checks).
  // +0.24 KB (57,250 B): removing a file keeps results another added file also holds.
  // +0.4 KB (57,649 B): "Find an organisation" beyond 40 of them (6,000 ticked boxes held the
  // page 2.5 s, 60,000 minutes) and long notes folded after 400 characters (0.8 s of layout).
  // +0.1-0.2 KB (2026-12-07, issue 26): saving in a controller with a typed status, and one
  // rule for reading result files that the quiz, its plan screen and the summary share.
  // Issue 26, second step: 57,225 B (-0.6 KB: terser run twice inlines the summary's single-use
  // helpers; the bars' one style property without Lit's styleMap).
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'autoloader:self-check-summary': 56.3 * KB,
  // A page with only <grab-and-go-guide> and the autoloader: all the JavaScript it downloads,
  // 20,609 B, 129 B over the 20 KB (20,480 B) target: chunks/core.js (Lit and the base
  // element class with the guide's ten items, one file) 13.7 KB of it, the card's template 2.0 KB,
  // the guide (its introduction, layout and print styles) 3.5 KB, the loader 1.1 KB (with each
  // tag's chunk list, so a page without modulepreload hints waits one round trip less). From
  // 21,246 B: -329 @lit/localize's runtime, -278 one core chunk, -45 one copy of a print rule
  // (20,594 B), +47 with the pre-rendered contact's slots and no-JS styles, -32 a licence line
  // naming packages without versions (the versions are in THIRD-PARTY-LICENSES.txt) and a
  // shorter loader warning.
  // Issue 31: 20,615 -> 19,910 B, the card's template copied into the guide's entry file (-705 B:
  // one file fewer, and the guide's styles and the card's compress together), under the issue's
  // 20 KB whether read as 20,480 or 20,000 B.
  // The budget holds today's figure with a little headroom, so nothing grows unnoticed.
  // Issue 25: +0.35 KB for the loader's Lit-globals guard (see above).
  // Issue 31 (speed): 21,864 -> 20,819 B (-885 the editor-mistake messages on demand and the A6
  // note in the guide's file, -170 the content-src fetch on demand and the loader's simpler wait,
  // +10 defer-hydration in the quick test). The target is 20,480 B: 339 B over.
  // Issue 31, 8 December: a page whose only element is the guide gets it from one file with Lit
  // and the core, elements/grab-and-go-guide-alone.js (rollup.config.mjs): 21,099 -> 19,559 B
  // with the loader, under the 20,480 B. The loader's choice costs every page 71 B.
  // +0.18 KB (8 December, issue 31 review): the brand colour's contrast with white is read by the
  // base class's quick test (shared/contrast.ts), so a brand that reads well loads no messages.
  'page:guide-only': 19.5 * KB,
  // One self-contained file per element, dist/cdn/<tag>.js (issue 31): what a CMS media library
  // takes (one file, no folder). Each holds Lit, its element, the content it reads, what it would
  // load on demand, and Lit's full BSD-3-Clause notice (about 0.9 KB gz: the file has nothing
  // beside it to hold the notice). Measured 2026-12-07, each set 0.2-0.3 KB above. The guide's is
  // the README's first snippet: the target is <= 20 KB (19,481 B). Two files on one page
  // each carry Lit and the shared core (docs/web-editor.md gives what that costs).
  // Issue 31 (speed): each one-file build grew 0.05-0.3 KB (guide 21,016 -> 21,255 B): a file inlines
  // what the autoloader and npm builds load on demand, so moving the editor-mistake messages and
  // the content-src fetch out of the base class only adds the quick test and the glue here. Budgets
  // raised to about 0.2 KB above. Still over the 20 KB target: Lit's full licence text is about
  // 1.0 KB gz of the guide's file (see docs/performance.md).
  // Then the one files point to Lit's licence texts instead of carrying them (docs/licences.md):
  // about 0.8-0.9 KB gz less each, the guide's file 21,255 -> 20,423 B, under the 20 KB.
  // Budgets 0.1-0.2 KB above the figures measured on 2026-12-07; the quiz's includes the form control.
  // Raised 20.0 -> 20.6 KB (editorfix): 20,436 -> 20,853 B (+417 B), over the 20,480 B.
  // A one file inlines the on-demand markup checks, so what they gained costs here: the curly-quote
  // warning (the snippet pasted through Word), the brand colour's contrast with white text, and the
  // guide leaving out a contact value cut short by curly quotes. The autoloader and npm builds load
  // the checks only when the quick test finds something, so those figures barely move.
  // Issue 31, 8 December: the one files no longer read local content (content, content-src): the
  // override validator and the content-src loader were inline in each, 1.3 KB gz of the guide's
  // file (20,900 -> 19,606 B, under the 20,480 B); src/cdn/one-file-local-content.ts
  // says in the console to load ambitions-elements.js or the autoloader instead. Every one-file
  // budget lowered to its new figure plus about 0.15 KB.
  'file:grab-and-go-guide': 19.3 * KB,
  // editorfix: every one file inlines the markup checks, so each grew about 0.4 KB for the same
  // reason (curly quotes, brand contrast); budgets raised to the 2026-12-07 figure plus ~0.1 KB.
  // Through the autoloader the guide (20,992 -> 21,003 B) and the lens grew only for the quick test.
  'file:foundation-card': 16.8 * KB,
  // After the review fixes of 2026-12-07 (forms, meeting, summary, red team, editor checks).
  'file:ambition-map': 26.6 * KB,
  // After the review fixes of 2026-12-07 (forms, meeting, summary, red team, editor checks).
  'file:case-study-explorer': 24.4 * KB,
  'file:community-lens': 24.5 * KB,
  // Issue 28: the quiz's file holds the gathering panel, the code reader and the scanning code
  // inline (typing codes works with the file alone), but not the QR decoder, loaded from
  // chunks/qr-decoder.js beside it when scanning starts (absent: the screen says so).
  // Measured after merging issues 28 and 30 (59,611 B).
  // After the review fixes of 2026-12-07 (forms, meeting, summary, red team, editor checks).
  // Issue 26: +0.3 KB (61,388 B): the one file holds knowledge mode inline, now behind a loader
  // (as the member view), and the storage controller.
  // Issue 26, second step: 61,032 B, back under the 61,049 B from before its quiz refactor (the
  // screens' shared pieces written once, one loader for the modes, terser run twice).
  'file:self-check-quiz': 58.5 * KB,
  // Issues 25/29 "Scale": the slices (see above), about +1.3 KB.
  // Measured after merging issues 25, 28 and 29 (48,260 B).
  // After the review fixes of 2026-12-07 (forms, meeting, summary, red team, editor checks).
  // +0.24 KB (50,723 B): removing a file keeps results another added file also holds.
  // +0.4 KB (51,110 B): the organisation finder and folded long notes (see above).
  // +0.1-0.2 KB (2026-12-07, issue 26): saving in a controller with a typed status, and one
  // rule for reading result files that the quiz, its plan screen and the summary share.
  // Issue 26, second step: 50,541 B (-0.8 KB, as through the autoloader above).
  'file:self-check-summary': 48.3 * KB,
  // The pre-rendered guide's HTML (dist/prerendered/grab-and-go-guide.html, what the snippet
  // builder offers): 9,445 B gz with a stylesheet in each card's shadow root, 8,594 B once the
  // guide rendered its items in one shadow root (issue 18).
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
    jsqrModule(),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: false }),
    ...terserTwice(),
  ];
  // As the one-file builds: the QR decoder stays out, loaded from beside the file when scanning.
  if (inline) plugins.unshift(decoderBeside(resolve('dist/cdn')));
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
const missing = [];
let failed = false;
const cdn = 'dist/cdn/ambitions-elements.js';
const cdnHydrate = 'dist/cdn/ambitions-elements-hydrate.js';
for (const [key, file, label] of [
  ['cdn', cdn, 'CDN bundle, one file: every element and all content (a figure, not a budget)'],
  ['cdn-hydrate', cdnHydrate, 'CDN bundle for pre-rendered pages (+ hydration support)'],
]) {
  if (existsSync(file)) rows.push([key, `${label} (${file})`, gz(readFileSync(file))]);
}

// The self-contained file of each element (dist/cdn/<tag>.js), as a host uploads it.
for (const tag of readdirSync('src/define')
  .filter((f) => /^[a-z]+-[a-z-]+\.ts$/.test(f) && f !== 'define-all.ts')
  .map((f) => f.replace(/\.ts$/, ''))) {
  const file = `dist/cdn/${tag}.js`;
  if (existsSync(file))
    rows.push([
      `file:${tag}`,
      `<${tag}> alone, one self-contained file (${file})`,
      gz(readFileSync(file)),
    ]);
  else missing.push(file);
}

// The autoloader's files, from the build (npm run build first): per element, what its page
// downloads before it can render, and the whole library as figures (not budgets: a page pays
// only for the elements it uses, so the library may grow with features).
const loader = 'dist/cdn/ambitions-elements-autoloader.js';
const preloadFile = 'dist/cdn/preload.json';
missing.push(...[cdn, cdnHydrate, loader, preloadFile].filter((file) => !existsSync(file)));
if (existsSync(loader) && existsSync(preloadFile)) {
  const preload = JSON.parse(readFileSync(preloadFile, 'utf8'));
  const gzFile = (file) => gz(readFileSync(`dist/cdn/${file}`));
  const loaderBytes = gzFile('ambitions-elements-autoloader.js');
  const pageBytes = (tags, hints = preload) =>
    loaderBytes +
    [...new Set(tags.flatMap((tag) => hints[tag]))].reduce((n, f) => n + gzFile(f), 0);
  rows.push(['autoloader', `autoloader alone (${loader})`, loaderBytes]);
  for (const tag of Object.keys(preload).filter((key) => key.includes('-'))) {
    // On a page with other elements too (or pre-rendered): the element's entry and chunks.
    rows.push([
      `autoloader:${tag}`,
      `<${tag}> through the autoloader: loader + elements/${tag}.js + the chunks it imports (up front)`,
      pageBytes([tag]),
    ]);
  }
  rows.push([
    'page:guide-only',
    `a page with only <grab-and-go-guide>: all its JavaScript through the autoloader (loader + ${preload.alone?.['grab-and-go-guide']?.join(' + ') ?? 'its files'})`,
    pageBytes(['grab-and-go-guide'], preload.alone ?? preload),
  ]);
  const memberChunks = ['chunks/render-member.js', 'chunks/nano.js'];
  if (memberChunks.every((file) => existsSync(`dist/cdn/${file}`)))
    rows.push([
      'page:member',
      'a member\'s phone, <self-check-quiz mode="member">: the quiz through the autoloader, the member view and the QR generator (both on demand)',
      pageBytes(['self-check-quiz']) + memberChunks.reduce((n, file) => n + gzFile(file), 0),
    ]);
  else missing.push(...memberChunks.map((file) => `dist/cdn/${file}`));
  // Knowledge mode (issue 26): its screens and the question generator load on demand, so the
  // quiz's first download for the self-check, a meeting or a member's phone leaves them out.
  const knowledgeChunks = ['chunks/render-knowledge.js'];
  if (knowledgeChunks.every((file) => existsSync(`dist/cdn/${file}`))) {
    if (preload['self-check-quiz'].some((file) => knowledgeChunks.includes(file))) {
      console.error("size check: the quiz's first download holds knowledge mode.");
      failed = true;
    }
    rows.push([
      'page:knowledge',
      'a knowledge quiz, <self-check-quiz mode="knowledge">: the quiz through the autoloader and knowledge mode (on demand)',
      pageBytes(['self-check-quiz']) + knowledgeChunks.reduce((n, file) => n + gzFile(file), 0),
    ]);
  } else missing.push(...knowledgeChunks.map((file) => `dist/cdn/${file}`));
  // The meeting screen (issue 28): its first download must not hold the QR scanning code or the
  // decoder, which load only when a facilitator starts scanning (or reads a picture of a QR code).
  const scanChunks = ['chunks/qr-scan.js', 'chunks/qr-decoder.js'];
  if (scanChunks.every((file) => existsSync(`dist/cdn/${file}`))) {
    const upFront = preload['self-check-quiz'];
    const leaked = scanChunks.filter((file) => upFront.includes(file));
    if (leaked.length) {
      console.error(`size check: the quiz's first download holds ${leaked.join(', ')}.`);
      failed = true;
    }
    rows.push([
      'chunk:qr-decoder',
      'the QR decoder (jsQR, chunks/qr-decoder.js), loaded only when scanning starts in a browser without BarcodeDetector',
      gzFile('chunks/qr-decoder.js'),
    ]);
    rows.push([
      'page:meeting-scanning',
      'a meeting screen once scanning started without BarcodeDetector: the quiz through the autoloader, the scanning code and the decoder',
      pageBytes(['self-check-quiz']) + scanChunks.reduce((n, file) => n + gzFile(file), 0),
    ]);
  } else missing.push(...scanChunks.map((file) => `dist/cdn/${file}`));
  const all = readdirSync('dist/cdn', { recursive: true })
    .map((file) => String(file).replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.js'));
  const library = all
    .filter(
      (file) => /^(elements|chunks)\//.test(file) || file === 'ambitions-elements-autoloader.js',
    )
    .reduce((n, file) => n + gzFile(file), 0);
  rows.push([
    'library',
    'whole library through the autoloader: every file of dist/cdn/elements and chunks, and the loader (a figure, not a budget)',
    library,
  ]);
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
} else missing.push(prerenderedGuide);

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

for (const [key, label, size] of rows) {
  const budget = budgets[key];
  const over = budget !== undefined && size > budget;
  if (over && checked(key)) failed = true;
  const note = budget === undefined ? '' : ` (budget ${kb(budget)}${over ? ', OVER' : ''})`;
  console.log(`${kb(size).padStart(8)} gz ${String(size).padStart(6)} B  ${label}${note}`);
}
if (check && missing.length) {
  console.error(`size check: ${missing.join(', ')} not found (run npm run build first).`);
  failed = true;
}
if (check && failed) {
  console.error('size check failed: a figure is over its budget (or a built file is missing).');
  process.exit(1);
}
