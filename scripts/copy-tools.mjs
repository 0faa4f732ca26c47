// Puts the snippet builder and the publish page into the built folder (dist/tools/), so the
// folder a web team copies to a website (or any static host) has them: they are plain files
// that need no `npm start`. In demo/ they load the build from ../dist/; in dist/tools/ it is ../.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const files = [
  'builder.html',
  'builder.js',
  'builder.css',
  'publish.html',
  'publish.js',
  'publish.css',
  'web-address.js',
];
mkdirSync('dist/tools', { recursive: true });
for (const file of files) {
  const text = readFileSync(`demo/${file}`, 'utf8').replaceAll('../dist/', '../');
  writeFileSync(`dist/tools/${file}`, text);
}
console.log(`dist/tools/: ${files.join(', ')}`);
