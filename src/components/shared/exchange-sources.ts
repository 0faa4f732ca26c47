import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parseSources, type SourceResult } from '../../engine/exchange.js';
import { warnSourceProblems } from './source-problems.js';

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

/**
 * An element's `sources`, read once per value (<ambition-map> and <case-study-explorer> alike).
 * Before each update of its host it starts reading when the list changed (never on a server: the
 * browser reads); each file redraws the host as it arrives, with its problems said once in the
 * console; a file from an earlier list (the host changed `sources` meanwhile) is dropped, as
 * @lit/task drops a stale run.
 */
export class SourcesController implements ReactiveController {
  /** What the sources gave so far, by address (undefined: still loading). */
  results: ReadonlyMap<string, SourceResult | undefined> = new Map();
  private listed = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's `sources` and how long to wait for each file (ms). */
    private readonly wanted: () => [sources: string, timeout: number],
    /** The host's warn-once, for the site's editor. */
    private readonly warn: (field: string, message: string) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const [sources, timeout] = this.wanted();
    if (isServer || sources === this.listed) return;
    this.listed = sources;
    this.results = readSources(sources, timeout, (url, result) => {
      if (this.listed !== sources) return; // an earlier list's file: stale
      warnSourceProblems(this.warn, url, result);
      this.results = new Map(this.results).set(url, result);
      this.host.requestUpdate();
    });
  }
}
