import { getFoundation, hasUserinfo } from '../content/index.js';
import { canonicalRegion } from '../content/regions.js';
import type {
  AmbitionId,
  CaseStudy,
  ExamplesContact,
  FoundationId,
  LocalExamplesFile,
} from '../content/index.js';

/*
 * The learning exchange: organisations publish an examples file on their own sites
 * (content/local-examples.ts); an explorer lists their addresses in `sources`, and this module
 * fetches each file (no credentials, a timeout, a size limit, one failure never blocking the
 * others), validates it and turns its examples into case-study entries that say where they come
 * from. This module lists and filters; exchange-fetch.ts reads and validates (an explorer loads
 * it only once a host sets `sources`). No DOM.
 */

/** The most sources one explorer reads; the rest are listed as not read. */
export const MAX_SOURCES = 20;
/** The largest examples file read, in bytes (a 200-example file is far smaller). */
export const MAX_SOURCE_BYTES = 1_000_000;
/** How long a source may take, in seconds, unless the host says otherwise. */
export const DEFAULT_SOURCE_TIMEOUT = 10;

/** Where an example comes from: the organisation's file. */
export interface ExampleSource {
  /** The file's address as the host listed it. */
  readonly url: string;
  readonly organisation: string;
  /** The organisation's website (validated: https: or http:). */
  readonly organisationUrl: string;
  readonly region: string;
  /** YYYY-MM-DD, as the file says. */
  readonly date: string;
  readonly contact: ExamplesContact;
}

/** An organisation's example as the explorer lists it beside the report's case studies. */
export interface ExchangeCaseStudy extends CaseStudy {
  /** Every item it relates to (`foundation` is the first). */
  readonly items: readonly FoundationId[];
  readonly source: ExampleSource;
  /** Where to read more, when the file gives one. */
  readonly link?: string;
}

/** One listed source, read or not. */
export type SourceResult =
  | {
      readonly url: string;
      readonly ok: true;
      readonly file: LocalExamplesFile;
      /** Examples left out of an otherwise good file, each with why (for the site's editor). */
      readonly skipped?: readonly string[];
    }
  | { readonly url: string; readonly ok: false; readonly reason: string };

/**
 * The addresses in a `sources` attribute (separated by spaces or commas, as people type lists):
 * absolute http(s) URLs, each once, at
 * most MAX_SOURCES. Anything else comes back in `refused` with the reason, to be listed.
 */
export function parseSources(value: unknown): {
  readonly urls: readonly string[];
  readonly refused: readonly SourceResult[];
} {
  const urls: string[] = [];
  const refused: SourceResult[] = [];
  const words = typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
  for (const word of words) {
    let url: URL | undefined;
    try {
      url = new URL(word);
    } catch {
      url = undefined;
    }
    const reason = !url
      ? 'this is not a full web address (it should start with https://).'
      : !/^https?:$/.test(url.protocol)
        ? 'only https: and http: addresses are read.'
        : hasUserinfo(url)
          ? 'this address hides where it really goes (there is a user name before the @), so it is not read.'
          : urls.length >= MAX_SOURCES
            ? `an explorer reads at most ${MAX_SOURCES} sources.`
            : '';
    if (reason) refused.push({ url: word, ok: false, reason });
    else if (!urls.includes(url!.href)) urls.push(url!.href);
  }
  return { urls, refused };
}

/** The examples of every source that was read, as explorer entries, in the order listed. */
export function exchangeCaseStudies(results: readonly SourceResult[]): ExchangeCaseStudy[] {
  return results.flatMap((result, s) => {
    if (!result.ok) return [];
    const { file } = result;
    const source: ExampleSource = {
      url: result.url,
      organisation: file.organisation.name,
      organisationUrl: file.organisation.url,
      region: canonicalRegion(file.region),
      date: file.date,
      contact: file.contact,
    };
    return file.examples.map((example, n): ExchangeCaseStudy => {
      const items = example.items.map((i) => getFoundation(i)!.id);
      return {
        id: `source-${s + 1}-${n + 1}`,
        foundation: items[0]!,
        items,
        title: example.title,
        summary: example.summary,
        ambitions: example.ambitions,
        source,
        ...(example.link ? { link: example.link } : {}),
      };
    });
  });
}

export { claimsOurVoice } from './our-voice.js';

/** True for an organisation's example (not one of the report's case studies). */
export const isExchangeCaseStudy = (study: CaseStudy): study is ExchangeCaseStudy =>
  'source' in study;

/** Narrows a list by source (`report`, or a source's URL) and by region; empty means all. */
export function filterBySource<T extends CaseStudy>(
  studies: readonly T[],
  { source = '', region = '' }: { readonly source?: string; readonly region?: string },
): T[] {
  return studies.filter((study) => {
    const from = isExchangeCaseStudy(study) ? study.source : undefined;
    return (
      (!source || (source === 'report' ? !from : from?.url === source)) &&
      (!region || from?.region === region)
    );
  });
}

/** "36 from the report, 12 from 3 organisations" (our words; singulars where they apply). */
export function exchangeCountLine(reportCount: number, studies: readonly CaseStudy[]): string {
  const local = studies.filter(isExchangeCaseStudy);
  const organisations = new Set(local.map((s) => s.source.url)).size;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${reportCount} from the report, ${local.length} from ${plural(
    organisations,
    'organisation',
    'organisations',
  )}`;
}

/**
 * How many organisations' examples relate to an item, an Ambition, or both (each example counts
 * once for every item and Ambition it names), for the map's "Include organisations' examples".
 */
export function countExchangeExamples(
  studies: readonly ExchangeCaseStudy[],
  { foundation, ambition }: { readonly foundation?: FoundationId; readonly ambition?: AmbitionId },
): number {
  return studies.filter(
    (s) =>
      (!foundation || s.items.includes(foundation)) &&
      (!ambition || s.ambitions.includes(ambition)),
  ).length;
}
