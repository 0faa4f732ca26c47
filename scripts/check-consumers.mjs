// `npm run test:consumers` (part of `npm test`): packs the package (after `npm run build`) and
// checks that framework apps installing the tarball type-check and build, as a developer's would:
// strict TypeScript and React 19 (tsc, esbuild), Vue 3 (vue-tsc, Vite), Svelte 5 (svelte-check,
// Vite), Lit templates (lit-analyzer --strict on documented usage). Wrong props (an object as `foundation`, `heading-level` 9, a handler for the wrong event
// type, an unknown `mode`) must fail each framework's type check. Each app is test/consumers/<name>.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const temp = mkdtempSync(join(tmpdir(), 'ambitions-consumers-'));
let failed = 0;
try {
  const packed = JSON.parse(
    run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], root),
  );
  const tarball = join(temp, packed[0].filename);
  console.log(`packed ${packed[0].filename}: ${packed[0].entryCount} files`);
  const bin = (path) => [process.execPath, join(root, 'node_modules', path)];
  const tsc = bin('typescript/bin/tsc');
  const esbuild = (entry, name) => [
    join(root, 'node_modules/.bin/esbuild'),
    entry,
    '--bundle',
    '--format=esm',
    '--log-level=warning',
    `--outfile=${join(temp, `${name}.js`)}`,
  ];
  const vite = (name) => [
    ...bin('vite/bin/vite.js'),
    'build',
    '--config',
    'vite.config.mjs',
    '--outDir',
    join(temp, name),
    '--emptyOutDir',
  ];
  const vueTsc = (config) => [...bin('vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', config];
  const svelteCheck = (config) => [
    ...bin('svelte-check/bin/svelte-check'),
    '--tsconfig',
    config,
    '--output',
    'machine',
  ];
  // Each consumer: commands that must pass, and (Vue, Svelte) a bad/ project in which each listed
  // line has a wrong prop that the type check must report. React's wrong props are
  // @ts-expect-error lines in its main.tsx, so tsc fails if one of them is accepted.
  const consumers = [
    { name: 'ts-strict', pass: [[...tsc, '-p', '.'], esbuild('src/main.ts', 'ts-strict')] },
    { name: 'react19', pass: [[...tsc, '-p', '.'], esbuild('src/main.tsx', 'react19')] },
    {
      name: 'vue3',
      pass: [vueTsc('tsconfig.json'), vite('vue3')],
      fail: { command: vueTsc('bad/tsconfig.json'), file: 'Bad.vue', lines: [8, 9, 10, 11, 12] },
    },
    {
      // lit-analyzer is this app's own dependency, installed here when the check runs (not a
      // devDependency of the repository: every contributor's install would carry it).
      name: 'lit-analyzer',
      extra: ['lit-analyzer@2.0.3'],
      pass: [
        [
          process.execPath,
          'node_modules/lit-analyzer/cli.js',
          '--strict',
          '--maxWarnings',
          '0',
          'src',
        ],
      ],
    },
    {
      name: 'svelte5',
      pass: [svelteCheck('tsconfig.json'), vite('svelte5')],
      fail: { command: svelteCheck('bad/tsconfig.json'), file: 'Bad.svelte', lines: [7, 8, 9, 10] },
    },
  ];
  for (const { name, pass, fail, extra = [] } of consumers) {
    const dir = join(root, 'test/consumers', name);
    try {
      // Installs the tarball as a user would; lit, the frameworks and their tools resolve from the root.
      run(
        npm,
        [
          'install',
          '--no-save',
          '--no-package-lock',
          '--prefer-offline',
          '--no-audit',
          '--no-fund',
          '--ignore-scripts',
          '--legacy-peer-deps',
          tarball,
          ...extra,
        ],
        dir,
      );
      for (const [command, ...args] of pass) run(command, args, dir);
      if (fail) {
        const [command, ...args] = fail.command;
        const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
        const output = `${result.stdout}${result.stderr}`;
        // vue-tsc: `Bad.vue(8,20): error`; svelte-check --output machine: `ERROR "Bad.svelte" 7:18`.
        const reported = new Set(
          [...output.matchAll(/Bad\.(?:vue\((\d+),|svelte" (\d+):)/g)].map((m) =>
            Number(m[1] ?? m[2]),
          ),
        );
        const missed = fail.lines.filter((line) => !reported.has(line));
        if (result.status === 0 || missed.length > 0)
          throw new Error(
            `${fail.file}: wrong props not reported on lines ${missed.join(', ') || '(none: but the check passed)'}\n${output}`,
          );
      }
      const wrong = fail ? `, rejects ${fail.lines.length} wrong props` : '';
      console.log(`ok ${name}: type-checks and builds against the packed package${wrong}`);
    } catch (error) {
      failed += 1;
      console.error(`not ok ${name}:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
    } finally {
      rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    }
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
if (failed > 0) process.exit(1);
