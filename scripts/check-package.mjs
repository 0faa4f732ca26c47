// The packed-tarball test (run by `npm test` after `npm run build`): packs the package as
// `npm publish` would and checks what a developer gets.
// - Every file `exports`, `customElements`, `bin` and `files` name is in the tarball; the manifest
//   points at shipped dist/ files, names every event and says which module defines each element.
// - No shipped file references a source map the tarball lacks.
// - The licence field and LICENSE; the CDN bundles keep Lit's BSD-3-Clause notice; the
//   autoloader's folder is complete (preload.json's files) and has the licence texts.
// - `npm install <tarball> lit` in an empty project: how many packages it adds (printed; only
//   what the browser code imports), both `define/<tag>` and `define/<tag>.js` import forms at
//   runtime (Node) and in TypeScript, and the SSR module and CLI saying in one line what to
//   install when @lit-labs/ssr is missing.
// - publint and @arethetypeswrong/cli on the same tarball (what they check that this file does
//   not: package.json field conventions, types under each TypeScript resolution mode).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PLACEHOLDER as SRI_PLACEHOLDER, FILES as SRI_FILES, sri, updateSnippets } from './sri.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The most packages `npm install <tarball> lit` may add: lit's own, @lit/localize, us. */
const MAX_PACKAGES = 10;
/** Packages only a server needs; a browser install must not pull them. */
const SERVER_ONLY = ['@lit-labs/ssr', 'node-fetch', 'parse5', '@parse5/tools', 'enhanced-resolve'];

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
  return ok;
};

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'ambitions-package-'));
try {
  // --ignore-scripts: `prepack` would build again; `npm test` built just before.
  const [packed] = JSON.parse(
    run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], root),
  );
  const tarball = join(temp, packed.filename);
  const files = new Set(packed.files.map((file) => file.path));
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${packed.size} B`);

  // Every target of `exports` (wildcards expanded against the define/ entries).
  const tags = readdirSync(join(root, 'src/define'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''));
  const targets = (value) =>
    typeof value === 'string' ? [value] : Object.values(value).flatMap(targets);
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    for (const target of targets(value)) {
      const path = target.replace(/^\.\//, '');
      if (path.includes('*')) {
        const expanded = subpath.startsWith('./define/')
          ? tags.map((tag) => path.replace('*', tag))
          : [...files].filter((f) => f.startsWith(path.split('*')[0]));
        check(expanded.length > 0, `exports ${subpath}: nothing matches ${target}`);
        for (const file of expanded)
          check(files.has(file), `exports ${subpath} -> ${file} is not in the tarball`);
      } else check(files.has(path), `exports ${subpath} -> ${path} is not in the tarball`);
    }
  }
  for (const path of [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin ?? {})])
    check(files.has(path.replace(/^\.\//, '')), `${path} (main/types/bin) is not in the tarball`);
  for (const entry of pkg.files.filter((f) => !f.startsWith('!')))
    check(
      [...files].some((f) => f === entry || f.startsWith(entry.replace(/\/?$/, '/'))),
      `files entry ${entry} packs nothing`,
    );

  // publint (package.json fields against the packed files) and @arethetypeswrong/cli (the types
  // each entry resolves to under node10, node16 from ESM and CJS, and bundler resolution), both on
  // this tarball, offline. The package is ESM only by design: a CommonJS `require` reaching ESM is
  // the one finding left out (a CommonJS consumer uses `import()`). attw skips wildcard subpaths
  // (define/*, cdn/*): the define/<tag> checks below cover those.
  for (const [tool, args] of [
    ['publint', ['publint', 'run', tarball, '--strict']],
    ['attw', ['attw', tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii']],
  ]) {
    const result = spawnSync(npx, ['--no-install', ...args], { cwd: root, encoding: 'utf8' });
    if (check(result.status === 0, `${tool} found problems:\n${result.stdout}${result.stderr}`))
      console.log(`${tool}: no problems`);
  }

  // The manifest: shipped, dist paths, named events, definitions for every element.
  // Editor data (scripts/generate-editor-data.mjs): JetBrains finds web-types through package.json.
  for (const file of [pkg['web-types'].replace(/^\.\//, ''), 'vscode.html-custom-data.json'])
    check(files.has(file), `editor data ${file} is not in the tarball`);
  if (check(files.has(pkg.customElements), `customElements ${pkg.customElements} not packed`)) {
    const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));
    const defined = new Set();
    for (const mod of manifest.modules) {
      check(files.has(mod.path), `manifest module ${mod.path} is not in the tarball`);
      for (const declaration of mod.declarations ?? [])
        for (const event of declaration.events ?? [])
          check(
            !!event.name && !!event.type?.text,
            `manifest: an event of ${declaration.tagName} has no name or type`,
          );
      for (const exp of mod.exports ?? [])
        if (exp.kind === 'custom-element-definition') {
          defined.add(exp.name);
          check(
            files.has(exp.declaration.module),
            `manifest: ${exp.name} is defined in ${exp.declaration.module}, not packed`,
          );
        }
    }
    for (const tag of tags.filter((t) => t.includes('-') && !t.startsWith('define')))
      check(defined.has(tag), `manifest: no custom-element-definition export for <${tag}>`);
    // Every module reference (exports, superclasses, inherited members) is package-root and
    // names a file in the tarball: tools resolve them from the package's folder.
    const moduleRefs = [];
    const collect = (node) => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node))
        if (key === 'module' && typeof value === 'string') moduleRefs.push(value);
        else collect(value);
    };
    for (const mod of manifest.modules) collect([mod.declarations, mod.exports]);
    const unresolved = moduleRefs.filter((ref) => !files.has(ref));
    check(
      unresolved.length === 0,
      `manifest: ${unresolved.length} of ${moduleRefs.length} module references are not package-root paths in the tarball: ${[...new Set(unresolved)].slice(0, 5).join(', ')}`,
    );
  }

  // Source maps: every sourceMappingURL in a shipped file names a shipped map.
  let references = 0;
  for (const file of files) {
    if (!/\.(js|mjs|d\.ts)$/.test(file)) continue;
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, url] of text.matchAll(/[#@] sourceMappingURL=(\S+)/g)) {
      references += 1;
      const map = join(file, '..', url).replace(/\\/g, '/');
      check(files.has(map), `${file} references ${url}, which the tarball lacks`);
    }
  }
  console.log(`source maps: ${references} references, all shipped`);

  // Licences.
  check(
    /\bMIT\b/.test(pkg.license) && /CC-BY-4\.0/.test(pkg.license),
    `license "${pkg.license}" should name MIT (code) and CC-BY-4.0 (guide text)`,
  );
  check(files.has('LICENSE'), 'LICENSE is not in the tarball');
  // The one-file bundles, the per-element ones too (issue 31): nothing beside them holds the notice.
  for (const bundle of SRI_FILES.filter(
    (file) => file.startsWith('dist/cdn/') && !file.endsWith('-autoloader.js'),
  )) {
    check(files.has(bundle), `${bundle} is not in the tarball`);
    const text = readFileSync(join(root, bundle), 'utf8');
    check(
      /Copyright (\(c\) )?\d{4} Google LLC/.test(text) && text.includes('BSD-3-Clause'),
      `${bundle} lacks Lit's BSD-3-Clause notice`,
    );
  }

  // The autoloader's folder (issue 18): the loader, preload.json and every file it lists are
  // packed; its files name their bundled packages in one line and point to the licence texts.
  const preload = JSON.parse(readFileSync(join(root, 'dist/cdn/preload.json'), 'utf8'));
  const cdnFolder = [
    'ambitions-elements-autoloader.js',
    'preload.json',
    'THIRD-PARTY-LICENSES.txt',
    ...new Set(
      [preload, preload.alone ?? {}].flatMap((hints) =>
        Object.values(hints).filter(Array.isArray).flat(),
      ),
    ),
  ].map((file) => `dist/cdn/${file}`);
  for (const file of cdnFolder)
    check(files.has(file), `${file} (autoloader) is not in the tarball`);
  const licences = readFileSync(join(root, 'dist/cdn/THIRD-PARTY-LICENSES.txt'), 'utf8');
  check(
    /Copyright (\(c\) )?\d{4} Google LLC/.test(licences) && licences.includes('BSD-3-Clause'),
    "dist/cdn/THIRD-PARTY-LICENSES.txt lacks Lit's BSD-3-Clause notice",
  );
  check(
    readFileSync(join(root, 'dist/cdn/chunks/core.js'), 'utf8').includes(
      'THIRD-PARTY-LICENSES.txt',
    ),
    'dist/cdn/chunks/core.js does not point to THIRD-PARTY-LICENSES.txt',
  );

  // The docs' CDN snippets: pinned version, the integrity placeholder (no hash: README.md and
  // docs/ hold none, see scripts/sri.mjs) and crossorigin; `npm run sri` fills in hashes that
  // match the built files.
  const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'))]
    .map((f) => readFileSync(join(root, f === 'README.md' ? f : `docs/${f}`), 'utf8'))
    .join('\n');
  const tagsIn = (text) =>
    text.match(/<script\b[^>]*src="https:\/\/cdn\.jsdelivr\.net\/npm\/[^"]*"[^>]*><\/script>/g) ??
    [];
  check(tagsIn(docs).length > 0, 'docs have no CDN <script> snippet');
  for (const tag of tagsIn(docs)) {
    check(
      tag.includes(`/npm/${pkg.name}@${pkg.version}/`),
      `docs snippet not pinned to ${pkg.version}: ${tag}`,
    );
    check(tag.includes(` integrity="${SRI_PLACEHOLDER}"`), `docs snippet has no integrity: ${tag}`);
    check(tag.includes(' crossorigin="anonymous"'), `docs snippet has no crossorigin: ${tag}`);
  }
  const hashes = Object.fromEntries(SRI_FILES.map((f) => [f, sri(readFileSync(join(root, f)))]));
  for (const tag of tagsIn(updateSnippets(docs, hashes))) {
    const file = SRI_FILES.find((f) => tag.includes(`/${f}"`));
    const expected = `sha384-${createHash('sha384')
      .update(readFileSync(join(root, file)))
      .digest('base64')}`;
    check(tag.includes(`integrity="${expected}"`), `npm run sri gives a wrong hash for ${file}`);
  }

  // Every design token the styles read is in the web editor's table, docs/web-editor.md "Your
  // colours" (`--ambitions-font-size` was not).
  const colours = readFileSync(join(root, 'docs/web-editor.md'), 'utf8');
  const sources = execFileSync(
    'grep',
    ['-rhoE', 'var\\(--ambitions-[a-z0-9-]+', join(root, 'src')],
    {
      encoding: 'utf8',
    },
  );
  const tokens = new Set(
    sources
      .split('\n')
      .filter(Boolean)
      .map((t) => t.slice(4)),
  );
  for (const token of tokens)
    check(colours.includes(`\`${token}\``), `docs/web-editor.md does not document ${token}`);

  // A browser project installing the tarball next to lit.
  const app = join(temp, 'app');
  run('mkdir', ['-p', app], temp);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }),
  );
  run(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball, 'lit'], app);
  const installed = run(npm, ['ls', '--all', '--parseable'], app)
    .split('\n')
    .filter((line) => line.includes('node_modules'));
  console.log(
    `npm install <tarball> lit adds ${installed.length} packages: ${installed
      .map((line) => line.split('node_modules/').pop())
      .join(', ')}`,
  );
  check(installed.length <= MAX_PACKAGES, `${installed.length} packages (at most ${MAX_PACKAGES})`);
  for (const name of SERVER_ONLY)
    check(
      !installed.some((line) => line.endsWith(`node_modules/${name}`)),
      `${name} (server only) is installed for browser users`,
    );

  // Both import forms at runtime (Node resolves `exports` as bundlers do), and each define/<tag>
  // module exports its class (island frameworks import the class from the module that defines it).
  const defineTags = [...files]
    .filter((f) => /^dist\/define\/[a-z]+(-[a-z]+)+\.js$/.test(f) && !f.includes('define-all'))
    .map((f) => f.slice('dist/define/'.length, -3));
  check(defineTags.length === 7, `define/ has ${defineTags.length} element entries, not 7`);
  for (const specifier of [
    'ambitions-elements/define/foundation-card',
    ...defineTags.map((tag) => `ambitions-elements/define/${tag}.js`),
  ]) {
    const tag = specifier.split('/').pop().replace(/\.js$/, '');
    const name = tag.replace(/(^|-)(.)/g, (_, __, c) => c.toUpperCase());
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import('${specifier}'); if (typeof m.${name} !== 'function') throw new Error('no ${name} export'); console.log('ok');`,
      ],
      { cwd: app, encoding: 'utf8' },
    );
    check(result.status === 0, `import '${specifier}' fails: ${result.stderr.split('\n')[0]}`);
  }

  // Both import forms in TypeScript (NodeNext, bundler and node10 resolution): the side-effect
  // import gives the tag's type in HTMLElementTagNameMap; define/<tag> exports the class.
  const source = [
    "import 'ambitions-elements/define/foundation-card';",
    "import 'ambitions-elements/define/grab-and-go-guide.js';",
    "import type { FoundationCard } from 'ambitions-elements';",
    "import { FoundationCard as DefinedCard } from 'ambitions-elements/define/foundation-card';",
    "import { foundations } from 'ambitions-elements/content';",
    'const card: FoundationCard = new DefinedCard();',
    'const count: number = foundations.length;',
    "const open: boolean = document.createElement('grab-and-go-guide').collapsible && card.open;",
    'export { open, count };',
  ].join('\n');
  writeFileSync(join(app, 'main.ts'), source);
  // node10 (TypeScript's old `moduleResolution: node`) reads no `exports`: `typesVersions` maps
  // the subpaths for it.
  for (const resolution of ['nodenext', 'bundler', 'node10']) {
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        lib: ['es2022', 'dom'],
        types: [],
        module: resolution === 'nodenext' ? 'nodenext' : 'es2022',
        moduleResolution: resolution,
      },
      files: ['main.ts'],
    };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(config));
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
      { cwd: app, encoding: 'utf8' },
    );
    check(
      result.status === 0,
      `TypeScript (${resolution}) rejects an import form:\n${result.stdout}`,
    );
  }

  // Without @lit-labs/ssr: one line saying what to install, from the module and from the CLI.
  const ssr = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "await import('ambitions-elements/ssr')"],
    { cwd: app, encoding: 'utf8' },
  );
  check(
    ssr.status !== 0 && /npm install @lit-labs\/ssr/.test(ssr.stderr),
    `ambitions-elements/ssr without @lit-labs/ssr does not say what to install:\n${ssr.stderr}`,
  );
  const cli = spawnSync(
    process.execPath,
    [
      join(app, 'node_modules/ambitions-elements/bin/ambitions-elements.mjs'),
      'render',
      'foundation-card',
    ],
    { cwd: app, encoding: 'utf8' },
  );
  const cliLines = cli.stderr.trim().split('\n');
  check(
    cli.status === 1 && cliLines.length === 1 && /npm install @lit-labs\/ssr/.test(cliLines[0]),
    `the CLI without @lit-labs/ssr should print one line naming the install:\n${cli.stderr}`,
  );
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`not ok package: ${failures.length} problems\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('ok package: tarball contents, publint, attw, import forms, install size, SSR message');
