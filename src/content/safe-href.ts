/**
 * Space and control characters of any kind (JavaScript's `\s` is Unicode White_Space plus the
 * BOM), and invisible characters that change how a link reads: zero-width and bidi controls,
 * word joiners, the soft hyphen.
 */
const SPACE_OR_INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]/u;

/**
 * True when a web address carries a user name or password (`https://www.nhs.uk@evil.example/`
 * goes to evil.example but reads as the NHS): such links and `sources` addresses are refused.
 */
export function hasUserinfo(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/**
 * Why a link with a user name or password is left out, in words a site editor understands
 * (the reviewer of issue 25 found "expected an https: address" unclear for an https: address).
 */
export const HIDDEN_DESTINATION =
  'this address hides where it really goes (there is a user name before the @), so it is not used';

/** True when `href` parses as an http(s) address with a user name or password in it. */
export function hidesDestination(href: string): boolean {
  try {
    const url = new URL(href);
    return /^https?:$/.test(url.protocol) && hasUserinfo(url);
  } catch {
    return false;
  }
}

/**
 * True only for http:, https: and mailto: links that parse as URLs, checked exactly as they will
 * be rendered: no trimming. A link with leading or trailing space of any kind (a browser strips
 * ASCII spaces from an href, but not NBSP, BOM or U+3000, so a trimmed check would pass a link
 * that renders as something else), or with space, control or invisible characters inside
 * (parsers disagree: Chromium keeps a space in a host, others refuse; all silently drop tabs), is
 * refused. The scheme is compared case-insensitively. Rejects `javascript:`, `data:`, relative
 * and protocol-relative (`//host`) links and anything unparsable.
 * A module of its own: rendering links needs it, validating overrides (loaded
 * only when a host sets local content) needs it too.
 */
export function isSafeHref(href: string): boolean {
  if (typeof href !== 'string') return false;
  const scheme = /^(https?|mailto):/i.exec(href)?.[1]!.toLowerCase();
  if (!scheme || SPACE_OR_INVISIBLE.test(href)) return false;
  try {
    // WHATWG URL exists in browsers and Node alike (a missing one throws: refused).
    const url = new URL(href);
    // mailto: needs something after the colon (an address or ?to=...).
    return (
      url.protocol === `${scheme}:` &&
      (scheme === 'mailto' ? href.length > 7 : url.hostname !== '' && !hasUserinfo(url))
    );
  } catch {
    return false;
  }
}
