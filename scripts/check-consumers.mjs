// Packs the package (`npm pack`, after `npm run build`) and checks that a strict TypeScript
// consumer and a React 19 TSX consumer type-check (tsc) and build (esbuild) against it, as a
// developer installing it would. Run by `npm test`; each consumer lives in test/consumers/<name>.
import { execFileSync } from 'node:child_process';
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
  const packed = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', temp], root));
  const tarball = join(temp, packed[0].filename);
  console.log(`packed ${packed[0].filename}: ${packed[0].entryCount} files`);
  const consumers = [
    ['ts-strict', 'src/main.ts'],
    ['react19', 'src/main.tsx'],
  ];
  for (const [name, entry] of consumers) {
    const dir = join(root, 'test/consumers', name);
    try {
      // Installs the tarball as a user would; lit, React and TypeScript resolve from the root.
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
        ],
        dir,
      );
      run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], dir);
      run(
        join(root, 'node_modules/.bin/esbuild'),
        [
          entry,
          '--bundle',
          '--format=esm',
          '--log-level=warning',
          `--outfile=${join(temp, `${name}.js`)}`,
        ],
        dir,
      );
      console.log(`ok ${name}: type-checks (strict) and builds against the packed package`);
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
