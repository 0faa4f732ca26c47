import { isObject } from './answers.js';
import { PACKAGE_VERSION, type SelfCheckResultFile } from './result-file.js';
import { readResultText, SUMMARY_SCHEMA } from './summary-read.js';

/**
 * A national roll-up without a server: an ICB's combined file, a region's file of ICBs' files, a
 * nation's file of regions' files, read as one. Each result keeps the files it came through.
 */

/** A result and the files it came through, outermost first, e.g. `['North East.json', 'North Shire ICB.json', 'ward-3.json']`. */
export interface SourcedResult {
  readonly result: SelfCheckResultFile;
  readonly from: readonly string[];
}

/** Levels of combined files inside combined files read (team, ICB, region, nation and one spare). */
export const MAX_ROLLUP_DEPTH = 5;

export type RollupOutcome =
  | {
      readonly ok: true;
      readonly results: readonly SourcedResult[];
      /** Entries that could not be used, each with its reason (each leaf is checked as a result file on its own). */
      readonly dropped: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

/**
 * True when a text is a combined file that nests combined files or lists its results' sources:
 * the files the roll-up reader is for. Other files go to `readResultText`.
 */
export function isRollupText(text: string): boolean {
  const head = text.slice(0, 400);
  if (!head.includes(SUMMARY_SCHEMA)) return false;
  return (
    text.indexOf(SUMMARY_SCHEMA, text.indexOf(SUMMARY_SCHEMA) + 1) >= 0 ||
    /"sources"\s*:/.test(text)
  );
}

const isCombined = (value: unknown): value is Record<string, unknown> & { results: unknown[] } =>
  isObject(value) && value.schema === SUMMARY_SCHEMA && Array.isArray(value.results);

const label = (value: unknown, fallback: string) =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : fallback;

/**
 * Reads a combined file of combined files (any depth up to `MAX_ROLLUP_DEPTH`) into its results,
 * each with where it came from. Every result is checked as if read from its own file. Never throws.
 */
export function readRollupText(text: string, name = ''): RollupOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      reason: 'This combined file is not valid JSON (it may have been cut short).',
    };
  }
  if (!isCombined(data))
    return { ok: false, reason: 'This JSON file is not a combined file of self-check results.' };
  const results: SourcedResult[] = [];
  const dropped: string[] = [];
  let tooDeep = false;
  const walk = (
    file: Record<string, unknown> & { results: unknown[] },
    path: string[],
    depth: number,
  ) => {
    const sources = Array.isArray(file.sources) ? file.sources : [];
    file.results.forEach((entry, i) => {
      if (isCombined(entry)) {
        if (depth >= MAX_ROLLUP_DEPTH) {
          tooDeep = true;
          dropped.push(
            `${[...path, label(entry.source, `combined file ${i + 1}`)].join(' > ')}: nested more than ${MAX_ROLLUP_DEPTH} levels deep (${entry.results.length} results not read).`,
          );
          return;
        }
        walk(entry, [...path, label(entry.source, `combined file ${i + 1}`)], depth + 1);
        return;
      }
      const read = readResultText(JSON.stringify(entry ?? null));
      if (!read.ok || read.results.length !== 1) {
        dropped.push(
          `${path.join(' > ')}, result ${i + 1}: ${read.ok ? 'not a single result.' : read.reason}`,
        );
        return;
      }
      const source = sources[i];
      const inner = Array.isArray(source)
        ? source.map((s) => label(s, '?')).slice(0, MAX_ROLLUP_DEPTH)
        : [];
      results.push({ result: read.results[0], from: [...path, ...inner] });
    });
  };
  walk(data, [label(name, 'this file')], 1);
  if (!results.length)
    return {
      ok: false,
      reason: tooDeep
        ? `This combined file nests combined files more than ${MAX_ROLLUP_DEPTH} levels deep; none of its results were read.`
        : 'This combined file holds no self-check results that could be read.',
    };
  return { ok: true, results, dropped };
}

/**
 * A combined file for the next level up: every round's results, each with the files it came
 * through (`sources`, parallel to `results`), which `readRollupText` reads back.
 */
export function rollupToJson(
  entries: readonly SourcedResult[],
  source: string,
  createdAt = new Date(),
): string {
  return JSON.stringify(
    {
      schema: SUMMARY_SCHEMA,
      version: 1,
      packageVersion: PACKAGE_VERSION,
      createdAt: createdAt.toISOString(),
      source,
      round: 'All rounds',
      results: entries.map((e) => e.result),
      sources: entries.map((e) => e.from),
    },
    null,
    2,
  );
}
