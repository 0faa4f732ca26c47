// The shipped declarations are the public API: no member whose name starts with `_` (the
// elements' internal state and helpers) may appear in any dist/**/*.d.ts. Internals are kept out
// with `@internal` JSDoc and `stripInternal` (tsconfig.build.json), or are `private`/`protected`
// without an underscore. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');

/** Every .d.ts under dist/ (the CDN and framework wrappers included). */
const declarationFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return declarationFiles(path);
    return entry.name.endsWith('.d.ts') ? [path] : [];
  });

/** `file: Class._member` for each class or interface member named with a leading underscore. */
export function underscoreMembers(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) {
      for (const member of node.members) {
        const name = member.name && ts.isIdentifier(member.name) ? member.name.text : '';
        if (name.startsWith('_')) found.push(`${fileName}: ${node.name?.text}.${name}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('the check finds an underscore member when there is one', () => {
  const sample = 'export declare class X { _screen: string; private _timer; ok: number; }';
  assert.deepEqual(underscoreMembers('x.d.ts', sample), ['x.d.ts: X._screen', 'x.d.ts: X._timer']);
});

test('no shipped .d.ts lists a member whose name starts with an underscore', () => {
  const files = declarationFiles(dist);
  assert.ok(
    files.some((f) => f.endsWith('self-check-quiz.d.ts')),
    'dist/ holds the elements (run npm run build)',
  );
  const found = files.flatMap((file) =>
    underscoreMembers(relative(root, file), readFileSync(file, 'utf8')),
  );
  assert.deepEqual(found, [], `underscore members in the public types:\n${found.join('\n')}`);
});
