// Checks that the built content API imports in plain Node (no DOM, no Lit):
// the promise made to developers who use the content on a server or in a script.
// Run after the build: `node test/content/node-import.mjs`.
import assert from 'node:assert/strict';

const content = await import(new URL('../../dist/content/index.js', import.meta.url).href);

assert.equal(content.foundations.length, 10, 'ten guide items');
assert.equal(content.caseStudies.length, 36, 'thirty-six case studies');
assert.equal(content.ambitions.length, 6, 'six Ambitions');
assert.equal(content.getFoundation('3')?.id, 'evidence-and-information');
assert.equal(
  content.validateContentOverride({ foundations: [{ id: 1, colour: 'red' }] }).ok,
  false,
);
assert.equal(content.isSafeHref('javascript:alert(1)'), false);
assert.equal(typeof globalThis.document, 'undefined', 'ran without a DOM');

console.log(
  `content imports in Node: ${content.foundations.length} items, ${content.caseStudies.length} case studies`,
);
