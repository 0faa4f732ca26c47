/**
 * Finds where each entry of a combined file's top-level `results` array starts and ends, without
 * parsing the whole text. A national combined file is 14 MB: one `JSON.parse` of it holds the
 * page's main thread for 200-300 ms on a busy machine, and nothing can interrupt it. With the
 * entries' places known, each entry is parsed on its own, and a reader can stop between entries
 * to let the page handle a key press (see `readResultTextSteps`).
 *
 * The scanner only finds boundaries; it does not check the JSON. Every entry's text and the rest
 * of the file (`head`: the file with `"results": []`) are then parsed by `JSON.parse`, so a file
 * that is not valid JSON is still refused. Whenever the file is not in the plain shape the summary
 * writes (a second `results` key, an escaped key, `results` not an array), it answers `undefined`
 * and the caller parses the whole text as before: slower, never different.
 */

/** Where the entries are, and the file without them. */
export interface CombinedParts {
  /** The file's text with its `results` array emptied (`[]`): small, parsed as it is. */
  readonly head: string;
  /** Start and end (exclusive) of each entry's text, whitespace around it included. */
  readonly entries: readonly (readonly [start: number, end: number])[];
}

const QUOTE = 34; // "
const BACKSLASH = 92; // \
const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125; // }
const OPEN_ARRAY = 91; // [
const CLOSE_ARRAY = 93; // ]
const COMMA = 44; // ,

/** Characters scanned between two yields: about 1 ms of scanning on a slow core. */
const STEP = 256 * 1024;

/**
 * The scan as steps: yields every `STEP` characters so a caller can give the page a turn, and
 * returns the parts (or `undefined`: parse the whole text instead).
 */
export function* scanCombinedSteps(text: string): Generator<void, CombinedParts | undefined> {
  let i = text.indexOf('{');
  if (i < 0) return undefined;
  let depth = 0;
  let expectKey = false;
  let lastKey = '';
  let resultsKeys = 0;
  let arrayStart = -1;
  let arrayEnd = -1;
  let entryStart = -1;
  const entries: [number, number][] = [];
  let nextYield = STEP;
  for (; i < text.length; i++) {
    if (i >= nextYield) {
      nextYield += STEP;
      yield;
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Jump to the closing quote: one not preceded by an odd number of backslashes.
      let end = i + 1;
      for (;;) {
        end = text.indexOf('"', end);
        if (end < 0) return undefined;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
        end++;
      }
      if (depth === 1 && expectKey) {
        lastKey = text.slice(i + 1, end);
        // An escaped key might spell "results": leave such a file to JSON.parse.
        if (lastKey.includes('\\')) return undefined;
        if (lastKey === 'results') resultsKeys++;
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      if (depth === 1) expectKey = true;
      if (depth === 2 && c === OPEN_ARRAY && lastKey === 'results' && arrayStart < 0) {
        arrayStart = i;
        entryStart = i + 1;
      } else if (depth === 2 && lastKey === 'results') return undefined; // not an array
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth === 2 && c === CLOSE_ARRAY && arrayStart >= 0 && arrayEnd < 0) {
        entries.push([entryStart, i]);
        arrayEnd = i;
      }
      depth--;
      if (depth === 0) break;
    } else if (c === COMMA) {
      if (depth === 1) expectKey = true;
      else if (depth === 2 && arrayStart >= 0 && arrayEnd < 0) {
        entries.push([entryStart, i]);
        entryStart = i + 1;
      }
    }
  }
  if (resultsKeys !== 1 || arrayStart < 0 || arrayEnd < 0) return undefined;
  // `[ ]` holds no entry, not one empty entry.
  if (entries.length === 1 && text.slice(entries[0][0], entries[0][1]).trim() === '')
    entries.length = 0;
  return {
    head: `${text.slice(0, arrayStart)}[]${text.slice(arrayEnd + 1)}`,
    entries,
  };
}

/** The scan at once (for callers that do not slice). */
export function scanCombined(text: string): CombinedParts | undefined {
  const steps = scanCombinedSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
