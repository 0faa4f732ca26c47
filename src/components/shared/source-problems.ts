import { html, nothing } from 'lit';
import type { SourceResult } from '../../engine/exchange.js';
import { outside, outsideText } from './bidi.js';

/** "A", "A and B", "A, B and C": names from other sites, each isolated (bidi). */
const listOf = (names: readonly string[]): string =>
  names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).map(outsideText).join(', ')} and ${outsideText(names[names.length - 1])}`;

/**
 * The console lines for the site's editor about one source: why it could not be read, or each
 * example its file had to leave out. `warn` is the element's warn-once.
 */
export function warnSourceProblems(
  warn: (field: string, message: string) => void,
  url: string,
  result: SourceResult,
): void {
  if (!result.ok) warn('sources', `"${url}": ${result.reason}`);
  for (const skipped of (result.ok && result.skipped) || [])
    warn('sources', `"${url}": ${skipped}`);
}

/**
 * Sources that could not be read, and examples left out of a source's file (the map and the
 * explorer alike): one plain sentence for a reader, then the addresses and reasons for the
 * site's editor, folded away.
 */
export function renderSourceProblems(results: readonly (SourceResult | undefined)[]) {
  const failed = results.filter((r): r is SourceResult & { ok: false } => !!r && !r.ok);
  const partly = results.filter(
    (r): r is SourceResult & { ok: true } => !!r && r.ok && !!r.skipped?.length,
  );
  if (!failed.length && !partly.length) return nothing;
  const skipped = partly.reduce((n, r) => n + r.skipped!.length, 0);
  const sentences = [
    failed.length
      ? `${failed.length === 1 ? 'One file' : `${failed.length} files`} of examples from other organisations could not be read, so ${failed.length === 1 ? 'its' : 'their'} examples are not shown.`
      : '',
    skipped
      ? `${skipped === 1 ? 'One example' : `${skipped} examples`} from ${listOf(partly.map((r) => r.file.organisation.name))} could not be shown because of mistakes in ${partly.length === 1 ? 'its file' : 'their files'}.`
      : '',
  ].filter(Boolean);
  return html`<div class="sources-failed" part="sources-failed">
    <p class="sources-failed-title">${sentences.join(' ')}</p>
    <details part="sources-details">
      <summary>Details for the website's editor</summary>
      <ul>
        ${failed.map(
          (r) => html`<li><span class="url">${outside(r.url)}</span>: ${outside(r.reason)}</li>`,
        )}
        ${partly.flatMap((r) =>
          r.skipped!.map(
            (why) => html`<li><span class="url">${outside(r.url)}</span>: ${outside(why)}</li>`,
          ),
        )}
      </ul>
    </details>
  </div>`;
}
