import { readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Every registration file is its own public entry (`ambitions-elements/define/<tag>`). */
const defineEntries = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `src/define/${file}`);

/** Keep lit (a peer dependency) out of the npm build so the host's one copy is shared. */
const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/)/.test(id);

export default [
  {
    // The npm build: one file per module, so bundlers can tree-shake what a consumer imports.
    input: ['src/index.ts', 'src/content/index.ts', 'src/engine/index.ts', ...defineEntries],
    external: isLit,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: true })],
  },
  {
    // The script-tag build: self-contained (Lit included), minified, registers every element.
    input: 'src/define/all.ts',
    output: { file: 'dist/cdn/ambitions-elements.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        outDir: 'dist/cdn',
        declaration: false,
        sourceMap: true,
      }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
  },
];
