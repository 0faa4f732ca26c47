/**
 * Where a `content-src` URL may be fetched from: http(s) only, and only this page's own origin
 * (`origin`, by default `location.origin`) or an origin the host lists in
 * `allowed-content-origins` (space separated, e.g. `https://cdn.example.org`). A relative `src`
 * resolves against `base` (the document's base URL, as the browser would), but `base` itself is
 * never trusted: a `<base href="https://other.site/">` injected into the page must not make
 * `x.json` load from that other site. Returns the absolute URL, or a reason it was refused.
 */
export function checkContentSrc(
  src: string,
  allowed: string,
  base: string,
  origin: string = globalThis.location?.origin ?? '',
): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return { error: `"${src}" is not a URL.` };
  }
  if (!/^https?:$/.test(url.protocol)) return { error: `"${src}" is not an http(s) URL.` };
  const originOf = (address: string) => {
    try {
      return new URL(address).origin;
    } catch {
      return ''; // an unparsable entry allows nothing
    }
  };
  return [origin, ...allowed.split(/\s+/)].some((o) => originOf(o) === url.origin)
    ? { url: url.href }
    : {
        error: `"${src}" is on another site (${url.origin}); list it in allowed-content-origins to load it.`,
      };
}

/** Fetches and parses the JSON file; never rejects: a failure comes back as a message. */
export async function loadContentSrc(url: string): Promise<{ value: unknown } | { error: string }> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'error' });
    if (!response.ok) return { error: `could not load "${url}" (HTTP ${response.status}).` };
    const text = await response.text();
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return { error: `"${url}" is not valid JSON.` };
    }
  } catch {
    return { error: `could not load "${url}" (network error).` };
  }
}
