import { html, type PropertyValues } from 'lit';
import {
  boardSummary,
  isRollupText,
  readRollupText,
  rollupToJson,
  summariseTrend,
  type BoardSummary,
  type SourcedResult,
  type SummaryTrend,
  decodeUtf8,
  looksBinary,
  MAX_SUMMARY_BYTES,
  NOT_UTF8_REASON,
  mergeResults,
  SeenResults,
  readResultText,
  readResultTextSteps,
  summariseSystem,
  summariseSystemSteps,
  summaryToCsv,
  summaryToJson,
  TOO_LARGE_REASON,
  type RoundGrouping,
  type SelfCheckResultFile,
  type SystemSummary,
  type SummaryOptions,
  type ReadOutcome,
} from '../../engine/index.js';
import type { FoundationId } from '../../content/index.js';
import { needsScriptStyles } from '../../styles/needs-script.js';
import { baseStyles } from '../../styles/tokens.js';
import { selectStyles } from '../../styles/select.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { downloadText } from '../shared/feature-detect.js';
import { plural } from '../shared/plural.js';
import { type HeadingLevel } from '../shared/heading.js';
import { SummaryChangeEvent, type AddFilesOutcome } from './events.js';
import { renderIntake } from './render-intake.js';
import { renderViews } from './render-views.js';
import { summaryStyles } from './self-check-summary.styles.js';
import { summaryBoardStyles } from './summary-board.styles.js';
import { Cancelled, Slicer } from './slices.js';
import { withoutFile } from './file-list.js';

export { SummaryChangeEvent } from './events.js';
export type { AddFilesOutcome } from './events.js';

/** One file the lead added, as the file list shows it. @internal */
export interface SummaryFileEntry {
  readonly name: string;
  readonly status: 'added' | 'duplicate' | 'rejected';
  readonly reason?: string;
  /** Results of a combined file that could not be used: the first few with reasons, then a count. */
  readonly dropped?: readonly string[];
  /** How many results of a combined file could not be used (more than `dropped` lists). */
  readonly droppedCount?: number;
  /** The results it gave (a combined file gives several). */
  readonly results: readonly SelfCheckResultFile[];
  /** For a roll-up file: the files inside it each result came through (parallel to `results`). */
  readonly origins?: readonly (readonly string[])[];
  /**
   * Every usable result the file held, when some were counted through another file (kept so
   * that removing that other file brings them in from this one).
   */
  readonly held?: readonly SelfCheckResultFile[];
  /** For a roll-up file: the files inside it each held result came through (parallel to `held`). */
  readonly heldOrigins?: readonly (readonly string[])[];
}

/** Files whose text is fetched together (File.text() is asynchronous; the parsing is sliced). */
const BATCH = 64;
/**
 * From this many results the summary is counted in slices (the view keeps the figures it has and
 * says "Counting..." until the new ones are ready); fewer are counted at once, in a few ms.
 */
const SLICED_FROM = 1000;

/** A random string (for the pseudonyms' order); any value will do where crypto is missing. */
function randomSalt(): string {
  const bytes = new Uint32Array(2);
  if (typeof crypto !== 'undefined' && crypto.getRandomValues) crypto.getRandomValues(bytes);
  else bytes.forEach((_, i) => (bytes[i] = Math.floor(Math.random() * 2 ** 32)));
  return [...bytes].map((b) => b.toString(36)).join('');
}

/** The trend over every round; one round has none (skips a second pass over every result). */
function trendOf(
  summary: SystemSummary,
  results: readonly SelfCheckResultFile[],
  options: SummaryOptions,
): SummaryTrend {
  return summary.rounds.length > 1
    ? summariseTrend(results, options)
    : { rounds: summary.rounds, items: [], both: 0 };
}

/** A file's text, or why it cannot be read; nothing is kept once it is parsed. */
async function fileText(file: File): Promise<string | { ok: false; reason: string }> {
  if (!(file instanceof Blob)) return { ok: false, reason: 'This is not a file.' };
  if (file.size > MAX_SUMMARY_BYTES) return { ok: false, reason: TOO_LARGE_REASON };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return {
      ok: false,
      reason: 'This file could not be read (it may have been moved or deleted).',
    };
  }
  // A binary file (a PDF, a picture) is not UTF-8 either, but has a plainer reason of its own.
  return decodeUtf8(bytes) ?? readBinaryOrNotUtf8(bytes);
}

/** The text of bytes that are not UTF-8: a binary file is named as such, anything else refused. */
function readBinaryOrNotUtf8(bytes: ArrayBuffer): string | { ok: false; reason: string } {
  const text = new TextDecoder().decode(bytes.slice(0, 4096));
  return looksBinary(text) ? text : { ok: false, reason: NOT_UTF8_REASON };
}

/**
 * The ICB programme lead's system view: many teams' self-check result files in (JSON of every
 * version, the summary's own combined JSON), stages per item across teams, teams x items, where
 * to focus together, change since an earlier round, what teams wrote, an indicative view per
 * Ambition, combined CSV/JSON export and print. Files are read in the browser; nothing is uploaded.
 *
 * @summary Combines many teams' self-check results into one system view for a network meeting.
 * @customElement self-check-summary
 * @csspart base - The outer box.
 * @csspart root - Deprecated: the old name of `base`, kept for one version (0.x); use `base`.
 * @csspart heading - The element's heading.
 * @csspart title - Deprecated: the old name of `heading`, kept for one version (0.x); use `heading`.
 * @csspart subtitle - Section headings.
 * @csspart intake - Where files are chosen, dropped or pasted.
 * @csspart privacy - The "Nothing is uploaded" line.
 * @csspart status - The summary line ("58 results from 31 teams; ...").
 * @csspart files - The list of files read, with reasons for those not used.
 * @csspart controls - Round, comparison, organisation and name controls.
 * @csspart bars - The stacked bar per item.
 * @csspart table - Data tables.
 * @csspart matrix - The teams x items table.
 * @csspart focus - Where to focus together.
 * @csspart change - Change since the comparison round.
 * @csspart notes - What teams wrote.
 * @csspart ambitions - The indicative view per Ambition.
 * @csspart button - Buttons.
 * @csspart system - Across the system, per item.
 * @csspart examples - The guide's "Example in action" list under an item.
 * @csspart link - A link in the guide's text.
 * @csspart link-note - A note beside a link in the guide's text.
 * @csspart trend - The trend over every round.
 * @csspart board - The one-page view for a board.
 * @csspart attribution - The guide's full attribution and the credit to the report.
 * @csspart script-note - Pre-rendered HTML only, until the script runs: the note that says the
 *   hidden controls need JavaScript.
 * @cssprop [--ambitions-color-brand=#005eb8] - Accent colour: borders, the implementing stage.
 * @cssprop [--ambitions-color-text=#212b32] - Text colour.
 * @cssprop [--ambitions-color-surface=#ffffff] - Background.
 * @cssprop [--ambitions-focus-color=#ffeb3b] - Focus highlight.
 * @event ambitions-summary-change - The lead added files, named a team, or changed the round, comparison, filter or hidden names. `detail` is the summary.
 * @fires {SummaryChangeEvent} ambitions-summary-change
 */
export class SelfCheckSummary extends AmbitionsElement {
  static override styles = [
    baseStyles,
    selectStyles,
    summaryStyles,
    summaryBoardStyles,
    needsScriptStyles,
  ];
  static override properties = {
    round: { reflect: true },
    compareRound: { attribute: 'compare-round', reflect: true },
    hideNames: { type: Boolean, attribute: 'hide-names', reflect: true },
    headingLevel: { attribute: 'heading-level' },
    ...Object.fromEntries(
      '_results _files _organisations _findOrganisation _grouping _sort _descending _reading _counting _drawLists _announce _allTeams _allFiles _printBoard _allNotes _withoutFreeText'
        .split(' ')
        .map((name) => [name, { state: true }]),
    ),
  };

  /** The round shown (an id such as `2026-Q1` or `2025/26`, as the round menu lists); the latest when empty. */
  round = '';

  /** A round to compare with; no comparison when empty. */
  compareRound = '';

  /** Shows Team A, B, C... and Organisation 1, 2... instead of names: on screen, in print and in exports. */
  hideNames = false;

  /** Level of the element's heading (2-6); its sections use the level below. */
  headingLevel: number | string = 2;

  /** @internal */ _results: readonly SelfCheckResultFile[] = [];
  /** @internal */ _files: readonly SummaryFileEntry[] = [];
  /** @internal Organisations ticked in the filter (none: all). */
  _organisations: readonly string[] = [];
  /** @internal What the lead typed to find an organisation (shown only with many of them). */
  _findOrganisation = '';
  /** @internal */ _grouping: RoundGrouping = 'quarter';
  /** @internal The matrix's sort column: organisation, team or an item. */
  _sort: 'organisation' | 'team' | FoundationId = 'organisation';
  /** @internal */ _descending = false;
  /** @internal Files read so far / in all, while reading. */
  _reading: readonly [number, number] | undefined;
  /** @internal Results being counted in slices (the figures shown are the ones before). */
  _counting = 0;
  /**
   * @internal False for one update after a count in slices: the teams' table and the notes (the
   * longest lists) are drawn a task after the rest, so no single redraw holds the page long.
   */
  _drawLists = true;
  /** @internal Text in the paste box: not reactive, so a keystroke there never redraws the view. */
  _paste = '';
  /** @internal The last outcome, said by the status line. */ _announce = '';
  /** @internal The lead chose to see every row of the matrix. */ _allTeams = false;
  /** @internal The list of all files read is open (drawn only then). */ _allFiles = false;
  /** @internal The lead chose to leave what teams wrote out of the downloads. */
  _withoutFreeText = false;

  /**
   * Orders the pseudonyms (Team A, Organisation 1...) of this page: random, so that they say
   * nothing about the real names, and the same for as long as the page is open.
   */
  private readonly pseudonymSalt = randomSalt();

  /** @internal The lead chose to see every note of every item. */
  _allNotes = false;
  /** @internal "Print the board page" was chosen: print shows the board page alone. */
  _printBoard = false;

  /** The summary as of this update (the public `summary` is computed fresh). @internal */
  _summary!: SystemSummary;
  /** The trend over every round, as of this update. @internal */
  _trend!: SummaryTrend;
  /** The board page's figures, as of this update. @internal */
  _board!: BoardSummary;
  /** Results the lead named here: their name box stays where it was, so focus stays too. @internal */
  _renamed = new WeakSet<SelfCheckResultFile>();
  /** What the last summary was computed from: typing in the paste box never recomputes it. */
  private computedFrom: readonly unknown[] = [];

  private queue: Promise<unknown> = Promise.resolve();
  /** Bumped by "Stop reading" and "Start again": reads begun before it stop at their next slice. */
  private readGeneration = 0;
  /** Bumped for each summary counted in slices: an older count still running stops. */
  private summaryJob = 0;
  /** The summary being counted in slices, if any: `updateComplete` waits for it. */
  private counting: Promise<void> | undefined;

  /** The result files combined (parsed and checked). Setting them replaces the list of files. */
  get results(): readonly SelfCheckResultFile[] {
    return this._results;
  }
  set results(value: readonly SelfCheckResultFile[]) {
    const list = Array.isArray(value) ? value : [];
    // Each one checked as if read from a file, so a page cannot hand in what a file could not.
    const checked = list.flatMap((file) => {
      const read = readResultText(JSON.stringify(file ?? null));
      return read.ok ? read.results : [];
    });
    if (checked.length !== list.length)
      this.warnOnce(
        'results',
        `${list.length - checked.length} entries are not result files; they were left out.`,
      );
    this._results = mergeResults([], checked).results;
    this._files = [];
  }

  /** Per item stage counts, the teams of the round, rounds, focus items, comparison, notes, Ambitions. */
  get summary(): SystemSummary {
    return summariseSystem(this._results, this.options);
  }

  /** @internal */
  get options() {
    return {
      round: this.round,
      compareRound: this.compareRound,
      grouping: this._grouping,
      organisations: this._organisations,
      hideNames: this.hideNames,
      pseudonymSalt: this.pseudonymSalt,
    };
  }

  /** @internal */
  get level(): HeadingLevel {
    return this.headingLevelOf(this.headingLevel, 2);
  }

  /**
   * Reads files (JSON result files of any version, the summary's combined JSON) and adds their
   * results. A file that cannot be used is listed with a plain reason and never stops the others;
   * the same team's result twice (organisation, team and date) is counted once. Reads in short
   * slices so the page stays responsive; keeps no file text once read. Calls queue up.
   */
  addFiles(files: Iterable<File>): Promise<AddFilesOutcome> {
    const generation = this.readGeneration;
    const list = [...(files ?? [])];
    // No files: nothing to read, nothing changes (no change event, the view as it was).
    if (!list.length) return Promise.resolve({ added: 0, duplicates: 0, rejected: [] });
    const run = this.queue.then(() =>
      generation === this.readGeneration
        ? this.read(list, generation)
        : { added: 0, duplicates: 0, rejected: [] },
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads the files in slices: each file's text is parsed entry by entry and the page gets a turn
   * every `SLICE_MS`. The results join the view when every file is read (one recount, not one per
   * file); "Stop reading" or "Start again" meanwhile leaves the view as it was.
   */
  private async read(files: readonly File[], generation: number): Promise<AddFilesOutcome> {
    const slicer = new Slicer(() => generation !== this.readGeneration);
    const entries: SummaryFileEntry[] = [];
    const results = [...this._results];
    this._reading = [0, files.length];
    try {
      // Keys of the results so far, kept as we go: one look-up per result, not a pass over all.
      const seen = await this.keysOf(results, slicer);
      let added = 0;
      let duplicates = 0;
      const named = new Map<SelfCheckResultFile, SelfCheckResultFile>();
      for (let start = 0; start < files.length; start += BATCH) {
        const batch = files.slice(start, start + BATCH);
        const texts = await Promise.all(batch.map((file) => fileText(file)));
        for (const [i, text] of texts.entries()) {
          const name = batch[i]?.name || `File ${start + i + 1}`;
          const outcome = typeof text === 'string' ? await this.readText(text, name, slicer) : text;
          // The count on screen moves once per slice (each change redraws the status line).
          if (slicer.due()) this._reading = [start + i + 1, files.length];
          if (!outcome.ok) {
            entries.push({ name, status: 'rejected', reason: outcome.reason, results: [] });
            continue;
          }
          const origins =
            'origins' in outcome ? (outcome.origins as readonly (readonly string[])[]) : undefined;
          const freshAt = outcome.results.flatMap((r, j) => {
            const admission = seen.admit(r);
            // A named copy of a result already there unnamed: the lead's name takes its place.
            if (admission.kind === 'names') {
              results[results.indexOf(admission.unnamed)] = r;
              named.set(admission.unnamed, r);
            }
            return admission.kind === 'new' ? [j] : [];
          });
          const fresh = freshAt.map((j) => outcome.results[j]);
          for (const r of fresh) results.push(r);
          added += fresh.length;
          duplicates += outcome.results.length - fresh.length;
          const dropped =
            'dropped' in outcome && outcome.dropped?.length
              ? {
                  dropped: outcome.dropped,
                  droppedCount: outcome.droppedCount ?? outcome.dropped.length,
                }
              : {};
          entries.push(
            fresh.length
              ? {
                  name,
                  status: 'added',
                  results: fresh,
                  ...dropped,
                  ...(origins ? { origins: freshAt.map((j) => origins[j]) } : {}),
                  ...(fresh.length < outcome.results.length
                    ? { held: outcome.results, ...(origins ? { heldOrigins: origins } : {}) }
                    : {}),
                }
              : {
                  name,
                  status: 'duplicate',
                  reason:
                    'Already added (the same result, or the same organisation, team and date): counted once.',
                  results: outcome.results,
                  ...dropped,
                  ...(origins ? { heldOrigins: origins } : {}),
                },
          );
          if (slicer.due()) await slicer.pause();
        }
      }
      // Stopped after the last pause: still nothing of it joins the view.
      if (generation !== this.readGeneration) throw new Cancelled();
      this._reading = undefined;
      this._results = results;
      const withNames = (entry: SummaryFileEntry) =>
        named.size && entry.results.some((r) => named.has(r))
          ? { ...entry, results: entry.results.map((r) => named.get(r) ?? r) }
          : entry;
      this._files = [...this._files, ...entries].map(withNames);
      // A refused file, and each result a combined file could not use, with its reason.
      const rejected = entries.flatMap(({ name, status, reason, dropped = [] }) => [
        ...(status === 'rejected' ? [{ name, reason: reason! }] : []),
        ...dropped.map((why) => ({ name, reason: why })),
      ]);
      // Counted, not listed: a combined file lists only its first few unusable results.
      const unusable = entries.reduce(
        (n, e) =>
          n + (e.status === 'rejected' ? 1 : 0) + (e.droppedCount ?? e.dropped?.length ?? 0),
        0,
      );
      const n = (x: number) => x.toLocaleString('en-GB');
      this._announce = `${plural(files.length, 'file')} read: ${n(added)} added, ${n(duplicates)} already there, ${n(unusable)} could not be used.`;
      this.focusAfterReading();
      this.changed();
      return { added, duplicates, rejected };
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      // Stopped: nothing of this read joins the view; whoever stopped it said so.
      return { added: 0, duplicates: 0, rejected: [] };
    }
  }

  /** The results so far as a `SeenResults` (duplicates by name or identity), built in slices. */
  private async keysOf(results: readonly SelfCheckResultFile[], slicer: Slicer) {
    const seen = new SeenResults();
    for (const r of results) {
      seen.add(r);
      if (slicer.due()) await slicer.pause();
    }
    return seen;
  }

  /** One file's text as results, or why not, read in the slicer's slices. */
  private async readText(
    text: string,
    name: string,
    slicer: Slicer,
  ): Promise<ReadOutcome | (ReadOutcome & { ok: true; origins: readonly (readonly string[])[] })> {
    if (isRollupText(text)) {
      const read = readRollupText(text, name);
      return read.ok
        ? {
            ok: true as const,
            results: read.results.map((r) => r.result),
            // The file's own name is the entry's; keep what lies inside it.
            origins: read.results.map((r) => r.from.slice(1)),
            ...(read.dropped.length ? { dropped: read.dropped } : {}),
          }
        : read;
    }
    return slicer.run(readResultTextSteps(text, name));
  }

  /** Stops reading files (those being read and those waiting); the view stays as it was. @internal */
  stopReading(): void {
    if (!this._reading) return;
    this.focusAfterReading();
    this.readGeneration++;
    this._reading = undefined;
    this._announce = 'Reading stopped: the files being read were not added.';
  }

  /**
   * "Stop reading" goes when reading ends: if it had focus, focus goes to the file picker (where
   * adding files begins), never to the page's body.
   */
  private focusAfterReading(): void {
    const stop = this.shadowRoot?.querySelector('.stop-reading');
    if (!stop || this.shadowRoot?.activeElement !== stop) return;
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLElement>('#files')?.focus(),
    );
  }

  /** Adds the text in the paste box as if it were a file. @internal */
  async addPasted(): Promise<void> {
    const text = this._paste;
    if (!text.trim()) return;
    const outcome = await this.addFiles([new File([text], 'Pasted text', { type: 'text/plain' })]);
    if (!outcome.rejected.length) {
      this._paste = '';
      this.requestUpdate();
    }
  }

  /** Names a team whose file had no team name (the lead's label). @internal */
  rename(file: SelfCheckResultFile, team: string): void {
    const index = this._results.indexOf(file);
    if (index < 0) return;
    const named = { ...file, team: team.trim().slice(0, 200) };
    this._renamed.add(named);
    this._announce = !named.team
      ? 'The team name was cleared: it shows as an unnamed team again.'
      : this.hideNames
        ? 'Named the team (names are hidden: it shows as a letter).'
        : `Named the team: ${named.team}.`;
    const results = [...this._results];
    results[index] = named;
    this._results = results;
    this._files = this._files.map((entry) =>
      entry.results.includes(file) || entry.held?.includes(file)
        ? {
            ...entry,
            results: entry.results.map((r) => (r === file ? named : r)),
            ...(entry.held ? { held: entry.held.map((r) => (r === file ? named : r)) } : {}),
          }
        : entry,
    );
    this.changed();
  }

  /**
   * Removes one file from the list and its results from the view (a result another file also
   * held stays only if that file still holds it). @internal
   */
  removeFile(index: number): void {
    const entry = this._files[index];
    if (!entry) return;
    const { files, results, restored } = withoutFile(this._files, this._results, index);
    const gone = (entry.status === 'added' ? entry.results.length : 0) - restored;
    this._results = results;
    this._files = files;
    const its = gone > 0 ? ` and its ${gone === 1 ? 'result' : plural(gone, 'result')}` : '';
    const kept = restored
      ? ` ${restored === 1 ? 'One result is' : `${plural(restored, 'result')} are`} still counted: another file holds ${restored === 1 ? 'it' : 'them'}.`
      : '';
    // With names hidden the list says "File 2": so does this (file names carry team names).
    const name = this.hideNames ? `File ${index + 1}` : entry.name;
    this._announce = `Removed ${name}${its}.${kept}`;
    this.changed();
  }

  /** Removes every file and result: the element as it was before any file was added. @internal */
  startAgain(): void {
    // Files still being read (or waiting) belong to before the fresh start.
    this.focusAfterReading();
    this.readGeneration++;
    this._reading = undefined;
    this._results = [];
    this._files = [];
    this._organisations = [];
    this._findOrganisation = '';
    this._paste = '';
    this._allTeams = false;
    this._announce = 'All files removed. Add result files to start again.';
    this.changed();
  }

  /** Prints the board page alone, then the whole view prints again. @internal */
  async printBoard(): Promise<void> {
    this._printBoard = true;
    await this.updateComplete;
    const done = () => {
      this._printBoard = false;
      removeEventListener('afterprint', done);
    };
    addEventListener('afterprint', done);
    print();
  }

  /** A change the lead made: fires the change event once the view is up to date. @internal */
  changed(): void {
    void this.updateComplete.then(() => this.dispatchEvent(new SummaryChangeEvent(this._summary)));
    this.requestUpdate();
  }

  /** Sorts the matrix by a column; the same column again reverses the order. @internal */
  sortBy(column: 'organisation' | 'team' | FoundationId): void {
    this._descending = this._sort === column ? !this._descending : false;
    this._sort = column;
  }

  /** Offers the combined export of the round shown as a file (the round is in its name). @internal */
  download(format: 'csv' | 'json'): void {
    const day = new Date().toISOString().slice(0, 10);
    const round = (this._summary.round?.id ?? 'none').replace(/[^\w-]+/g, '-');
    const options = { withoutFreeText: this._withoutFreeText };
    downloadText(
      `self-check-summary-${round}-${day}.${format}`,
      format === 'csv'
        ? summaryToCsv(this._summary, options)
        : summaryToJson(this._summary, new Date(), options),
      format === 'csv' ? 'text/csv' : 'application/json',
    );
  }

  /** Every result, each with the files it came through: what a roll-up file passes up. @internal */
  get sourced(): readonly SourcedResult[] {
    const from = new Map<SelfCheckResultFile, readonly string[]>();
    for (const entry of this._files)
      if (entry.status === 'added')
        entry.results.forEach((r, i) => from.set(r, [entry.name, ...(entry.origins?.[i] ?? [])]));
    return this._results.map((result) => ({ result, from: from.get(result) ?? [] }));
  }

  /** Offers every round's results, with where each came from, for the next level up. @internal */
  downloadRollup(): void {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(
      `self-check-rollup-${day}.json`,
      rollupToJson(this.sourced, `Combined ${day}`),
      'application/json',
    );
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // Only what the figures depend on: a keystroke in the paste box recomputes nothing.
    const options = this.options;
    const from = [this._results, ...Object.values(options)];
    if (
      from.length === this.computedFrom.length &&
      from.every((v, i) => v === this.computedFrom[i])
    )
      return;
    this.computedFrom = from;
    const job = ++this.summaryJob;
    if (this._results.length < SLICED_FROM) {
      this._counting = 0;
      const summary = summariseSystem(this._results, options);
      this.setFigures(summary, trendOf(summary, this._results, options));
      return;
    }
    // Many results: counted in slices while the page stays responsive; the view keeps the figures
    // it has until then (the status line says so). A newer change stops this count.
    this._counting = this._results.length;
    const counting = this.countInSlices(job, this._results, options);
    this.counting = counting;
    void counting.finally(() => {
      if (this.counting === counting) this.counting = undefined;
    });
  }

  private async countInSlices(
    job: number,
    results: readonly SelfCheckResultFile[],
    options: SelfCheckSummary['options'],
  ): Promise<void> {
    const slicer = new Slicer(() => job !== this.summaryJob);
    try {
      await slicer.pause(true);
      const summary = await slicer.run(summariseSystemSteps(results, options));
      await slicer.pause(true);
      const trend = trendOf(summary, results, options);
      await slicer.pause(true);
      this.setFigures(summary, trend);
      await slicer.pause(true);
      this._counting = 0;
      this._drawLists = false;
      await super.getUpdateComplete();
      await slicer.pause(true);
      this._drawLists = true;
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
    }
  }

  /** The summary, the trend and the board page's figures (from the other two). */
  private setFigures(summary: SystemSummary, trend: SummaryTrend): void {
    this._summary = summary;
    this._trend = trend;
    this._board = boardSummary(summary, this._trend, {
      // The quiz's "held back by something outside our control" flag (result file version 3).
      heldBack: (answer) => (answer as { heldBack?: unknown } | undefined)?.heldBack === true,
    });
  }

  /** Resolves once the view is drawn and any summary being counted in slices is shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.counting) {
      await this.counting;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override render() {
    return html`<div class=${this._printBoard ? 'root board-only' : 'root'} part="root base">
      ${renderIntake(this)} ${renderViews(this)}
    </div>`;
  }
}
