import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SelfCheckQuiz, SelfCheckSummary } from '../../src/index.js';
import { asFile, makeRound } from '../fixtures/summary-files.js';
import { generateQuestions } from '../../src/engine/index.js';
import { caseStudies } from '../../src/content/index.js';

/*
 * Issue 24: every screen says only what the report says, credits it, and shows its findings.
 * Each test reads what a person sees in the element's shadow root.
 */

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const button = (el: Element, name: string | RegExp) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!),
  )!;
async function click(el: SelfCheckQuiz, name: string | RegExp) {
  button(el, name).click();
  await el.updateComplete;
}

describe('the knowledge quiz asks a fact of the report', () => {
  it('asks under which item the report lists an example, and quotes line 130 for item 2', async () => {
    const shared = new Set(
      caseStudies.filter((c) => c.foundation === 'shared-records').map((c) => c.id),
    );
    let seed = 1;
    while (!shared.has(generateQuestions(2, seed)[0].id.replace('case-study:', ''))) seed++;
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="knowledge" questions="2" seed=${seed}></self-check-quiz>`,
    );
    await click(el, 'Start');
    expect(text(el)).to.contain('Under which item does the report list this example:');
    expect(text(el)).not.to.contain('illustrate');
    // Item 1 is never offered as a wrong answer for an item 2 example (line 130).
    const options = [...el.shadowRoot!.querySelectorAll('label.choice')].map((l) => l.textContent);
    expect(options.join('|')).not.to.contain('1. Personalised care planning');
    el.shadowRoot!.querySelector<HTMLInputElement>('label.choice input')!.click();
    await el.updateComplete;
    await click(el, 'Check answer');
    const feedback = el.shadowRoot!.querySelector('[part=feedback]')!.textContent!;
    expect(feedback).to.contain(
      'under item 2, Shared records, in section 4 (Case studies, page 6)',
    );
    expect(feedback).to.contain(
      '“Many of these examples also related to personalised care planning.”'.replace(/[“”]/g, '"'),
    );
    await expect(el).to.be.accessible();
  });

  it('on a tie says every item linked most often: A3 has items 2 and 6 at three case studies each', async () => {
    let seed = 1;
    const isA3 = (s: number) => generateQuestions(2, s).findIndex((q) => q.id === 'ambition:A3');
    while (isA3(seed) !== 0) seed++;
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="knowledge" questions="2" seed=${seed}></self-check-quiz>`,
    );
    await click(el, 'Start');
    el.shadowRoot!.querySelector<HTMLInputElement>('label.choice input')!.click();
    await el.updateComplete;
    await click(el, 'Check answer');
    const feedback = text(el);
    expect(feedback).to.contain(
      'items 2, Shared records, and 6, 24/7 access, are linked to it most often (3 case studies each)',
    );
    expect(feedback).not.to.contain('item 2, Shared records, is linked to it most often');
  });
});

describe('items 9 and 10 are never presented as Ambition 6 only', () => {
  const invaluable = '“invaluable to realising the Ambitions”';
  const foreground = '“also help foreground actions that are important to realising Ambition 6”';

  it('the map says so in the report’s words and marks their cells under every Ambition', async () => {
    const el = await fixture(html`<ambition-map></ambition-map>`);
    const t = text(el);
    expect(t).not.to.contain('who link them to Ambition 6');
    expect(t).to.contain(invaluable);
    expect(t).to.contain(foreground);
    await expect(el).to.be.accessible();
  });

  it('the results’ “Across the six Ambitions” counts them toward every Ambition and says so', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz></self-check-quiz>`);
    el.answers = { 'sharing-learning': { stage: 'embedded' } };
    el.go('results');
    await el.updateComplete;
    const t = text(el);
    expect(t).not.to.contain('count toward Ambition 6');
    expect(t).to.contain(`found ${invaluable} that ${foreground}`);
    expect(t).to.contain('so here they count once toward every Ambition');
    // Item 10 alone, embedded: every Ambition's row reads from one item.
    const rows = [...el.shadowRoot!.querySelectorAll('table tr')].map((r) => r.textContent!);
    const a1 = rows.find((r) => r.includes('Each person is seen as an individual'))!;
    expect(a1).to.contain('from 1 item');
  });

  it('the summary’s “Per Ambition (indicative)” says how it counts them', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await el.addFiles(
      makeRound(2, '2026-01-15T10:00:00.000Z').map((r, i) => asFile(r, `t${i}.json`)),
    );
    await el.updateComplete;
    const section = el.shadowRoot!.querySelector('[part=ambitions]')!;
    const t = section.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('Per Ambition (indicative)');
    expect(t).not.to.contain('count toward Ambition 6');
    expect(t).to.contain(`found ${invaluable} that ${foreground}`);
    await expect(el).to.be.accessible();
  });
});

describe('the report’s findings reach readers, credited', () => {
  it('the lens shows 5.2’s Interpret (Ambition 6 “beyond their own remit”), the whole line 357 and all five recommendations', async () => {
    const el = await fixture(html`<community-lens></community-lens>`);
    const t = text(el);
    expect(t).to.contain('How people interpreted community');
    expect(t).to.contain(
      'When people thought of communities as external, some concluded that Ambition 6 was beyond their own remit.',
    );
    expect(t).to.contain(
      'although some noted that communities could be a barrier if they restrict access to healthcare services.',
    );
    expect(t).to.contain(
      'Some wanted more community-oriented work at ICB level, adopting a community assets approach.',
    );
    const recs = [...el.shadowRoot!.querySelectorAll('[part=recommendations] li')];
    expect(recs).to.have.length(5);
    expect(recs[0].textContent).to.contain('Integrated Care Boards are well placed to facilitate');
    expect(recs[4].textContent).to.contain(
      'who they believe is responsible for realising Ambition 6',
    );
    expect(t).to.contain('The report, section 7 (Recommendations), in its words.');
    expect(t).to.contain('found “invaluable to realising the Ambitions”');
    await expect(el).to.be.accessible();
  });

  it('the plan screen has the 5.1 barriers and facilitators one click away, credited', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz></self-check-quiz>`);
    el.go('plan');
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>(
      'details[part=report-findings]',
    )!;
    expect(details).to.not.equal(null);
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    const t = details.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('Realising the Ambitions report, section 5.1');
    for (const item of [
      'Lack of awareness about the Ambitions framework',
      'Perceived lack of agency to make changes',
      'Length of the Ambitions document',
      'Appreciating progress and existing local action',
      'Local champions who promote the Ambitions across levels and sectors',
    ])
      expect(t).to.contain(item);
    expect(details.querySelectorAll('li')).to.have.length(16);
    await expect(el).to.be.accessible();
  });
});

describe('the report credited where its words are used, no promise the guide does not make', () => {
  it('with no contact set, the guide promises nothing the guide does not say (line 458)', async () => {
    const el = await fixture(html`<grab-and-go-guide foundations="2"></grab-and-go-guide>`);
    const contact = el
      .shadowRoot!.querySelector('[part=contact]')!
      .textContent!.replace(/\s+/g, ' ');
    expect(contact).not.to.contain('glad to help');
    expect(contact).to.contain(
      'Interested in knowing more? Link up with your local ICB or palliative care team.',
    );
    expect(contact).to.contain('This page has not named a local contact yet.');
  });

  it('the results’ “Next small steps” quote line 503 and credit the report, not a paraphrase', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz></self-check-quiz>`);
    el.answers = { leadership: { stage: 'understand' } };
    el.go('results');
    await el.updateComplete;
    const next = el.shadowRoot!.querySelector('[part=next-steps]')!;
    const t = next.textContent!.replace(/\s+/g, ' ');
    expect(t).not.to.contain('teams who made progress over years worked on a small number');
    expect(next.querySelector('blockquote')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'We found that some case studies reported successfully developing a programme of work over years. To do this they prioritised a small number of changes or innovations at any one time.',
    );
    expect(t).to.contain('Realising the Ambitions report, section 5.4');
    await expect(el).to.be.accessible();
  });

  it('a lone card for item 3 says why A6 is listed and credits the report', async () => {
    const el = await fixture(html`<foundation-card foundation="3"></foundation-card>`);
    const t = text(el);
    expect(t).to.contain('Ambition 6 is listed only because one case study');
    expect(t).to.contain('“A1-6”');
    expect(el.shadowRoot!.querySelector('[part=report-credit]')!.textContent).to.contain(
      'Realising the Ambitions',
    );
    await expect(el).to.be.accessible();
  });

  it('the summary shows readers the section, never an internal line number', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await el.addFiles(
      makeRound(2, '2026-01-15T10:00:00.000Z').map((r, i) => asFile(r, `t${i}.json`)),
    );
    await el.updateComplete;
    const t = text(el);
    expect(t).not.to.match(/\bline \d/);
    expect(t).to.contain('Realising the Ambitions report, section 5.4');
  });
});
