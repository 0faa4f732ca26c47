/**
 * True only for http:, https: and mailto: links that parse as URLs. Trims, and
 * compares the scheme case-insensitively. Rejects `javascript:`, `data:`,
 * relative and protocol-relative (`//host`) links and anything unparsable.
 * A module of its own: rendering links needs it, validating overrides (loaded
 * only when a host sets local content) needs it too.
 */
export function isSafeHref(href: string): boolean {
  if (typeof href !== 'string') return false;
  const trimmed = href.trim();
  const scheme = /^(https?|mailto):/i.exec(trimmed)?.[1]!.toLowerCase();
  // Inner whitespace or control characters: parsers disagree (Chromium keeps a
  // space in a host, others refuse; all silently drop tabs), so refuse them all.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (!scheme || /[\s\u0000-\u001f\u007f]/.test(trimmed)) return false;
  try {
    // WHATWG URL exists in browsers and Node alike (a missing one throws: refused).
    const url = new URL(trimmed);
    // mailto: needs something after the colon (an address or ?to=...).
    return (
      url.protocol === `${scheme}:` &&
      (scheme === 'mailto' ? trimmed.length > 7 : url.hostname !== '')
    );
  } catch {
    return false;
  }
}
