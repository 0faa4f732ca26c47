// The seven elements as custom-elements.json (made by the build from the source) describes them,
// in the one shape the API reference (scripts/generate-api-docs.mjs) and the editor data
// (scripts/generate-editor-data.mjs) are written from, so neither can drift from the manifest.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(new URL('..', import.meta.url).pathname);

export const readManifest = () =>
  JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

/** One line of text: the manifest keeps JSDoc's line breaks. */
export const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * The values a type made only of string or number literals allows, in order, without repeats
 * (`2 | 3 | '2' | '3'` gives 2 and 3); none for any other type.
 */
export function literalValues(typeText) {
  if (!typeText) return [];
  const parts = typeText.split('|').map((part) => part.trim());
  const values = [];
  for (const part of parts) {
    const match = /^(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))$/.exec(part);
    if (!match) return [];
    const value = match[1] ?? match[2] ?? match[3];
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

const isPublic = (member) =>
  (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_');

/** Every element of the manifest, sorted by tag. */
export function elementsOf(manifest = readManifest()) {
  const elements = [];
  for (const mod of manifest.modules)
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const members = (declaration.members ?? []).filter((m) => isPublic(m) && !m.static);
      const defineModule = manifest.modules.find((m) =>
        (m.exports ?? []).some(
          (e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName,
        ),
      );
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        module: mod.path,
        defineModule: defineModule?.path,
        summary: oneLine(declaration.summary),
        description: oneLine(declaration.description),
        attributes: (declaration.attributes ?? []).map((a) => ({
          name: a.name,
          field: a.fieldName,
          type: a.type?.text ?? '',
          default: a.default,
          description: oneLine(a.description),
          values: literalValues(a.type?.text),
        })),
        properties: members
          .filter((m) => m.kind === 'field')
          .map((m) => ({
            name: m.name,
            attribute: m.attribute,
            type: m.type?.text ?? '',
            default: m.default,
            readonly: !!m.readonly,
            description: oneLine(m.description),
          })),
        methods: members
          .filter((m) => m.kind === 'method')
          .map((m) => ({
            name: m.name,
            signature: `${m.name}(${(m.parameters ?? [])
              .map(
                (p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`,
              )
              .join(', ')})${m.return?.type?.text ? `: ${m.return.type.text}` : ''}`,
            description: oneLine(m.description),
          })),
        events: (declaration.events ?? []).map((e) => ({
          name: e.name,
          type: e.type?.text ?? '',
          description: oneLine(e.description),
        })),
        slots: (declaration.slots ?? []).map((s) => ({
          name: s.name,
          description: oneLine(s.description),
        })),
        parts: (declaration.cssParts ?? []).map((p) => ({
          name: p.name,
          description: oneLine(p.description),
        })),
        cssProperties: (declaration.cssProperties ?? []).map((p) => ({
          name: p.name,
          default: p.default,
          description: oneLine(p.description),
        })),
      });
    }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}
