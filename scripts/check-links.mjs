// Link checker for README.md and docs/ (`node scripts/check-links.mjs`; `npm test` runs it through
// test/docs/docs.node.mjs). Relative links must name a file of the repository, and a `#anchor` a
// heading (or an `id`) of the page it points to, spelled as GitHub spells it. External links are
// checked for form only (no request leaves the machine): an http(s) address with a host, or mailto.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);

/**
 * README.md and every markdown file under docs/, as repo paths. docs/incoming/ is left out: it
 * holds other issues' drafts until they are folded into the pages, where their links are checked.
 */
export function markdownFiles(dir = join(root, 'docs')) {
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (relative(root, path) !== join('docs', 'incoming')) walk(path);
      } else if (name.endsWith('.md')) found.push(relative(root, path));
    }
  };
  if (existsSync(dir)) walk(dir);
  return ['README.md', ...found];
}

/** Text without fenced code blocks and inline code: links inside code are examples, not links. */
export function withoutCode(text) {
  return text
    .replace(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, '')
    .replace(/``[^`\n]*``|`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading) {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor a page offers: its headings (numbered as GitHub numbers repeats) and ids. */
export function anchorsOf(text) {
  const anchors = new Set();
  const seen = new Map();
  for (const [, heading] of withoutCode(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  for (const [, id] of text.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(id);
  return anchors;
}

/** `[text](target)`, `![alt](target)` and `<https://...>` links outside code, with line numbers. */
export function linksOf(text) {
  const links = [];
  const plain = withoutCode(text);
  const lineOf = (index) => plain.slice(0, index).split('\n').length;
  for (const match of plain.matchAll(
    /!?\[(?:[^\][]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
  ))
    links.push({ target: match[1], line: lineOf(match.index) });
  for (const match of plain.matchAll(/<((?:https?|mailto):[^>\s]+)>/g))
    links.push({ target: match[1], line: lineOf(match.index) });
  return links;
}

/** Problems with one link from `file` (a repo path), as sentences; none when it resolves. */
export function checkLink(file, target) {
  if (/^(https?):/i.test(target)) {
    try {
      const url = new URL(target);
      return url.hostname.includes('.') ? [] : [`${target}: no host name`];
    } catch {
      return [`${target}: not a web address`];
    }
  }
  if (/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(target)) return [];
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return [`${target}: only http(s) and mailto links`];
  const [path, anchor] = target.split('#');
  const resolved = path
    ? join(dirname(join(root, file)), decodeURIComponent(path))
    : join(root, file);
  if (!resolved.startsWith(root)) return [`${target}: outside the repository`];
  if (!existsSync(resolved)) return [`${target}: no file ${relative(root, resolved)}`];
  if (anchor === undefined) return [];
  if (!resolved.endsWith('.md')) return [`${target}: an anchor into a file that is not markdown`];
  return anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)
    ? []
    : [`${target}: no heading #${anchor} in ${relative(root, resolved)}`];
}

/** Every broken link in README.md and docs/, as `file:line: problem`. */
export function brokenLinks(files = markdownFiles()) {
  const problems = [];
  for (const file of files)
    for (const { target, line } of linksOf(readFileSync(join(root, file), 'utf8')))
      for (const problem of checkLink(file, target)) problems.push(`${file}:${line}: ${problem}`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = markdownFiles();
  const problems = brokenLinks(files);
  for (const problem of problems) console.error(problem);
  console.log(`links: ${files.length} files, ${problems.length} broken`);
  process.exitCode = problems.length ? 1 : 0;
}
