import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/case-study-explorer.js';
import '../../src/define/self-check-summary.js';
import type { CaseStudyExplorer } from '../../src/components/case-study-explorer/case-study-explorer.js';
import type { SelfCheckSummary } from '../../src/components/self-check-summary/self-check-summary.js';
import { isSafeHref } from '../../src/content/index.js';
import { createResultFile, toJson } from '../../src/engine/index.js';
import { deepElements, report } from './frame.js';

/**
 * Issue 25, points 5 and 6: text from outside (examples files, result files) drawn with bidi
 * isolation, so a U+202E in a name cannot turn our own words and dates around; names and regions
 * that claim to be the report or this website are flagged; lookalike links with a user name
 * (`https://www.nhs.uk@evil.example/`) are refused as `sources` addresses already are.
 */
type Origins = { a: string; b: string; c: string };

/** The first text node under `root` (through shadow roots) that holds `text`. */
function textNode(root: Element, text: string): Text {
  for (const el of [root, ...deepElements(root.shadowRoot ?? root)])
    for (const node of el.childNodes)
      if (node.nodeType === 3 && node.textContent!.includes(text)) return node as Text;
  throw new Error(`no text node holds "${text}"`);
}

/**
 * True when the characters of `text` (in its text node) are drawn left to right, as English is:
 * each one's box starts right of the one before. A bidi override turns them right to left.
 */
function drawnInOrder(root: Element, text: string): boolean {
  const node = textNode(root, text);
  const start = node.textContent!.indexOf(text);
  const lefts: number[] = [];
  for (let i = start; i < start + text.length; i++) {
    if (node.textContent![i] === ' ') continue;
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    lefts.push(range.getBoundingClientRect().left);
  }
  return lefts.every((x, i) => i === 0 || x > lefts[i - 1]);
}

describe('hostile: outside text cannot turn our words or take our voice', function () {
  this.timeout(30000);

  it('summary: a team and organisation ending in U+202E leave our date and "of 10 items answered" in order', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const result = createResultFile(
      { leadership: { stage: 'implement', notes: 'Note after a reversed name' } },
      { organisation: 'Evil Org\u202E', team: 'Ward\u202E', createdAt: '2026-03-01T09:00:00.000Z' },
    );
    await el.addFiles([new File([toJson(result)], 'x\u202Enosj.json')]);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLDetailsElement>('.files details')!.open = true;
    await waitUntil(() => el._allFiles, 'the list of all files open');
    await el.updateComplete;
    const ours = ['2026-03-01', 'of 10 items answered'];
    const flipped = ours.filter((t) => !drawnInOrder(el, t));
    await report({ 'bidi flips': flipped.length, attacks: 1 });
    expect(flipped).to.deep.equal([]);
    // In "What teams wrote", the note beside the reversed team name reads in order too.
    expect(drawnInOrder(el, 'Note after a reversed name')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('summary: a team named in the report’s or this website’s voice is flagged, and a reversed step cannot turn "lead:" or its date', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const result = createResultFile(
      { leadership: { stage: 'implement' } },
      {
        organisation: 'the report Realising the Ambitions',
        team: 'St Example Hospice (this website)',
        createdAt: '2026-03-01T09:00:00.000Z',
        plan: [
          {
            foundation: 'leadership',
            step: 'Do it\u202E',
            lead: '\u202ELead',
            byWhen: '2026-06-30',
            howWeKnow: '',
          },
        ],
      },
    );
    await el.addFiles([new File([toJson(result)], 'voice.json')]);
    await el.updateComplete;
    const flag = el.shadowRoot!.querySelector('.voice-flag');
    expect(flag?.textContent).to.match(/not the report.s and not this website.s/);
    expect(drawnInOrder(el, 'by 2026-06-30')).to.equal(true);
    await report({ 'borrowed voices unflagged': flag ? 0 : 1, attacks: 2 });
    await expect(el).to.be.accessible();
  });

  it('explorer: borrowed voices flagged, a reversed region cannot turn our words, a userinfo link refused', async () => {
    const o = (await executeServerCommand('exchange-origins')) as Origins;
    const el = await fixture<CaseStudyExplorer>(
      html`<case-study-explorer
        sources="${o.c}/voice-report.json ${o.c}/voice-site.json ${o.c}/voice-bidi.json ${o.c}/voice-userinfo.json"
      ></case-study-explorer>`,
    );
    await waitUntil(
      () =>
        el.shadowRoot!.querySelector('.count') &&
        !/still loading/.test(el.shadowRoot!.querySelector('.count')!.textContent!),
      'sources read',
      { timeout: 10000 },
    );
    await el.updateComplete;
    const origins = [...el.shadowRoot!.querySelectorAll('.study.exchange')];
    const of = (name: string) => origins.find((li) => li.textContent!.includes(name));
    const unflagged = [
      'the report Realising the Ambitions',
      'St Example Hospice (this website)',
      'Evil Org',
    ].filter((name) => !of(name)?.querySelector('.voice-flag'));
    // Our own words and the date beside the reversed region and name, drawn in order.
    const flipped = ['Example from', '2026-11-02', 'Item 7: Co-design'].filter(
      (t) => !drawnInOrder(of('Evil Org')!, t),
    );
    // The lookalike file is listed as refused, its link never drawn.
    const failed = el.shadowRoot!.querySelector('.sources-failed')?.textContent ?? '';
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
    await report({
      'voices unflagged': unflagged.length,
      'bidi flips': flipped.length,
      attacks: 4,
    });
    expect(unflagged).to.deep.equal([]);
    expect(flipped).to.deep.equal([]);
    expect(failed).to.include('voice-userinfo.json');
    // In words a site editor understands (issue 25's review): why the link was left out.
    expect(failed).to.include(
      'examples[0].link: this address hides where it really goes (there is a user name before the @)',
    );
    expect(links.some((h) => h.includes('evil.example'))).to.equal(false);
    // The report's own label and style only on the report's case studies.
    const reportLabels = [...el.shadowRoot!.querySelectorAll('.origin.report')];
    expect(reportLabels.every((p) => !p.closest('.exchange'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('isSafeHref refuses a user name or password in an http(s) link, as `sources` does', () => {
    expect(isSafeHref('https://www.nhs.uk@evil.example/')).to.equal(false);
    expect(isSafeHref('https://user:pw@evil.example/')).to.equal(false);
    expect(isSafeHref('https://www.nhs.uk/conditions/')).to.equal(true);
    expect(isSafeHref('mailto:team@hospice.example')).to.equal(true);
  });
});
