// Checks every string in the content module that claims to quote the report (or the guide, its
// section 5.3) against the report's text, which the caller reads (report-text.mjs: REPORT_TEXT, or
// the project's machines' copy; without either the check is skipped, in CI it fails). Only these differences are forgiven: whitespace and line breaks
// (the extraction splits some paragraphs over lines), curly versus straight quote marks, and the
// extraction's own markup where the printed page shows plain text (`[link text](#)`, `**bold**`,
// the `▶` of a bullet). A quote with a `line` must start on that line and end on `toLine` (or
// the same line); " … " marks words left out, and the parts must appear in order.

/** Whitespace collapsed, quote marks straightened, the extraction's markup as printed. */
export function normalise(text) {
  return text
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/▶\s*/g, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const plain = (rich) => rich.map((part) => (typeof part === 'string' ? part : part.text)).join('');

/** Every `{ text, line }` object under `value`, with the path that reaches it. */
function* quotesIn(value, path) {
  if (!value || typeof value !== 'object') return;
  if (typeof value.text === 'string' && typeof value.line === 'number') yield [path, value];
  for (const [key, child] of Object.entries(value)) yield* quotesIn(child, `${path}.${key}`);
}

/**
 * The errors for one content module against the report's text: an empty list when every quote
 * is the report's words at the lines it names.
 */
export function checkContent(content, reportText) {
  const lines = reportText.split('\n');
  const whole = normalise(reportText);
  const errors = [];
  /** A claimed verbatim string without a line reference: it must appear somewhere. */
  const appears = (path, text, { caseless = false } = {}) => {
    const needle = normalise(text);
    const found = caseless
      ? whole.toLowerCase().includes(needle.toLowerCase())
      : whole.includes(needle);
    if (!needle || !found) errors.push(`${path}: not in the report: "${text}"`);
  };

  let quotes = 0;
  for (const name of Object.keys(content)) {
    for (const [path, quote] of quotesIn(content[name], name)) {
      quotes++;
      const from = quote.line;
      const to = quote.toLine ?? from;
      if (!Number.isInteger(from) || from < 1 || to < from || to > lines.length) {
        errors.push(`${path}: bad line reference ${from}-${to}`);
        continue;
      }
      // The lines the quote claims, and where the first and last of them begin and end.
      const first = normalise(lines[from - 1]);
      const last = normalise(lines[to - 1]);
      const range = normalise(lines.slice(from - 1, to).join(' '));
      const parts = quote.text
        .split('…')
        .map((part) => normalise(part))
        .filter(Boolean);
      if (parts.length === 0) errors.push(`${path}: empty quote`);
      let at = 0;
      let start = -1;
      let end = -1;
      for (const part of parts) {
        const i = range.indexOf(part, at);
        if (i < 0) {
          errors.push(
            `${path}: "${part}" is not at report line${to > from ? `s ${from}-${to}` : ` ${from}`}${
              whole.includes(part) ? ' (it is elsewhere in the report)' : ' (nor anywhere in it)'
            }`,
          );
          break;
        }
        if (start < 0) start = i;
        at = end = i + part.length;
      }
      if (start >= 0 && end >= 0) {
        if (start >= first.length) errors.push(`${path}: starts after line ${from}`);
        if (end <= range.length - last.length) errors.push(`${path}: ends before line ${to}`);
      }
    }
  }
  if (quotes < 60) errors.push(`only ${quotes} line-referenced quotes found: the walk missed some`);

  // The guide's items (report 5.3): titles, What, Ask and the examples' text.
  for (const f of content.foundations) {
    const path = `foundations[${f.number}]`;
    appears(`${path}.title`, f.title, { caseless: true });
    appears(`${path}.what`, f.what);
    f.ask.forEach((q, i) => appears(`${path}.ask[${i}]`, q));
    f.examples.forEach((e, i) => appears(`${path}.examples[${i}]`, plain(e)));
  }
  // The case studies (report section 4): each bullet's words, title and summary.
  for (const c of content.caseStudies) {
    appears(`caseStudies.${c.id}.summary`, c.summary);
    appears(`caseStudies.${c.id}.title`, c.title, { caseless: true });
  }
  // The guide's front matter and footnote.
  const intro = content.guideIntro;
  appears('guideIntro.title', intro.title, { caseless: true });
  appears('guideIntro.lead', plain(intro.lead));
  intro.paragraphs.forEach((p, i) => appears(`guideIntro.paragraphs[${i}]`, plain(p)));
  appears('guideIntro.contactPrompt', intro.contactPrompt);
  appears('guideIntro.footnote', plain(intro.footnote));
  appears('guideIntro.version', intro.version);
  // Findings: the titles are the report's list items and headings; recommendations verbatim.
  for (const [path, item] of quotesIn(content.findings, 'findings')) {
    if (typeof item.title === 'string') appears(`${path}.title`, item.title, { caseless: true });
  }
  content.findings.recommendations.forEach((r, i) => appears(`findings.recommendations[${i}]`, r));
  return errors;
}
