// Writes each element's attributes into its class's JSDoc in the shipped .d.ts, as `@attr` tags
// taken from custom-elements.json (run by the build after the manifest). Tools that read the types
// rather than the manifest (lit-analyzer and the web-component-analyzer behind it) then know
// `heading-level`, `contact-name` and the rest: TypeScript writes `static properties` into the
// .d.ts with `attribute: string`, so they saw only the camelCase property names and flagged every
// dashed attribute as unknown ("Did you mean 'headingLevel'?").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf, root } from './manifest-elements.mjs';

const MARK = ' * @attr';

/**
 * The `@attr` lines for an element: `@attr {type} name - description`. A description with braces
 * (`{number}` in `item-href`'s) is left out: the analyser reads the first `{...}` after the name as
 * the type and then drops the attribute. The property's own JSDoc still describes it.
 */
const attrLines = (element) =>
  element.attributes.map((a) => {
    const description = a.description && !/[{}]/.test(a.description) ? ` - ${a.description}` : '';
    return `${MARK} {${a.type || 'string'}} ${a.name}${description}`;
  });

export function annotate(text, element) {
  const declaration = `export declare class ${element.className} `;
  const at = text.indexOf(declaration);
  if (at < 0) throw new Error(`${element.className} is not declared in its .d.ts`);
  const before = text.slice(0, at);
  const docEnd = before.lastIndexOf('*/');
  const hasDoc = docEnd >= 0 && before.slice(docEnd + 2).trim() === '';
  if (hasDoc) {
    const doc = before.slice(0, docEnd).split('\n');
    const kept = doc.filter((line) => !line.startsWith(MARK));
    return `${[...kept.slice(0, -1), ...attrLines(element), kept.at(-1)].join('\n')}*/${text.slice(docEnd + 2)}`;
  }
  return `${before}/**\n${attrLines(element).join('\n')}\n */\n${text.slice(at)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const elements = elementsOf();
  for (const element of elements) {
    const path = join(root, element.module.replace(/\.js$/, '.d.ts'));
    writeFileSync(path, annotate(readFileSync(path, 'utf8'), element));
  }
  console.log(`@attr tags in the .d.ts of ${elements.length} elements`);
}
