// Every part an element's templates render is documented: each `part` name in the templates of
// src/components/ must be in custom-elements.json's `cssParts` (made from `@csspart` JSDoc) for
// the element that renders it. A part missing there is one a site's editor cannot find in the
// docs, the editor data or the API reference. Run after `npm run build` (it reads the manifest).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const root = new URL('../../', import.meta.url).pathname;
const components = join(root, 'src/components');

/** Helpers that take a part name as an argument: the argument's index. */
const PART_ARGUMENT = { renderHeading: 2, renderRichTextList: 1, screen: 1 };
/** What `${p}` stands for in a part name (render-card.ts: the guide prefixes its cards' parts). */
const PREFIXES = ['', 'card-'];

const words = (text) => text.split(/\s+/).filter(Boolean);

/** The part names in a string-ish expression: literals, templates with `${p}`, both branches of `?:`. */
function namesIn(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return words(node.text);
  if (ts.isParenthesizedExpression(node)) return namesIn(node.expression);
  if (ts.isConditionalExpression(node))
    return [...namesIn(node.whenTrue), ...namesIn(node.whenFalse)];
  if (ts.isTemplateExpression(node)) return expand(node);
  return [];
}

/** A template whose substitutions are all `${p}`: each prefix in turn. Others are not names. */
function expand(template) {
  const spans = template.templateSpans;
  if (!spans.every((s) => ts.isIdentifier(s.expression) && s.expression.text === 'p')) return [];
  return PREFIXES.flatMap((p) =>
    words(template.head.text + spans.map((s) => p + s.literal.text).join('')),
  );
}

/** The exported function a node sits in (its name), or '' at the top of the file. */
function exportedFunction(node) {
  for (let n = node; n; n = n.parent) {
    const exported = (d) => d.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isFunctionDeclaration(n) && n.name && exported(n)) return n.name.text;
    if (ts.isVariableStatement(n) && exported(n))
      return n.declarationList.declarations[0].name.getText();
  }
  return '';
}

/**
 * The part names a source file renders, each with its line and the exported function it is in
 * (a shared file's part counts for the elements that call that function).
 */
export function partsIn(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (names, node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    for (const name of names) found.push({ name, line, within: exportedFunction(node) });
  };
  const visit = (node) => {
    // html`... part="a ${p}b" ...` and html`... part=${expression} ...`
    if (ts.isTaggedTemplateExpression(node) && ts.isTemplateExpression(node.template)) {
      const { head, templateSpans } = node.template;
      const texts = [head.text, ...templateSpans.map((s) => s.literal.text)];
      texts.forEach((before, i) => {
        // A quoted part attribute that starts in this piece of text.
        for (const m of before.matchAll(/\bpart="([^"]*)("?)/g)) {
          if (m[2]) add(words(m[1]), node);
          else {
            // It goes on past a substitution: `${p}` pieces, up to the closing quote.
            let value = m[1];
            let j = i;
            while (j < templateSpans.length) {
              const span = templateSpans[j];
              const isP = ts.isIdentifier(span.expression) && span.expression.text === 'p';
              value += isP ? '\u0000' : ' ';
              const rest = span.literal.text;
              const close = rest.indexOf('"');
              value += close < 0 ? rest : rest.slice(0, close);
              if (close >= 0) break;
              j++;
            }
            add(
              PREFIXES.flatMap((p) => words(value.replaceAll('\u0000', p))),
              node,
            );
          }
        }
        // An unquoted part binding: the expression that follows this piece of text.
        if (/\bpart=$/.test(before) && i < templateSpans.length)
          add(namesIn(templateSpans[i].expression), templateSpans[i].expression);
      });
    }
    // renderHeading(level, content, 'heading'), screen(q, 'step', ...), ...
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const index = PART_ARGUMENT[node.expression.text];
      if (index !== undefined && node.arguments[index]) add(namesIn(node.arguments[index]), node);
    }
    // const [role, part, kind] = cond ? ['columnheader', 'column-header', ...] : [...]
    if (ts.isVariableDeclaration(node) && ts.isArrayBindingPattern(node.name) && node.initializer) {
      const index = node.name.elements.findIndex(
        (e) => ts.isBindingElement(e) && ts.isIdentifier(e.name) && e.name.text === 'part',
      );
      if (index >= 0) {
        const arrays = [];
        const collect = (n) => {
          if (ts.isArrayLiteralExpression(n)) arrays.push(n);
          else if (ts.isConditionalExpression(n)) [n.whenTrue, n.whenFalse].forEach(collect);
          else if (ts.isParenthesizedExpression(n)) collect(n.expression);
        };
        collect(node.initializer);
        for (const array of arrays)
          if (array.elements[index]) add(namesIn(array.elements[index]), array.elements[index]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The .ts files a file imports from src/components/, and theirs, and so on. */
function reach(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g,
  )) {
    const target = resolve(dirname(file), (m[1] ?? m[2]).replace(/\.js$/, '.ts'));
    if (target.startsWith(components)) reach(target, seen);
  }
  return seen;
}

const manifestPath = join(root, 'custom-elements.json');

test('the part scanner finds literal, prefixed, bound and helper parts', () => {
  const sample = [
    'html`<div part="root base"><p part="${p}title">${x}</p><i part=${a ? \'x y\' : \'z\'}></i>`;',
    "renderHeading(level, 'Title', 'heading');",
  ].join('\n');
  const names = partsIn('x.ts', sample).map((f) => f.name);
  assert.deepEqual(names.sort(), ['base', 'card-title', 'heading', 'root', 'title', 'x', 'y', 'z']);
});

test('every part in the templates is documented for the element that renders it', () => {
  assert.ok(existsSync(manifestPath), 'custom-elements.json exists (run npm run build)');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
  assert.equal(elements.length, 7, 'the manifest lists the seven elements');
  // Which elements render each file's templates (their own, the shared helpers, the card's).
  const renderedBy = new Map();
  for (const element of elements)
    for (const file of reach(join(components, element.tagName, `${element.tagName}.ts`)))
      renderedBy.set(file, [...(renderedBy.get(file) ?? []), element]);
  const undocumented = [];
  /** Does one of the element's other files name `within` (so it renders that function's parts)? */
  const calls = (element, file, within) =>
    !within ||
    [...reach(join(components, element.tagName, `${element.tagName}.ts`))].some(
      (other) => other !== file && new RegExp(`\\b${within}\\b`).test(readFileSync(other, 'utf8')),
    );
  for (const [file, elementsOfFile] of renderedBy)
    for (const { name, line, within } of partsIn(file, readFileSync(file, 'utf8'))) {
      const shared = file.startsWith(join(components, 'shared'));
      // A shared file's exported helper renders for the elements that call it; an element's own
      // files (and the card's template) render for every element that reaches them.
      const users = shared ? elementsOfFile.filter((e) => calls(e, file, within)) : elementsOfFile;
      if (!users.length) continue;
      // A shared helper's part is each calling element's to document. The card's template
      // names its parts one way in <foundation-card> and with `card-` in the guide, so there
      // (and in an element's own files) one element that documents the name is enough.
      const missing = users.filter((e) => !(e.cssParts ?? []).some((p) => p.name === name));
      if (shared ? missing.length : missing.length === users.length)
        undocumented.push(
          `${relative(root, file)}:${line} part "${name}" (${missing.map((e) => `<${e.tagName}>`).join(' ')})`,
        );
    }
  assert.deepEqual(
    [...new Set(undocumented)],
    [],
    `parts missing from the manifest:\n${[...new Set(undocumented)].join('\n')}`,
  );
});
