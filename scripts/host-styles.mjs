// WordPress's block styles for the WordPress host page (test/hosts/pages/wordpress.html), fetched
// when the browser tests start instead of being a devDependency. The page needs two CSS files of
// @wordpress/block-library, but installing that package brought 265 more packages (about 930 MB
// of the 1.4 GB `npm install` made, and the ERESOLVE warnings: it wants React 16). `npm pack`
// downloads the package's own tarball from the registry, nothing else; the two files are kept in
// test/hosts/vendor/ (not committed: WordPress's code is GPL) and fetched again only when missing.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
/** 11.1.0 needs @wordpress/interactivity-router@^2.56, which the registry here lacks. */
export const WORDPRESS_BLOCK_LIBRARY = '11.0.0';
export const folder = join(root, 'test/hosts/vendor/wordpress-block-library');
const FILES = ['style.css', 'theme.css'];

/** The folder with WordPress's style.css and theme.css, fetched once; throws with the reason. */
export function ensureWordPressStyles() {
  if (FILES.every((file) => existsSync(join(folder, file)))) return folder;
  const temp = mkdtempSync(join(tmpdir(), 'ambitions-wp-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const name = `@wordpress/block-library@${WORDPRESS_BLOCK_LIBRARY}`;
    const [packed] = JSON.parse(
      execFileSync(npm, ['pack', name, '--json', '--pack-destination', temp], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const wanted = FILES.map((file) => `package/build-style/${file}`);
    execFileSync('tar', ['-xzf', join(temp, packed.filename), '-C', temp, ...wanted]);
    mkdirSync(folder, { recursive: true });
    for (const file of FILES)
      copyFileSync(join(temp, 'package/build-style', file), join(folder, file));
    console.log(`WordPress block styles: ${name} fetched into test/hosts/vendor/ (npm pack)`);
    return folder;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureWordPressStyles();
