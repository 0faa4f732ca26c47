// Server side of the real-host suite (test/hosts/): compiles the Tailwind page's stylesheet with
// the Tailwind 4 CLI (once per run), and adds up the figures the tests report so the run ends
// with one summary line (`node scripts/hosts-server.mjs` prints it, the last step of `npm test`).
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
let tailwind;

/** `/hosts/tailwind.css`: test/hosts/pages/tailwind.css compiled (preflight + used utilities). */
export async function hostsPages(ctx, next) {
  if (ctx.path !== '/hosts/tailwind.css') return next();
  tailwind ??= promisify(execFile)(
    process.execPath,
    [`${root}node_modules/@tailwindcss/cli/dist/index.mjs`, '-i', 'test/hosts/pages/tailwind.css'],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  ).then(({ stdout }) => stdout);
  ctx.type = 'text/css; charset=utf-8';
  ctx.body = await tailwind;
  return undefined;
}

export const figuresFile = 'coverage/host-figures.json';

function readFigures() {
  try {
    return JSON.parse(readFileSync(figuresFile, 'utf8'));
  } catch {
    return {};
  }
}

/** `executeServerCommand('host-figures', { page: 'govuk', ... })` adds one page's figures. */
export function hostFiguresPlugin() {
  let pages = [];
  return {
    name: 'host-figures',
    serverStart() {
      pages = [];
      rmSync(figuresFile, { force: true });
    },
    executeCommand({ command, payload }) {
      if (command !== 'host-figures') return undefined;
      pages.push(payload);
      mkdirSync(dirname(figuresFile), { recursive: true });
      writeFileSync(figuresFile, JSON.stringify({ pages }, null, 2));
      return true;
    },
  };
}

/** The one line: host page loads, then the counts that must stay at zero, then the host's own. */
export function hostsSummaryLine({ pages = [] } = readFigures()) {
  const sum = (key) => pages.reduce((total, page) => total + (page[key] ?? 0), 0);
  const names = [...new Set(pages.map((page) => page.page))].join(', ');
  return (
    `hosts: ${pages.length} host page checks (${names || 'none'}) with ${sum('elements')} elements, ` +
    `${sum('changed')} host nodes restyled, ${sum('fontMismatches')} font mismatches, ` +
    `${sum('smallText')} text nodes under 14px, ${sum('invisibleFocus')} of ${sum('stops')} focus stops without a visible indicator, ` +
    `${sum('elementViolations')} axe violations in the elements, ${sum('hostViolations')} in the host pages`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(hostsSummaryLine());
}
