import { existsSync } from 'node:fs';
import { posix } from 'node:path';

// The Custom Elements Manifest (custom-elements.json), made by `npm run build` so every pack ships
// it. It describes what the package ships: module paths point at dist/*.js (not src/*.ts), every
// event has a name and a type, and each src/define/<tag>.ts module says which element it defines.
// The framework typings (scripts/generate-types.mjs) are generated from this file.

/** src/components/x.ts -> dist/components/x.js (the file a consumer loads). */
const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/**
 * A module reference as the package ships it: package-root (`dist/define/define.js`, not
 * `./define/define.js` relative to the module that names it, nor `/src/...`), and for a type-only
 * module, which ships no .js, its .d.ts (`dist/content/types.d.ts`).
 */
function packageRoot(reference, from) {
  let path = reference.replace(/^\//, '');
  if (/^\.\.?\//.test(path)) path = posix.join(posix.dirname(from), path);
  path = shipped(path.replace(/\.js$/, '.ts'));
  if (!existsSync(path) && existsSync(path.replace(/\.js$/, '.d.ts')))
    path = path.replace(/\.js$/, '.d.ts');
  return path;
}

/** Rewrites every `module` reference inside a manifest node to the shipped, package-root path. */
function rewriteModules(node, from) {
  if (Array.isArray(node)) return node.forEach((item) => rewriteModules(item, from));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'module' && typeof value === 'string' && !value.includes('node_modules')) {
      if (!value.startsWith('lit') && !value.startsWith('@')) node[key] = packageRoot(value, from);
    } else rewriteModules(value, from);
  }
}

/**
 * One entry per event name: the analyzer lists `dispatchEvent(new CardToggleEvent())` as a
 * nameless event next to the `@fires {CardToggleEvent} ambitions-card-toggle` tag. Merge them,
 * and fail the build if an event still has no name or no type.
 */
function mergeEvents(declaration) {
  const named = new Map();
  for (const event of declaration.events ?? []) {
    if (!event.name) continue;
    const known = named.get(event.name) ?? { name: event.name };
    named.set(event.name, {
      ...event,
      ...known,
      description: known.description ?? event.description,
      type: known.type ?? event.type,
    });
  }
  for (const event of declaration.events ?? []) {
    if (event.name) continue;
    const match = [...named.values()].find((e) => e.type?.text === event.type?.text);
    if (!match)
      throw new Error(
        `${declaration.tagName}: an event of type ${event.type?.text} has no name; add @fires {Type} name.`,
      );
  }
  for (const event of named.values())
    if (!event.type?.text)
      throw new Error(
        `${declaration.tagName}: event ${event.name} has no type; write @fires {Type} ${event.name}.`,
      );
  declaration.events = [...named.values()];
}

/** Heading levels the elements accept (src/components/shared/heading.ts: HeadingLevel). */
const HEADING_LEVEL = "2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6'";

const shippedManifest = {
  name: 'ambitions-shipped-manifest',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const classes = new Map();
    // Type-only modules (content/types.ts) ship no .js: leave them out (the build runs rollup first).
    manifest.modules = manifest.modules.filter((mod) => existsSync(shipped(mod.path)));
    for (const mod of manifest.modules)
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.customElement || !declaration.tagName) continue;
        classes.set(declaration.name, { tag: declaration.tagName, module: mod.path });
        mergeEvents(declaration);
        for (const list of [declaration.attributes ?? [], declaration.members ?? []])
          for (const item of list)
            if (item.name === 'heading-level' || item.name === 'headingLevel')
              item.type = { text: HEADING_LEVEL };
      }
    for (const mod of manifest.modules) {
      const match = /^src\/define\/([a-z]+(?:-[a-z]+)+)\.ts$/.exec(mod.path);
      if (!match) continue;
      const entry = [...classes.entries()].find(([, value]) => value.tag === match[1]);
      if (!entry) continue;
      mod.exports = [
        ...(mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
        {
          kind: 'custom-element-definition',
          name: match[1],
          declaration: { name: entry[0], module: entry[1].module },
        },
      ];
    }
    for (const mod of manifest.modules) {
      rewriteModules(mod.declarations, mod.path);
      rewriteModules(mod.exports, mod.path);
      mod.path = shipped(mod.path);
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/cdn/**', 'src/embed/**', 'src/ssr/**'],
  litelement: true,
  outdir: '.',
  plugins: [shippedManifest],
};
