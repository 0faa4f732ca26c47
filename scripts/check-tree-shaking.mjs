// `npm test` step (after the build): a consumer that imports only <foundation-card> from the npm
// build, through the package's own "exports" and "sideEffects", must get no quiz, map or explorer
// code; one that imports only <grab-and-go-guide> gets none of those either, nor the card element
// (the guide renders its items with the card's template, not with <foundation-card>). Bundles each
// one-line consumer with rollup in memory and searches the output for strings only those elements
// contain.
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';

/** Each consumer's source, and the element it asks for (whose code it must contain). */
const consumers = {
  define: ["import 'ambitions-elements/define/foundation-card';\n", '<foundation-card>'],
  named: [
    "import { FoundationCard } from 'ambitions-elements';\n" +
      "customElements.define('my-card', FoundationCard);\n",
    '<foundation-card>',
  ],
  guide: ["import 'ambitions-elements/define/grab-and-go-guide';\n", '<grab-and-go-guide>'],
};

/**
 * Per element: its source folder (or module, a path with a dot), and names and strings only its
 * code contains (not comments). The card's folder also holds the template the guide shares.
 */
const forbidden = {
  '<foundation-card>': ['foundation-card/foundation-card.js', 'class FoundationCard'],
  '<self-check-quiz>': [
    'self-check-quiz/',
    'SelfCheckQuiz',
    'SelfCheckStore',
    'ambitions-self-check-change',
  ],
  '<ambition-map>': ['ambition-map/', 'AmbitionMap', 'ambitions-map-select'],
  '<case-study-explorer>': ['case-study-explorer/', 'CaseStudyExplorer'],
  '<grab-and-go-guide>': ['grab-and-go-guide/', 'GrabAndGoGuide'],
  '<self-check-summary>': ['self-check-summary/', 'SelfCheckSummary', 'ambitions-summary-change'],
  '<community-lens>': ['community-lens/', 'CommunityLens'],
};

let failed = false;
for (const [name, [source, wanted]] of Object.entries(consumers)) {
  const entry = '\0consumer';
  const build = await rollup({
    input: entry,
    plugins: [
      {
        name: 'consumer',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? source : null),
      },
      {
        // The package name resolves to this package's own build (Node's self-reference through
        // "exports"); node-resolve then applies package.json "sideEffects" to what it resolves.
        name: 'self-reference',
        async resolveId(id, importer) {
          if (!id.startsWith('ambitions-elements')) return null;
          const file = new URL(import.meta.resolve(id)).pathname;
          return this.resolve(file, importer, { skipSelf: true });
        },
      },
      nodeResolve({ exportConditions: ['production'] }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
  const modules = output.flatMap((chunk) =>
    chunk.type === 'chunk' ? Object.keys(chunk.modules) : [],
  );
  if (name !== 'named' && !code.includes(wanted.slice(1, -1))) {
    console.error(`tree-shaking (${name}): the bundle does not even contain ${wanted}.`);
    failed = true;
  }
  for (const [element, needles] of Object.entries(forbidden)) {
    if (element === wanted) continue;
    const found = needles.filter((needle) =>
      needle.includes('/')
        ? modules.some((id) => id.includes(`/components/${needle}`))
        : code.includes(needle),
    );
    if (found.length > 0) {
      console.error(`tree-shaking (${name}): ${element} code found: ${found.join(', ')}`);
      failed = true;
    }
  }
  const own = modules
    .filter((id) => id.includes('/dist/'))
    .map((id) => id.replace(/.*\/dist\//, ''));
  console.log(
    `tree-shaking (${name}): ${own.length} modules of the package, ${code.length} bytes: ${own.join(' ')}`,
  );
}
if (failed) process.exit(1);
console.log(
  'tree-shaking: a <foundation-card>-only consumer gets no quiz, map, explorer or guide code; a ' +
    '<grab-and-go-guide>-only consumer gets none of those nor the card element.',
);
