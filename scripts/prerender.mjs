// Part of `npm run build`: pre-rendered HTML that is the same for every site, prebuilt into
// dist/prerendered/ for people without Node (the snippet builder's "Pre-rendered HTML" option):
//   grab-and-go-guide.html        the whole guide; a site's contact goes in as light-DOM children
//                                 (src/ssr/contact-markup.ts), never into the shadow content
//   foundation-card-<1..10>.html  each item as a card
//   <tag>.html                    every other element with its default settings
// Each file is exactly what `renderElement(tag, attributes)` returns (a test checks it).
import { mkdirSync, writeFileSync } from 'node:fs';

const { renderElement, ELEMENT_TAGS } = await import('../dist/ssr/index.js');
const out = 'dist/prerendered';
mkdirSync(out, { recursive: true });
const files = [];
for (const tag of ELEMENT_TAGS) {
  const variants =
    tag === 'foundation-card'
      ? Array.from({ length: 10 }, (_, i) => [`${tag}-${i + 1}`, { foundation: String(i + 1) }])
      : [[tag, {}]];
  for (const [name, attributes] of variants) {
    const html = await renderElement(tag, attributes);
    writeFileSync(`${out}/${name}.html`, `${html}\n`);
    files.push(`${name}.html`);
  }
}
console.log(`pre-rendered HTML: ${files.length} files in ${out}/`);
