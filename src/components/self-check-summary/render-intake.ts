import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { teamKey, type SelfCheckResultFile } from '../../engine/index.js';
import { claimsOurVoice } from '../../engine/our-voice.js';
import { outside } from '../shared/bidi.js';
import { levelBelow, renderHeading } from '../shared/heading.js';
import { plural } from '../shared/plural.js';
import { OFF_OR_LOADING, needsScript } from '../shared/needs-script.js';
import type { SelfCheckSummary, SummaryFileEntry } from './self-check-summary.js';

/** Longest list of files shown at once (the rest are counted), so 10,000 files stay usable. */
const SHOWN_FILES = 100;

/** Named teams across every round, and unnamed results, per list of results: counted once per list. */
const teamCounts = new WeakMap<readonly unknown[], readonly [number, number]>();

/** "58 results from 31 teams; 2 files could not be read; 1 duplicate counted once". */
export function statusLine(s: SelfCheckSummary): string {
  // Teams across every round: one per organisation and team name. Results without a team name
  // cannot be told apart as teams, so they are counted as results (each round counts them as teams).
  let counts = teamCounts.get(s._results);
  if (counts === undefined) {
    const keys = s._results.map((r) => teamKey(r));
    const named = keys.filter((k) => k !== undefined);
    counts = [new Set(named).size, keys.length - named.length];
    teamCounts.set(s._results, counts);
  }
  const [teams, unnamed] = counts;
  const rejected = s._files.filter((f) => f.status === 'rejected').length;
  const dropped = s._files.reduce((n, f) => n + (f.droppedCount ?? f.dropped?.length ?? 0), 0);
  // Results, not files, as "files read: ... already there" counts them: a combined file that
  // repeats 10 teams already added is 10 duplicates though the file itself added others.
  const duplicates = s._files.reduce(
    (n, f) =>
      n +
      (f.status === 'duplicate'
        ? f.results.length
        : f.status === 'added' && f.held
          ? f.held.length - f.results.length
          : 0),
    0,
  );
  const parts = [
    `${plural(s._results.length, 'result')} from ${
      unnamed
        ? `${plural(teams, 'named team')} and ${plural(unnamed, 'unnamed result')}`
        : plural(teams, 'team')
    }`,
    ...(rejected ? [`${plural(rejected, 'file')} could not be read`] : []),
    ...(dropped ? [`${plural(dropped, 'result')} in combined files could not be used`] : []),
    ...(duplicates ? [`${plural(duplicates, 'duplicate')} counted once`] : []),
  ];
  return parts.join('; ');
}

/** Removes one file; focus goes to the next file's Remove button, or to the file picker. */
async function remove(s: SelfCheckSummary, index: number, event: Event) {
  const list = (event.target as HTMLElement).closest('ul');
  const buttons = [...(list?.querySelectorAll<HTMLButtonElement>('button.remove') ?? [])];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  s.removeFile(index);
  await s.updateComplete;
  const after = [
    ...(list?.isConnected ? list.querySelectorAll<HTMLButtonElement>('button.remove') : []),
  ];
  (after[Math.min(at, after.length - 1)] ?? s.shadowRoot?.getElementById('files'))?.focus();
}

function renderRemove(s: SelfCheckSummary, entry: SummaryFileEntry, i: number) {
  return html`<button
    part="button"
    class="remove"
    type="button"
    @click=${(e: Event) => remove(s, i, e)}
  >
    Remove<span class="visually-hidden">
      ${s._summary.hiddenNames ? `File ${i + 1}` : outside(entry.name)}</span
    >
  </button>`;
}

/**
 * A result's team and organisation as the list shows them: the pseudonyms of the views when names
 * are hidden (a file's own name often carries them too, so it becomes "File 3").
 */
function shownNames(s: SelfCheckSummary, r: SelfCheckResultFile) {
  const { hiddenNames, pseudonyms } = s._summary;
  const team = r.team?.trim() ?? '';
  const org = r.organisation?.trim() ?? '';
  if (!hiddenNames) return { team, org };
  return {
    team: team && (pseudonyms.teams.get(teamKey(r) ?? '') ?? 'Hidden team'),
    org: org && (pseudonyms.organisations.get(org) ?? 'Hidden organisation'),
  };
}

/** A team or organisation named as the report or "this website": flagged, never taken at its word. */
const claimsVoice = (r: SelfCheckResultFile) =>
  claimsOurVoice(r.organisation ?? '') || claimsOurVoice(r.team ?? '');

function renderEntry(s: SelfCheckSummary, entry: SummaryFileEntry, i: number, editable: boolean) {
  const name = s._summary.hiddenNames ? `File ${i + 1}` : entry.name;
  if (entry.status === 'rejected')
    return html`<li class="rejected">
      <strong>${outside(name)}</strong>: ${outside(entry.reason)} ${renderRemove(s, entry, i)}
    </li>`;
  return html`<li class=${entry.status}>
    <strong>${outside(name)}</strong
    >${entry.status === 'duplicate' ? html`: ${entry.reason}` : nothing}
    ${renderRemove(s, entry, i)} ${renderOrigins(s, entry)}
    ${
      entry.dropped?.length
        ? html`<ul class="dropped">
            ${entry.dropped.map((why) => html`<li>${outside(why)}</li>`)}
          </ul>`
        : nothing
    }
    ${entry.results.map((r, j) => {
      const answered = Object.values(r.answers).filter((a) => a?.stage).length;
      const id = `name-${i}-${j}`;
      const { team, org } = shownNames(s, r);
      return html`<span class="file-meta">
        ${team && !s._renamed.has(r) ? outside(team) : html`<span class="unnamed">No team name</span>`}${
          org ? html`, ${outside(org)}` : ''
        },
        ${r.createdAt.slice(0, 10)}, ${answered} of 10 items answered
        ${
          claimsVoice(r)
            ? html`<span class="voice-flag"
                ><strong>Note:</strong> this is how the file names its team or organisation: the
                result is theirs, not the report's and not this website's.</span
              >`
            : nothing
        }
        ${
          editable && entry.status === 'added' && (!r.team?.trim() || s._renamed.has(r))
            ? html`<span class="rename">
                <label for=${id}>Team name for this result</label>
                <input
                  id=${id}
                  type="text"
                  maxlength="200"
                  .value=${s._renamed.has(r) ? (r.team ?? '') : ''}
                  @change=${(e: Event) => s.rename(r, (e.target as HTMLInputElement).value)}
                />
              </span>`
            : nothing
        }
      </span>`;
    })}
  </li>`;
}

function renderFiles(s: SelfCheckSummary) {
  if (!s._files.length) return nothing;
  // Files that need the lead's attention stay in view: refused, without a team name, duplicates.
  const listed = s._files.map((e, i) => [e, i] as const);
  // A team named here stays in the list (its box keeps focus); it leaves on the next files read.
  const attention = listed.filter(
    ([e]) =>
      e.status !== 'added' ||
      !!e.dropped?.length ||
      e.results.some(claimsVoice) ||
      e.results.some((r) => !r.team?.trim() || s._renamed.has(r)),
  );
  const list = (entries: typeof listed, editable: boolean) =>
    html`<ul>
        ${entries.slice(0, SHOWN_FILES).map(([entry, i]) => renderEntry(s, entry, i, editable))}
      </ul>
      ${
        entries.length > SHOWN_FILES
          ? html`<p>${entries.length - SHOWN_FILES} more are not listed here.</p>`
          : nothing
      }`;
  return html`<div part="files" class="files">
    ${
      attention.length
        ? html`<p class="label" id="attention">Files that need a look (${attention.length})</p>
            ${list(attention, true)}`
        : nothing
    }
    <details @toggle=${(e: Event) => (s._allFiles = (e.target as HTMLDetailsElement).open)}>
      <summary>All files read (${s._files.length})</summary>
      ${s._allFiles ? list(listed, false) : nothing}
    </details>
    <p>
      <button part="button" class="start-again" type="button" @click=${() => startAgain(s)}>
        Start again (remove all files)
      </button>
    </p>
  </div>`;
}

/** For a roll-up file: how many of its results came through each file inside it. */
function renderOrigins(s: SelfCheckSummary, entry: SummaryFileEntry) {
  if (!entry.origins?.length) return nothing;
  // The files inside a roll-up are named after teams and organisations: hidden with the names.
  if (s._summary.hiddenNames)
    return html`<span class="file-meta">A roll-up of ${entry.origins.length} results.</span>`;
  const counts = new Map<string, number>();
  for (const from of entry.origins) {
    const where = from[0] ?? 'this file';
    counts.set(where, (counts.get(where) ?? 0) + 1);
  }
  const shown = [...counts].slice(0, 20);
  return html`<span class="file-meta"
    >From the files inside it:
    ${shown.map(([where, n], i) => html`${i ? '; ' : ''}<bdi>${where}</bdi> (${n})`)}${
      counts.size > shown.length ? `; and ${counts.size - shown.length} more` : ''
    }.</span
  >`;
}

/** Clears everything; focus goes to the file picker, which is where a fresh start begins. */
async function startAgain(s: SelfCheckSummary) {
  s.startAgain();
  await s.updateComplete;
  s.shadowRoot?.getElementById('files')?.focus();
}

/** Files in: picker (and folder picker), drop, paste; the privacy line; the status line. */
export function renderIntake(s: SelfCheckSummary) {
  const pick = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    await s.addFiles(files);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.remove('over');
    void s.addFiles([...(e.dataTransfer?.files ?? [])]);
  };
  const over = (e: DragEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.add('over');
  };
  const reading = s._reading;
  return html`<section
    part="intake"
    class="intake"
    aria-labelledby="title"
    @dragover=${over}
    @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')}
    @drop=${drop}
  >
    ${renderHeading(s.level, s.t('summary-title', 'Teams\u2019 self-check results together'), 'title heading', 'title')}
    <p part="privacy" class="privacy">
      <strong>Nothing is uploaded.</strong> The files are read by this browser, on this device, and
      are gone when you close the page.
    </p>
    <p>
      Add the result files teams sent you (JSON or CSV, several at once; combined files from other
      leads too), drop them here, or paste one. The same team's result twice is counted once.
    </p>
    ${needsScript(
      `Adding result files ${OFF_OR_LOADING}`,
      html`<div class="pickers">
          <p>
            <label class="label" for="files">Choose result files</label>
            <input
              id="files"
              type="file"
              multiple
              accept=".json,.csv,application/json,text/csv"
              @change=${pick}
            />
          </p>
          <p>
            <label class="label" for="folder">Or choose a folder of them</label>
            <input id="folder" type="file" webkitdirectory multiple @change=${pick} />
          </p>
        </div>
        <details class="paste">
          <summary>Paste a result instead</summary>
          <p>
            <label class="label" for="paste">Result file text (JSON or CSV)</label>
            <textarea
              id="paste"
              rows="4"
              .value=${live(s._paste)}
              @input=${(e: Event) => (s._paste = (e.target as HTMLTextAreaElement).value)}
            ></textarea>
          </p>
          <button part="button" type="button" @click=${() => s.addPasted()}>
            Add pasted result
          </button>
        </details>`,
    )}
    <p part="status" class="status" role="status">
      ${
        reading
          ? `Reading files: ${reading[0]} of ${reading[1]}\u2026`
          : s._counting
            ? `Counting ${s._counting} results\u2026 (the figures below are from before)`
            : s._results.length || s._files.length
              ? html`<strong>${statusLine(s)}</strong>. ${s._announce}`
              : `No results yet.${s._announce ? ` ${s._announce}` : ''}`
      }
    </p>
    ${
      reading
        ? html`<p>
            <button
              part="button"
              class="stop-reading"
              type="button"
              @click=${() => s.stopReading()}
            >
              Stop reading (add none of these files)
            </button>
          </p>`
        : nothing
    }
    ${renderFiles(s)}
    ${s._results.length ? nothing : renderHeading(levelBelow(s.level), 'What you will see', 'subtitle')}
    ${
      s._results.length
        ? nothing
        : html`<p>
            Across all teams, how many are at each stage on each item; each team's stages; where to
            focus together; change since an earlier round; what teams wrote.
          </p>`
    }
  </section>`;
}
