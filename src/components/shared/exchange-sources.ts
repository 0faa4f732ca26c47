import { parseSources, type SourceResult } from '../../engine/exchange.js';

/*
 * Reading a `sources` attribute, shared by <case-study-explorer> and <ambition-map>: the reader
 * and validator (engine/exchange-fetch.ts) are loaded only once a host lists a source, so an
 * element without `sources` never downloads them and makes no request.
 */

/** Reading and validating examples files: loaded the first time a host sets sources. */
export const loadExchange = () => import('../../engine/exchange-fetch.js');

/**
 * Starts reading every source listed in `sources`. Returns what is known now, by address
 * (refused addresses with their reason, the rest undefined: still loading); `onResult` is called
 * as each file arrives or fails.
 */
export function readSources(
  sources: string,
  timeout: number,
  onResult: (url: string, result: SourceResult) => void,
): Map<string, SourceResult | undefined> {
  const { urls, refused } = parseSources(sources);
  const read = new Map<string, SourceResult | undefined>(urls.map((url) => [url, undefined]));
  for (const r of refused) read.set(r.url, r);
  if (urls.length)
    void loadExchange().then(({ fetchExamplesSource }) => {
      for (const url of urls)
        void fetchExamplesSource(url, { timeout }).then((result) => onResult(url, result));
    });
  return read;
}
