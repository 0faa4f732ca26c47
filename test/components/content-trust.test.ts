import { expect, fixture, html } from '@open-wc/testing';
import type { AmbitionMap, GrabAndGoGuide, SelfCheckQuiz } from '../../src/index.js';
import { understandInterpretImplement } from '../../src/content/index.js';
import '../../src/define/ambition-map.js';
import '../../src/define/grab-and-go-guide.js';
import '../../src/define/self-check-quiz.js';

// What a reader sees that is ours is labelled as ours, and what is the report's is credited.
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;

describe('content trust: additions labelled, the report credited', () => {
  it('guide: the six-Ambitions list is labelled as added by this tool, and the guidelines line appears once', async () => {
    const el = await fixture<GrabAndGoGuide>(html`<grab-and-go-guide></grab-and-go-guide>`);
    const added = $(el, '[part=added-ambitions]');
    expect(norm(added.textContent)).to.contain("Added by this tool, not the guide's text");
    const list = $(el, '[part=ambitions]');
    expect(list.getAttribute('aria-labelledby')).to.equal('added-ambitions');
    expect(getComputedStyle(added).borderTopStyle).to.equal('dashed');
    const text = norm(el.shadowRoot!.textContent);
    expect(text.split('does not replace statutory or NICE guidelines').length - 1).to.equal(1);
    expect(text).to.contain('Realising the Ambitions');
    await expect(el).to.be.accessible();
  });

  it("quiz start screen: the stages are this tool's reading of the report's 5.1 model, which it quotes", async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz></self-check-quiz>`);
    const note = norm($(el, '[part=stages-note]').textContent);
    expect(note).to.contain("this tool's reading of the report's model");
    expect(note).to.contain('section 5.1');
    expect(note).to.contain('does not propose a scale');
    const model = $(el, '[part=model]') as HTMLDetailsElement;
    expect(model.open).to.equal(false);
    expect(norm(model.textContent)).to.contain(norm(understandInterpretImplement.interpret.text));
    expect(norm($(el, '[part=report-credit]').textContent)).to.contain('Realising the Ambitions');
    await expect(el).to.be.accessible();
  });

  it('knowledge quiz credits the report its questions come from', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="knowledge" seed="3"></self-check-quiz>`,
    );
    expect(norm($(el, '[part=report-credit]').textContent)).to.contain(
      'by Borgstrom, Henry, Jordan and St Ledger (The Open University, 2023)',
    );
  });

  it('map: item 10 is never shown with Ambition 6 alone; item 3 says why it has all six', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map selected="10"></ambition-map>`);
    await el.updateComplete;
    let details = norm($(el, '[part=details]').textContent);
    expect(details).to.contain('no case studies');
    expect(details).to.contain('invaluable to realising the Ambitions');
    expect(details).not.to.match(/serves A6/);
    el.setAttribute('selected', '3');
    await el.updateComplete;
    // The map draws a new selection's details in the frame after the one painting it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    details = norm($(el, '[part=details]').textContent);
    expect(details).to.contain("The report's case studies link it to A1, A2, A3, A4, A5, A6");
    expect(details).to.contain('self-assessment');
    expect(norm($(el, '[part=report-credit]').textContent)).to.contain('Realising the Ambitions');
    await expect(el).to.be.accessible();
  });
});
