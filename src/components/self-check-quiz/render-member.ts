import { adoptStyles, html, nothing, type LitElement } from 'lit';
import type { FoundationId } from '../../content/index.js';
import {
  codeName,
  encodeMemberCode,
  getStage,
  memberFile,
  memberNameProblem,
  stages,
  type MemberRatings,
} from '../../engine/index.js';
import { renderCompactAttribution } from '../shared/attribution.js';
import { memberStyles } from './member.styles.js';
import { loadQr, qrSvg, type QrModules } from './member-qr.js';
import { actions, button, screen, subtitle } from './screen-helpers.js';
import {
  askList,
  itemNav,
  notesBox,
  renderAidNotes,
  stageChoices,
  whatDetails,
} from './render-reflect.js';
import { saveOnDevice } from './render-save-state.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/*
 * `mode="member"`: one team member rates each item privately on their own phone, then hands their
 * ratings to the meeting screen as a short code (read aloud or typed), a QR code, or a file. Only
 * the stages go into the code; notes stay on the phone (and only there if the member chooses
 * "Save on this device"). The screens use the quiz's own answers, saving and navigation.
 */

/** What the member view keeps beside the quiz's answers, per quiz. */
interface MemberState {
  name: string;
  qr?: { code: string; modules: QrModules } | 'failed';
}
const state = new WeakMap<SelfCheckQuiz, MemberState>();
const memberState = (q: SelfCheckQuiz): MemberState => {
  let s = state.get(q);
  if (!s) state.set(q, (s = { name: '' }));
  return s;
};

/** The member's stages, from the quiz's answers (notes left out). */
const ratingsOf = (q: SelfCheckQuiz): MemberRatings =>
  Object.fromEntries(
    q.items.flatMap((f) => {
      const stage = q._answers[f.id]?.stage;
      return stage ? [[f.id, stage]] : [];
    }),
  ) as Partial<Record<FoundationId, (typeof stages)[number]['id']>>;

/**
 * The code in unbreakable groups, so a narrow phone wraps it only between them; a short last
 * group stays with the one before ("KAT2-E"), never alone on a line.
 */
function codeGroups(code: string) {
  const groups = code.split('-');
  if (groups.length > 1 && groups.at(-1)!.length < 4) groups.push(groups.splice(-2).join('-'));
  return groups.map(
    (g, i) => html`<span class="code-group">${g}${i < groups.length - 1 ? '-' : ''}</span>`,
  );
}

/** The member's code for what is on screen now. */
const codeOf = (q: SelfCheckQuiz) =>
  encodeMemberCode({ ratings: ratingsOf(q), name: memberState(q).name });

/** The first name field, with its problem (if any) said under it as they type. */
function nameField(q: SelfCheckQuiz) {
  const s = memberState(q);
  const problem = memberNameProblem(s.name);
  return html`<p class="field">
    <label class="label" for="member-name">Your first name (optional)</label>
    <span class="small" id="member-name-hint"
      >Only if you want the team to see it beside your ratings. It goes into your code.</span
    >
    <input
      id="member-name"
      type="text"
      maxlength="40"
      autocomplete="given-name"
      aria-describedby="member-name-hint ${problem ? 'member-name-problem' : ''}"
      aria-invalid=${problem ? 'true' : 'false'}
      .value=${s.name}
      @input=${(e: Event) => {
        s.name = (e.target as HTMLInputElement).value;
        q.requestUpdate();
      }}
    />
    ${problem ? html`<span class="notice" id="member-name-problem">${problem}</span>` : nothing}
  </p>`;
}

/** Start: what happens, that it is private, the optional name. */
export function renderMemberStart(q: SelfCheckQuiz) {
  const answered = q.items.some((f) => q._answers[f.id]?.stage);
  return screen(
    q,
    'start',
    'Rate on your own first',
    html`<p>
        Before the team agrees, choose on your own where you think the team stands on each of the
        guide's ${q.items.length === 10 ? 'ten items' : `${q.items.length} chosen items`}. At the
        end you get a short code (and a QR code) to give to the meeting screen, so everyone's view
        is seen before the team decides.
      </p>
      ${renderAidNotes()}
      <p>
        <strong>Privacy:</strong> your ratings stay on this phone until you show or read out your
        code, or send your file. Notes never go into the code or the file.
      </p>
      ${nameField(q)} ${q.notice}
      ${actions(
        button(
          answered ? q.t('continue', 'Continue') : q.t('start', 'Start'),
          () => q.go('step', answered ? q._index : 0),
          'primary',
        ),
        answered ? button('Show my code', () => q.go('results')) : nothing,
      )}
      ${renderCompactAttribution(q.local.adapted)}`,
  );
}

/** One item: stages only (notes optional), Back and Next. */
export function renderMemberStep(q: SelfCheckQuiz) {
  const items = q.items;
  const i = q._index;
  const f = items[i];
  const nav = (where: string) => itemNav(q, where, 'Show my code');
  return screen(
    q,
    'step',
    `${f.number}. ${f.title}`,
    html`${whatDetails(f, askList(f, 'Questions to think about:'))}
      <fieldset part="stages">
        <legend>Where do you think your team is with ${f.title.toLowerCase()}?</legend>
        ${stageChoices(q, f, 'Leave this item unrated.')}
      </fieldset>
      ${notesBox(q, f, 'Notes for yourself (optional, not in your code)', 2)} ${nav('bottom')}
      ${q.notice}`,
    [`Item ${i + 1} of ${items.length}`, i + 1, items.length],
    nav('top'),
  );
}

/** Loads the QR generator (once) and draws the code when it arrives. */
function qrFor(q: SelfCheckQuiz, code: string) {
  const s = memberState(q);
  if (s.qr === 'failed')
    return html`<p class="small" part="member-qr-missing">
      The QR code could not be drawn here. Read out your code or send your file instead.
    </p>`;
  if (s.qr?.code === code) return qrSvg(s.qr.modules, `QR code of your code, ${spelt(code)}`);
  void loadQr().then((generate) => {
    s.qr = generate ? { code, modules: generate(code) } : 'failed';
    q.requestUpdate();
  });
  return html`<p class="small">Drawing the QR code…</p>`;
}

/** The code character by character, as a screen reader should say it. */
const spelt = (code: string) =>
  code
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');

/** Downloads the member's file with a temporary link: no network. */
function downloadFile(q: SelfCheckQuiz) {
  const text = memberFile({ ratings: ratingsOf(q), name: memberState(q).name });
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `my-ratings-${new Date().toISOString().slice(0, 10)}.json`;
  a.hidden = true;
  q.renderRoot.appendChild(a);
  a.click();
  a.remove();
  q.announce(`Downloading ${a.download}.`);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Spelling words for reading a code aloud (our own aid, the NATO spelling alphabet): some
 * characters sound alike (B, D, E, G, P, T, V and 3; M and N). Issue 28 chose this over a smaller
 * alphabet, which would make codes longer and need a version 2 beside version 1.
 */
const SPELLING: Readonly<Record<string, string>> = Object.fromEntries(
  'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'
    .split(' ')
    .map((word) => [word[0], word])
    .concat(
      'two three four five six seven eight nine'.split(' ').map((word, i) => [String(i + 2), word]),
    ),
);

/** "Spell it out": the code character by character, each with its spelling word. */
function renderSpelling(code: string) {
  return html`<details class="member-spelling" part="member-spelling">
    <summary>Spell it out</summary>
    <ol class="spelling">
      ${[...code.replace(/-/g, '')].map(
        (c) =>
          html`<li><strong>${c}</strong> ${/\d/.test(c) ? SPELLING[c] : `for ${SPELLING[c]}`}</li>`,
      )}
    </ol>
  </details>`;
}

/** The end: the code, large and grouped; the QR code; the file; what the member chose. */
export function renderMemberCode(q: SelfCheckQuiz) {
  const code = codeOf(q);
  const name = codeName(memberState(q).name);
  const rated = q.items.filter((f) => q._answers[f.id]?.stage).length;
  return screen(
    q,
    'member',
    'Your code',
    html`<p>
        Read it out to the person at the meeting screen, let them scan the QR code, or send them
        your file. ${rated} of ${q.items.length} items rated${name ? html`, as ${name}` : ''}.
      </p>
      <p class="member-code" part="member-code">
        <span aria-hidden="true">${codeGroups(code)}</span
        ><span class="visually-hidden">${spelt(code)}</span>
      </p>
      ${renderSpelling(code)}
      <div class="member-qr-box">${qrFor(q, code)}</div>
      ${actions(
        button('Download my ratings', () => downloadFile(q), 'primary', false, 'member-file'),
        button('Change my ratings', () => q.go('step', 0)),
        q.noStorage || q.storage.saving ? nothing : saveOnDevice(q, 'member-saved', 'member-save'),
      )}
      ${
        q.storage.saving && !q.noStorage
          ? html`<p class="small" tabindex="-1" data-focus="member-saved">
              Saved on this phone, notes included. Notes are not in your code or file.
            </p>`
          : nothing
      }
      ${q.notice} ${subtitle(q, 'What you chose')}
      <ol class="member-list">
        ${q.items.map(
          (f) =>
            html`<li value=${f.number}>
              ${f.title}:
              <strong>${getStage(q._answers[f.id]?.stage)?.label ?? 'not rated'}</strong>
            </li>`,
        )}
      </ol>
      ${renderCompactAttribution(q.local.adapted)}`,
  );
}

const styled = new WeakSet<SelfCheckQuiz>();
/**
 * Adds the member view's styles to the quiz's own, once: they arrive with this module, so a quiz
 * in another mode never downloads them. (In a browser only: no shadow root to style in SSR.)
 */
function addMemberStyles(q: SelfCheckQuiz) {
  if (styled.has(q) || typeof ShadowRoot === 'undefined' || !(q.renderRoot instanceof ShadowRoot))
    return;
  styled.add(q);
  const root = q.renderRoot;
  const sheet = memberStyles.styleSheet;
  // Added beside the sheets already adopted: replacing them all (adoptStyles) also dropped the
  // system font that host-font.ts adds, and the member's phone fell back to the browser's serif.
  if (sheet && root.adoptedStyleSheets)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [...(q.constructor as typeof LitElement).elementStyles, memberStyles]);
}

/**
 * The member view: the start, each item, then the code. The same root and status region as the
 * quiz's other modes (self-check-quiz.ts renders them for those).
 */
export function renderMember(q: SelfCheckQuiz) {
  addMemberStyles(q);
  const view =
    q._screen === 'start'
      ? renderMemberStart
      : q._screen === 'step'
        ? renderMemberStep
        : renderMemberCode;
  return html`<div class="root" part="root base">
    ${view(q)}
    <p class="visually-hidden" role="status" part="status">${q._status}</p>
  </div>`;
}
