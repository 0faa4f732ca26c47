// Editor data made from custom-elements.json by the build, shipped in the package:
// - vscode.html-custom-data.json: VS Code's HTML custom data (tags, attributes with their values;
//   events, slots, parts and CSS custom properties in each tag's description, the only place the
//   format has for them). A project lists it in `html.customData` (docs/developer.md).
// - web-types.json: JetBrains web-types (package.json `web-types`), read by WebStorm and the other
//   JetBrains IDEs on their own: attributes with values, properties, events, slots, parts and CSS
//   custom properties.
// The same job as the analyser plugins custom-element-vs-code-integration and
// custom-element-jet-brains-integration, in a few lines from the manifest the build already makes
// (scripts/manifest-elements.mjs), with no dependency. test/docs/docs.node.mjs checks both files
// against the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf, root } from './manifest-elements.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const list = (title, items, line) =>
  items.length ? [`**${title}:**`, ...items.map((item) => `- ${line(item)}`), ''] : [];

/** A tag's description in markdown, with what VS Code's format has no field for. */
function markdown(element) {
  return [
    `${element.summary ? `${element.summary} ` : ''}${element.description}`.trim(),
    '',
    ...list('Events', element.events, (e) => `\`${e.name}\`: ${e.description}`),
    ...list('Slots', element.slots, (s) => `\`${s.name || '(default)'}\`: ${s.description}`),
    ...list('CSS parts', element.parts, (p) => `\`::part(${p.name})\`: ${p.description}`),
    ...list(
      'CSS custom properties',
      element.cssProperties,
      (p) => `\`${p.name}\`${p.default ? ` (default \`${p.default}\`)` : ''}: ${p.description}`,
    ),
  ]
    .join('\n')
    .trim();
}

export function vscodeData(elements) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: { kind: 'markdown', value: markdown(element) },
      attributes: element.attributes.map((a) => ({
        name: a.name,
        description: a.description,
        ...(a.type === 'boolean' ? { valueSet: 'v' } : {}),
        ...(a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

export function webTypes(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description:
            `${element.summary ? `${element.summary} ` : ''}${element.description}`.trim(),
          attributes: element.attributes.map((a) => ({
            name: a.name,
            description: a.description,
            ...(a.default !== undefined ? { default: a.default } : {}),
            value:
              a.type === 'boolean'
                ? { type: 'boolean', required: false, kind: 'no-value' }
                : { type: a.type || 'string', required: false },
            ...(a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
          })),
          events: element.events.map((e) => ({ name: e.name, description: e.description })),
          slots: element.slots.map((s) => ({ name: s.name, description: s.description })),
          js: {
            properties: element.properties.map((p) => ({
              name: p.name,
              description: p.description,
              type: p.type,
              ...(p.readonly ? { 'read-only': true } : {}),
            })),
            events: element.events.map((e) => ({
              name: e.name,
              description: e.description,
              type: e.type,
            })),
          },
          css: {
            parts: element.parts.map((p) => ({ name: p.name, description: p.description })),
            properties: element.cssProperties.map((p) => ({
              name: p.name,
              description: p.description,
            })),
          },
        })),
      },
    },
  };
}

export const FILES = {
  'vscode.html-custom-data.json': vscodeData,
  'web-types.json': webTypes,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const elements = elementsOf();
  for (const [file, make] of Object.entries(FILES))
    writeFileSync(join(root, file), `${JSON.stringify(make(elements), null, 2)}\n`);
  console.log(`editor data for ${elements.length} elements: ${Object.keys(FILES).join(', ')}`);
}
