// Compares two folders of screenshots from shoot.mjs, pixel by pixel (scripts/screens/README.md).
//   node scripts/screens/compare.mjs <before-folder> <after-folder> [diff-folder]
// One line per screenshot (same / N pixels differ / missing), a total, and a diff PNG for each
// that differs (in <after-folder>/diff/ unless named). Exits 1 on any difference.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const [a, b, diffArg] = process.argv.slice(2);
if (!a || !b) {
  console.error(
    'usage: node scripts/screens/compare.mjs <before-folder> <after-folder> [diff-folder]',
  );
  process.exit(2);
}
const diffs = resolve(diffArg ?? join(b, 'diff'));
rmSync(diffs, { recursive: true, force: true });

const pngs = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')) : []);
const names = [...new Set([...pngs(a), ...pngs(b)])].sort();
if (!names.length) {
  console.error(`no screenshots in ${a} or ${b}`);
  process.exit(2);
}

let changed = 0;
for (const name of names) {
  const [fileA, fileB] = [join(a, name), join(b, name)];
  if (!existsSync(fileA) || !existsSync(fileB)) {
    console.log(`${name}: missing in ${existsSync(fileA) ? b : a}`);
    changed++;
    continue;
  }
  const [imgA, imgB] = [PNG.sync.read(readFileSync(fileA)), PNG.sync.read(readFileSync(fileB))];
  // A page that grew or shrank differs; compare on the larger canvas, the rest counting as changed.
  const width = Math.max(imgA.width, imgB.width);
  const height = Math.max(imgA.height, imgB.height);
  const [padA, padB] = [pad(imgA, width, height), pad(imgB, width, height)];
  const diff = new PNG({ width, height });
  const count = pixelmatch(padA.data, padB.data, diff.data, width, height, {
    threshold: 0,
    includeAA: true,
  });
  if (!count) {
    console.log(`${name}: same`);
    continue;
  }
  changed++;
  const size =
    imgA.width === imgB.width && imgA.height === imgB.height
      ? ''
      : ` (size ${imgA.width}x${imgA.height} -> ${imgB.width}x${imgB.height})`;
  console.log(`${name}: ${count} pixels differ${size}`);
  mkdirSync(diffs, { recursive: true });
  writeFileSync(join(diffs, name), PNG.sync.write(diff));
}
console.log(
  changed
    ? `${changed} of ${names.length} screenshots differ (diff images in ${diffs})`
    : `all ${names.length} screenshots the same`,
);
process.exit(changed ? 1 : 0);

/** The image on a width x height canvas, the added area magenta (so it counts as different). */
function pad(img, width, height) {
  if (img.width === width && img.height === height) return img;
  const out = new PNG({ width, height, fill: true });
  for (let i = 0; i < out.data.length; i += 4) out.data.set([255, 0, 255, 255], i);
  PNG.bitblt(img, out, 0, 0, img.width, img.height, 0, 0);
  return out;
}
