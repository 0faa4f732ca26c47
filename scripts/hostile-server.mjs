// Server side of the hostile-host suite (test/hostile/): serves its pages with real headers, and
// adds up the figures the tests report so the run ends with one summary line.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The strict policy every hostile page is served with (pages named `*.open.html` excepted). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * Trusted Types on top of the strict policy: the elements need Lit's one policy, `lit-html`
 * (docs/security-and-privacy.md "Content-Security-Policy"); `trusted-types 'none'` shows what happens without it.
 */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html`;
const PAGE_CSP = {
  'trusted-types': TRUSTED_TYPES_CSP,
  'trusted-types-none': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`,
  'autoloader-trusted-types': TRUSTED_TYPES_CSP,
  // Two self-contained files, each with its own copy of Lit, so two `lit-html` policies (issue 31).
  'one-file-two-trusted-types': `${TRUSTED_TYPES_CSP} 'allow-duplicates'`,
  'one-file-two-trusted-types-once': TRUSTED_TYPES_CSP,
};

/**
 * Serves `/hostile/<name>.html` from test/hostile/pages/ with `Content-Security-Policy` as a
 * response header (STRICT_CSP, or the page's own in PAGE_CSP). `*.open.html` pages (they need
 * an inline import map) get no policy.
 */
export async function hostilePages(ctx, next) {
  if (ctx.path.startsWith('/storybook-static/')) return storybookStatic(ctx, next);
  if (oneFilePage(ctx)) return undefined;
  const match = /^\/hostile\/([a-z0-9-]+(?:\.open)?)\.html$/.exec(ctx.path);
  if (!match) return next();
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = await readFile(new URL(`../test/hostile/pages/${match[1]}.html`, import.meta.url));
  ctx.set('Cache-Control', 'no-store');
  if (!match[1].endsWith('.open'))
    ctx.set('Content-Security-Policy', PAGE_CSP[match[1]] ?? STRICT_CSP);
}

/** What a host writes on each element in a one-file page (the rest are left at their defaults). */
const ONE_FILE_ATTRIBUTES = {
  'grab-and-go-guide': 'contact-name="St Example Hospice" contact-phone="01234 567890"',
  'foundation-card': 'foundation="3" heading-level="2"',
  'self-check-quiz': 'no-storage',
};

/**
 * `/hostile/one-file-<tag>.html` (issue 31): a host page with one element and its self-contained
 * file, `dist/cdn/<tag>.js`, as a CMS media library serves it, under STRICT_CSP; the element holds
 * the fallback link a host pastes inside it.
 */
function oneFilePage(ctx) {
  const tag = /^\/hostile\/one-file-([a-z]+-[a-z-]+)\.html$/.exec(ctx.path)?.[1];
  if (
    !tag ||
    !/^(grab-and-go-guide|foundation-card|self-check-quiz|self-check-summary|ambition-map|case-study-explorer|community-lens)$/.test(
      tag,
    )
  )
    return false;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Host page: ${tag}.js alone</title>
    <script src="/test/hostile/pages/probe.js"></script>
    <script type="module" src="/dist/cdn/${tag}.js"></script>
  </head>
  <body>
    <main>
      <h1>St Example Hospice: for professionals</h1>
      <${tag} ${ONE_FILE_ATTRIBUTES[tag] ?? ''}>
        <p class="fallback"><a href="/">Read the Small Steps, Big Vision Grab-and-Go Guide</a></p>
      </${tag}>
    </main>
  </body>
</html>
`;
  return true;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * The built Storybook as it is on disk, past the dev server's plugins (its bundles must not be
 * rewritten), for the accessibility sweep.
 */
async function storybookStatic(ctx, next) {
  const path = decodeURIComponent(ctx.path);
  if (path.includes('..')) return next();
  try {
    const body = await readFile(new URL(`..${path}`, import.meta.url));
    ctx.type = TYPES[extname(path)] ?? 'application/octet-stream';
    ctx.body = body;
  } catch {
    return next();
  }
  return undefined;
}

/** Where the figures are added up: across the browser run and the Storybook sweep run. */
export const figuresFile = 'coverage/hostile-figures.json';

/** Figures of the node tests (run before the browser run, which starts its own file afresh). */
export const nodeFiguresFile = 'coverage/hostile-figures-node.json';

function readJson(file) {
  try {
    return Object.entries(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return [];
  }
}

function readFigures() {
  return new Map(readJson(figuresFile));
}

/**
 * A node test's figures (`node --test test/hostile/*.node.mjs`), under the test's own name so a
 * second run replaces rather than adds to them.
 */
export function addNodeFigures(test, figures) {
  const all = Object.fromEntries(readJson(nodeFiguresFile));
  all[test] = figures;
  mkdirSync(dirname(nodeFiguresFile), { recursive: true });
  writeFileSync(nodeFiguresFile, JSON.stringify(all, null, 2));
}

/** The browser runs' figures plus the node tests' ones. */
function allFigures() {
  const figures = readFigures();
  for (const [, entry] of readJson(nodeFiguresFile))
    for (const [name, value] of Object.entries(entry ?? {}))
      figures.set(name, (figures.get(name) ?? 0) + Number(value));
  return figures;
}

/**
 * `executeServerCommand('hostile-figures', { 'CSP violations': 0, ... })` adds to the totals.
 * The main run starts them afresh; a run with `append` (the Storybook sweep) adds to them.
 */
export function hostileFiguresPlugin({ append = false } = {}) {
  let figures = new Map();
  return {
    name: 'hostile-figures',
    serverStart() {
      figures = append ? readFigures() : new Map();
      if (!append) rmSync(figuresFile, { force: true });
    },
    executeCommand({ command, payload }) {
      if (command !== 'hostile-figures') return undefined;
      for (const [name, value] of Object.entries(payload ?? {})) {
        figures.set(name, (figures.get(name) ?? 0) + Number(value));
      }
      mkdirSync(dirname(figuresFile), { recursive: true });
      writeFileSync(figuresFile, JSON.stringify(Object.fromEntries(figures), null, 2));
      return true;
    },
  };
}

/** The one line: generated cases per input kind, then the counts that must stay at zero. */
export function hostileSummaryLine(figures = allFigures()) {
  const n = (name) => (figures.get(name) ?? 0).toLocaleString('en-GB');
  const kinds = [
    'attributes',
    'overrides',
    'result files',
    'summary files',
    'embed params',
    'spreadsheet texts',
  ];
  const total = kinds.reduce((sum, kind) => sum + (figures.get(kind) ?? 0), 0);
  return (
    `hostile: ${total.toLocaleString('en-GB')} generated cases (` +
    kinds.map((kind) => `${kind} ${n(kind)}`).join(', ') +
    `), ${n('uncaught errors')} uncaught errors, ${n('answers lost')} answers lost, ` +
    `${n('CSP violations')} CSP violations, ${n('axe violations')} axe violations, ` +
    `${n('spoofed texts')} spoofed texts, ${n('foreign requests')} foreign requests, ` +
    `${n('foreign resizes')} foreign resizes, ${n('formula cells')} formula cells, ` +
    `${n('names leaked')} hidden names shown, ${n('bad dates accepted')} bad dates accepted, ` +
    `${n('bidi flips')} texts turned by bidi controls, ${n('voices unflagged')} borrowed voices unflagged, ` +
    `${n('hostile sources')} hostile example sources listed unread ` +
    `(summed over the engines that ran: ${n('attacks')} crafted attacks, ${n('pages')} hostile page loads, ` +
    `${n('stories')} Storybook story checks, ${n('axe checks')} axe checks)`
  );
}

// `node scripts/hostile-server.mjs` prints the line (the last step of `npm test`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(hostileSummaryLine());
}
