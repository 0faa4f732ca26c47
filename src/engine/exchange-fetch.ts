import { validateLocalExamples } from '../content/local-examples.js';
import { DEFAULT_SOURCE_TIMEOUT, MAX_SOURCE_BYTES, type SourceResult } from './exchange.js';

/*
 * Reading an organisation's examples file (see exchange.ts): fetched without credentials, with a
 * timeout and a size limit, validated by the package's own validator. Kept apart from the
 * listing code so an explorer without `sources` never downloads it. No DOM: `fetch` is the
 * platform's, or one passed in.
 */

export interface FetchSourceOptions {
  /** Seconds before giving up (default DEFAULT_SOURCE_TIMEOUT). */
  readonly timeout?: number;
  readonly maxBytes?: number;
  /** The fetch to use (default: the platform's). */
  readonly fetch?: typeof fetch;
}

/** The body as text, refusing (and cancelling) it once it passes `max` bytes. */
async function readLimited(response: Response, max: number): Promise<string | undefined> {
  const length = Number(response.headers.get('content-length'));
  if (length > max) {
    void response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * Fetches and validates one examples file. Never rejects: whatever goes wrong comes back as a
 * reason a person can read. No cookies or credentials are sent, no referrer, and a redirect is
 * not followed (the host listed this address, not wherever it points).
 */
export async function fetchExamplesSource(
  url: string,
  options: FetchSourceOptions = {},
): Promise<SourceResult> {
  const seconds = options.timeout && options.timeout > 0 ? options.timeout : DEFAULT_SOURCE_TIMEOUT;
  const max = options.maxBytes ?? MAX_SOURCE_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  const failed = (reason: string): SourceResult => ({ url, ok: false, reason });
  try {
    const response = await (options.fetch ?? fetch)(url, {
      credentials: 'omit',
      mode: 'cors',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))
      return failed('the address redirects elsewhere; list the file’s own address instead.');
    if (response.status === 404 || response.status === 410)
      return failed(
        `the site answered ${response.status}: there is no file at this address (check it for a typing mistake, or whether the file was moved).`,
      );
    if (!response.ok) return failed(`the site answered with an error (HTTP ${response.status}).`);
    const text = await readLimited(response, max);
    if (text === undefined)
      return failed(`the file is larger than ${Math.round(max / 1000)} kB, so it was not read.`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return failed(
        /^\s*</.test(text)
          ? 'this address gives a web page, not an examples file.'
          : 'the file is not valid JSON.',
      );
    }
    return checkExamplesFile(url, json);
  } catch {
    return failed(
      controller.signal.aborted
        ? `the site did not answer within ${seconds} seconds.`
        : 'the file could not be reached, or its site does not let other websites read it (it needs the Access-Control-Allow-Origin header).',
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Validates a parsed examples file as a source's result. When only some examples are wrong, the
 * good ones are kept and the others listed in `skipped` with why; otherwise the first problem is
 * the reason the file is not read.
 */
export function checkExamplesFile(url: string, json: unknown): SourceResult {
  const parsed = validateLocalExamples(json);
  if (parsed.ok) return { url, ok: true, file: parsed.value };
  const kept = keepGoodExamples(url, json, parsed.errors);
  if (kept) return kept;
  const more = parsed.errors.length - 1;
  return {
    url,
    ok: false,
    reason: `the file does not follow the examples format (${parsed.errors[0]}${
      more ? `; ${more} more problem${more > 1 ? 's' : ''}` : ''
    }).`,
  };
}

/** The file with its bad examples left out, when everything else in it is right. */
function keepGoodExamples(
  url: string,
  json: unknown,
  errors: readonly string[],
): SourceResult | undefined {
  const bad = new Map<number, string[]>();
  for (const error of errors) {
    const index = /^examples\[(\d+)\]/.exec(error)?.[1];
    if (index === undefined) return undefined; // a problem outside the examples: not read
    bad.set(Number(index), [...(bad.get(Number(index)) ?? []), error]);
  }
  const examples = (json as { examples?: unknown }).examples;
  if (!Array.isArray(examples) || bad.size >= examples.length) return undefined;
  const again = validateLocalExamples({
    ...(json as object),
    examples: examples.filter((_, i) => !bad.has(i)),
  });
  if (!again.ok) return undefined;
  const skipped = [...bad].map(([i, problems]) => {
    const title = (examples[i] as { title?: unknown } | null)?.title;
    const named =
      typeof title === 'string' && title.trim() ? ` ("${title.trim().slice(0, 80)}")` : '';
    return `example ${i + 1}${named} left out: ${problems.join('; ')}`;
  });
  return { url, ok: true, file: again.value, skipped };
}
